package org.iopmanager.schedule.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class SiteCalendarTest {

    static final ZoneId HONOLULU = ZoneId.of("Pacific/Honolulu");
    static final ZoneId BOSTON = ZoneId.of("America/New_York");

    @Test
    void aLateEveningSessionInHonoluluIsThatDayAndWeekThereThoughItIsTomorrowInUtc() {
        // Sunday 1 March 2026, 23:30 in Honolulu (UTC-10) is Monday 09:30 UTC
        Instant start = SiteCalendar.start(LocalDate.of(2026, 3, 1), LocalTime.of(23, 30), HONOLULU);
        assertThat(start).isEqualTo(Instant.parse("2026-03-02T09:30:00Z"));
        assertThat(SiteCalendar.dayOf(start, HONOLULU)).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(SiteCalendar.weekOf(start, HONOLULU)).as("Sunday ends the week that began on Monday 23 Feb")
                .isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(SiteCalendar.weekOf(start, ZoneId.of("UTC"))).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void theSameWallClockTimeIsAnHourApartInUtcAcrossTheSpringChange() {
        // US clocks go forward on Sunday 8 March 2026 at 02:00
        Instant before = SiteCalendar.start(LocalDate.of(2026, 3, 7), LocalTime.of(18, 0), BOSTON);
        Instant after = SiteCalendar.start(LocalDate.of(2026, 3, 9), LocalTime.of(18, 0), BOSTON);
        assertThat(before).isEqualTo(Instant.parse("2026-03-07T23:00:00Z"));
        assertThat(after).isEqualTo(Instant.parse("2026-03-09T22:00:00Z"));
        assertThat(SiteCalendar.localTime(after, BOSTON).toLocalTime()).isEqualTo(LocalTime.of(18, 0));
    }

    @Test
    void aTimeInTheSpringGapMovesForwardAndAnAmbiguousAutumnTimeTakesTheEarlierInstant() {
        Instant gap = SiteCalendar.start(LocalDate.of(2026, 3, 8), LocalTime.of(2, 30), BOSTON);
        assertThat(SiteCalendar.localTime(gap, BOSTON).toLocalTime()).isEqualTo(LocalTime.of(3, 30));
        Instant overlap = SiteCalendar.start(LocalDate.of(2026, 11, 1), LocalTime.of(1, 30), BOSTON);
        assertThat(overlap).isEqualTo(Instant.parse("2026-11-01T05:30:00Z"));
    }

    @Test
    void weeksRunMondayToSunday() {
        assertThat(SiteCalendar.weekOf(LocalDate.of(2026, 12, 7))).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(SiteCalendar.weekOf(LocalDate.of(2026, 12, 13))).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(SiteCalendar.weekOf(LocalDate.of(2026, 12, 14))).isEqualTo(LocalDate.of(2026, 12, 14));
    }
}
