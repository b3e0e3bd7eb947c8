package org.iopmanager.schedule.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.iopmanager.schedule.entity.AttendanceStatus;

class AttendanceRuleTest {

    @Test
    void presentCountsTheWholeSessionAndAbsencesNothing() {
        assertThat(AttendanceRule.minutes(AttendanceStatus.PRESENT, null, 180, "R")).isEqualTo(180);
        assertThat(AttendanceRule.minutes(AttendanceStatus.PRESENT, 180, 180, "R")).isEqualTo(180);
        assertThat(AttendanceRule.minutes(AttendanceStatus.ABSENT, null, 180, "R")).isZero();
        assertThat(AttendanceRule.minutes(AttendanceStatus.EXCUSED, 0, 180, "R")).isZero();
        assertThatThrownBy(() -> AttendanceRule.minutes(AttendanceStatus.ABSENT, 30, 180, "R"))
                .hasMessageContaining("schedule.attendance.minutes.absent");
        assertThatThrownBy(() -> AttendanceRule.minutes(AttendanceStatus.PRESENT, 200, 180, "R"))
                .hasMessageContaining("schedule.attendance.minutes.present");
    }

    @Test
    void lateAndLeftEarlyNeedMinutesShorterThanTheSession() {
        assertThat(AttendanceRule.minutes(AttendanceStatus.LATE, 150, 180, "R")).isEqualTo(150);
        assertThat(AttendanceRule.minutes(AttendanceStatus.LEFT_EARLY, 1, 180, "R")).isEqualTo(1);
        assertThatThrownBy(() -> AttendanceRule.minutes(AttendanceStatus.LATE, null, 180, "R"))
                .hasMessageContaining("schedule.attendance.minutes.required");
        assertThatThrownBy(() -> AttendanceRule.minutes(AttendanceStatus.LEFT_EARLY, 180, 180, "R"))
                .hasMessageContaining("schedule.attendance.minutes.partial");
        assertThatThrownBy(() -> AttendanceRule.minutes(AttendanceStatus.LATE, 0, 180, "R"))
                .hasMessageContaining("schedule.attendance.minutes.partial");
        assertThatThrownBy(() -> AttendanceRule.minutes(null, null, 180, "R"))
                .hasMessageContaining("schedule.attendance.status.required");
    }

    @Test
    void notBeforeTheSessionStartsNorOutsideTheEpisode() {
        Instant start = Instant.parse("2026-12-01T14:00:00Z");
        AttendanceRule.requireStarted(start, start);
        assertThatThrownBy(() -> AttendanceRule.requireStarted(start, start.minusSeconds(1)))
                .hasMessageContaining("schedule.attendance.future");

        LocalDate day = LocalDate.of(2026, 12, 1);
        AttendanceRule.requireOpenOn(day, day, day, "R");
        AttendanceRule.requireOpenOn(day, day.minusDays(3), null, "R");
        assertThatThrownBy(() -> AttendanceRule.requireOpenOn(day, day.plusDays(1), null, "R"))
                .hasMessageContaining("schedule.attendance.beforeAdmission");
        assertThatThrownBy(() -> AttendanceRule.requireOpenOn(day, day.minusDays(9), day.minusDays(1), "R"))
                .hasMessageContaining("schedule.attendance.afterDischarge");
    }
}
