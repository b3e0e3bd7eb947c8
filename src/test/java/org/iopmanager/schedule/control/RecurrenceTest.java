package org.iopmanager.schedule.control;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.iopmanager.platform.control.RuleViolation;

class RecurrenceTest {

    static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

    @Test
    void generatesTheChosenWeekdaysUntilTheLastDayInclusive() {
        Recurrence weekly = new Recurrence(EnumSet.of(MONDAY, WEDNESDAY, THURSDAY), TUESDAY, LocalDate.of(2026, 12, 14), null);
        assertThat(weekly.dates()).containsExactly(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 3),
                LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 14));
    }

    @Test
    void generatesACountOfSessions() {
        Recurrence weekly = new Recurrence(EnumSet.of(MONDAY, THURSDAY), TUESDAY, null, 3);
        assertThat(weekly.dates()).containsExactly(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 7),
                LocalDate.of(2026, 12, 10));
    }

    @Test
    void isBoundedToTwentySixWeeks() {
        assertThat(new Recurrence(Set.of(TUESDAY.getDayOfWeek()), TUESDAY, null, 26).dates()).hasSize(26)
                .last().isEqualTo(TUESDAY.plusWeeks(25));
        assertThat(new Recurrence(Set.of(TUESDAY.getDayOfWeek()), TUESDAY, TUESDAY.plusWeeks(26).minusDays(1), null).dates())
                .hasSize(26);
        assertThatThrownBy(() -> new Recurrence(Set.of(TUESDAY.getDayOfWeek()), TUESDAY, null, 27).dates())
                .isInstanceOf(RuleViolation.class).hasMessageContaining("schedule.series.tooLong");
        assertThatThrownBy(() -> new Recurrence(Set.of(MONDAY), TUESDAY, TUESDAY.plusWeeks(26), null).dates())
                .isInstanceOf(RuleViolation.class).satisfies(e -> assertThat(((RuleViolation) e).getField()).isEqualTo("until"));
    }

    @Test
    void refusesASeriesWithoutWeekdaysEndOrDates() {
        assertThatThrownBy(() -> new Recurrence(Set.of(), TUESDAY, null, 3).dates())
                .hasMessageContaining("schedule.series.weekdays.required");
        assertThatThrownBy(() -> new Recurrence(Set.of(MONDAY), TUESDAY, null, null).dates())
                .hasMessageContaining("schedule.series.end.required");
        assertThatThrownBy(() -> new Recurrence(Set.of(MONDAY), TUESDAY, TUESDAY.minusDays(1), null).dates())
                .hasMessageContaining("schedule.series.until.beforeStart");
        assertThatThrownBy(() -> new Recurrence(Set.of(MONDAY), TUESDAY, TUESDAY.plusDays(2), null).dates())
                .hasMessageContaining("schedule.series.noDates");
    }

    @Test
    void weekdaysAreStoredInWeekOrder() {
        assertThat(Recurrence.format(EnumSet.of(THURSDAY, MONDAY))).isEqualTo("MONDAY,THURSDAY");
        assertThat(Recurrence.parse("MONDAY,THURSDAY")).containsExactlyInAnyOrder(MONDAY, THURSDAY);
        assertThat(Recurrence.parse("")).isEmpty();
    }
}
