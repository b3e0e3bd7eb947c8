package org.iopmanager.staff.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.iopmanager.staff.entity.CredentialStatus;
import org.iopmanager.staff.entity.VerificationOutcome;

class CredentialStatusRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private final CredentialStatusRule rule = CredentialStatusRule.DEFAULT;

    @Test
    void aFreshVerificationOfAnUnexpiredCredentialIsVerified() {
        assertThat(rule.statusOn(TODAY.plusYears(2), VerificationOutcome.VERIFIED, TODAY.minusDays(10), TODAY))
                .isEqualTo(CredentialStatus.VERIFIED);
        assertThat(rule.statusOn(null, VerificationOutcome.VERIFIED, TODAY, TODAY)).isEqualTo(CredentialStatus.VERIFIED);
    }

    @Test
    void aVerificationCountsFor120DaysAndNotOneMore() {
        LocalDate expiry = TODAY.plusYears(2);
        assertThat(rule.statusOn(expiry, VerificationOutcome.VERIFIED, TODAY.minusDays(120), TODAY))
                .isEqualTo(CredentialStatus.VERIFIED);
        assertThat(rule.statusOn(expiry, VerificationOutcome.VERIFIED, TODAY.minusDays(121), TODAY))
                .isEqualTo(CredentialStatus.PENDING_VERIFICATION);
        assertThat(rule.verificationValidThrough(TODAY.minusDays(120))).isEqualTo(TODAY);
    }

    @Test
    void neverVerifiedOrVerifiedInTheFutureIsPending() {
        assertThat(rule.statusOn(TODAY.plusYears(1), null, null, TODAY)).isEqualTo(CredentialStatus.PENDING_VERIFICATION);
        assertThat(rule.statusOn(TODAY.plusYears(1), VerificationOutcome.VERIFIED, TODAY.plusDays(1), TODAY))
                .isEqualTo(CredentialStatus.PENDING_VERIFICATION);
    }

    @Test
    void aCredentialIsExpiredFromItsExpiryDateInTheSitesTimeZone() {
        LocalDate expiry = LocalDate.of(2026, 12, 1);
        ZoneId honolulu = ZoneId.of("Pacific/Honolulu");
        // 09:59 UTC on 1 December is still 30 November, 23:59 in Honolulu.
        LocalDate lastDay = LocalDate.now(Clock.fixed(Instant.parse("2026-12-01T09:59:59Z"), honolulu));
        LocalDate expiryDay = LocalDate.now(Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), honolulu));
        assertThat(rule.statusOn(expiry, VerificationOutcome.VERIFIED, lastDay.minusDays(5), lastDay))
                .isEqualTo(CredentialStatus.EXPIRING);
        assertThat(rule.statusOn(expiry, VerificationOutcome.VERIFIED, expiryDay.minusDays(5), expiryDay))
                .isEqualTo(CredentialStatus.EXPIRED);
    }

    @Test
    void expiringMeansVerifiedAndWithinTheHorizon() {
        assertThat(rule.statusOn(TODAY.plusDays(90), VerificationOutcome.VERIFIED, TODAY, TODAY))
                .isEqualTo(CredentialStatus.EXPIRING);
        assertThat(rule.statusOn(TODAY.plusDays(91), VerificationOutcome.VERIFIED, TODAY, TODAY))
                .isEqualTo(CredentialStatus.VERIFIED);
        assertThat(new CredentialStatusRule(120, 30).statusOn(TODAY.plusDays(31), VerificationOutcome.VERIFIED, TODAY, TODAY))
                .isEqualTo(CredentialStatus.VERIFIED);
        assertThat(CredentialStatus.EXPIRING.countsAsVerified()).isTrue();
    }

    @Test
    void whatTheSourceSaidWinsWhenItIsWorse() {
        LocalDate expiry = TODAY.plusYears(1);
        assertThat(rule.statusOn(expiry, VerificationOutcome.SUSPENDED_OR_REVOKED, TODAY, TODAY))
                .isEqualTo(CredentialStatus.SUSPENDED_OR_REVOKED);
        assertThat(rule.statusOn(TODAY.minusDays(1), VerificationOutcome.SUSPENDED_OR_REVOKED, TODAY, TODAY))
                .as("revoked beats expired").isEqualTo(CredentialStatus.SUSPENDED_OR_REVOKED);
        assertThat(rule.statusOn(expiry, VerificationOutcome.RESTRICTED, TODAY, TODAY)).isEqualTo(CredentialStatus.RESTRICTED);
        assertThat(rule.statusOn(expiry, VerificationOutcome.DISCREPANCY, TODAY, TODAY)).isEqualTo(CredentialStatus.DISCREPANCY);
        assertThat(rule.statusOn(expiry, VerificationOutcome.NOT_FOUND, TODAY, TODAY)).isEqualTo(CredentialStatus.DISCREPANCY);
        assertThat(CredentialStatus.RESTRICTED.countsAsVerified()).isFalse();
        assertThat(CredentialStatus.PENDING_VERIFICATION.countsAsVerified()).isFalse();
    }

    @Test
    void statusesSortMostUrgentFirstForTheWorkList() {
        assertThat(CredentialStatus.values()).startsWith(CredentialStatus.SUSPENDED_OR_REVOKED, CredentialStatus.EXPIRED)
                .endsWith(CredentialStatus.VERIFIED);
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> new CredentialStatusRule(0, 90)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CredentialStatusRule(120, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
