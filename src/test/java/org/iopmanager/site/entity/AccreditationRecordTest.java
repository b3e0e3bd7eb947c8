package org.iopmanager.site.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.iopmanager.site.control.Horizon;

class AccreditationRecordTest {

    private static final ZoneId DENVER = ZoneId.of("America/Denver");

    private static AccreditationRecord accreditedUntil(LocalDate expiry) {
        AccreditationRecord record = new AccreditationRecord(new Site("DEN", "Denver", DENVER), Instant.EPOCH);
        record.setStatus(RecordStatus.ACCREDITED);
        record.setExpiryDate(expiry);
        return record;
    }

    @Test
    void aRecordInForceTurnsExpiredOnItsExpiryDateInTheSitesTimeZone() {
        AccreditationRecord record = accreditedUntil(LocalDate.of(2026, 12, 1));
        // 06:59 UTC on 1 December is still 30 November, 23:59 in Denver.
        Clock beforeMidnight = Clock.fixed(Instant.parse("2026-12-01T06:59:59Z"), DENVER);
        Clock atMidnight = Clock.fixed(Instant.parse("2026-12-01T07:00:00Z"), DENVER);
        assertThat(record.statusOn(LocalDate.now(beforeMidnight))).isEqualTo(RecordStatus.ACCREDITED);
        assertThat(record.daysToExpiry(LocalDate.now(beforeMidnight))).isEqualTo(1);
        assertThat(record.statusOn(LocalDate.now(atMidnight))).isEqualTo(RecordStatus.EXPIRED);
        assertThat(record.daysToExpiry(LocalDate.now(atMidnight))).isZero();
        assertThat(record.getStatus()).as("nobody saved it").isEqualTo(RecordStatus.ACCREDITED);
    }

    @Test
    void onlyRecordsInForceExpireByDate() {
        AccreditationRecord applied = accreditedUntil(LocalDate.of(2020, 1, 1));
        applied.setStatus(RecordStatus.APPLIED);
        assertThat(applied.statusOn(LocalDate.of(2026, 1, 1))).isEqualTo(RecordStatus.APPLIED);
        AccreditationRecord provisional = accreditedUntil(LocalDate.of(2020, 1, 1));
        provisional.setStatus(RecordStatus.PROVISIONAL);
        assertThat(provisional.statusOn(LocalDate.of(2026, 1, 1))).isEqualTo(RecordStatus.EXPIRED);
    }

    @Test
    void aRenewalSupersedesTheOldRecordWhichIsNoLongerCurrent() {
        AccreditationRecord old = accreditedUntil(LocalDate.of(2026, 12, 1));
        AccreditationRecord renewal = accreditedUntil(LocalDate.of(2029, 12, 1));
        assertThat(old.isCurrent()).isTrue();
        old.supersedeBy(renewal);
        assertThat(old.isCurrent()).isFalse();
        assertThat(renewal.isCurrent()).isTrue();
        AccreditationRecord withdrawn = accreditedUntil(LocalDate.of(2029, 12, 1));
        withdrawn.setStatus(RecordStatus.WITHDRAWN);
        assertThat(withdrawn.isCurrent()).isFalse();
    }

    @Test
    void horizonsColourTheMatrixAtTheirBoundaries() {
        assertThat(Horizon.of(-1L, false)).isEqualTo(Horizon.EXPIRED);
        assertThat(Horizon.of(0L, true)).isEqualTo(Horizon.EXPIRED);
        assertThat(Horizon.of(0L, false)).isEqualTo(Horizon.UNDER_30);
        assertThat(Horizon.of(29L, false)).isEqualTo(Horizon.UNDER_30);
        assertThat(Horizon.of(30L, false)).isEqualTo(Horizon.UNDER_90);
        assertThat(Horizon.of(89L, false)).isEqualTo(Horizon.UNDER_90);
        assertThat(Horizon.of(90L, false)).isEqualTo(Horizon.UNDER_180);
        assertThat(Horizon.of(179L, false)).isEqualTo(Horizon.UNDER_180);
        assertThat(Horizon.of(180L, false)).isEqualTo(Horizon.FINE);
        assertThat(Horizon.of(null, false)).isEqualTo(Horizon.NONE);
        assertThat(Horizon.UNDER_30.getStyleClass()).isEqualTo("horizon-under-30");
    }
}
