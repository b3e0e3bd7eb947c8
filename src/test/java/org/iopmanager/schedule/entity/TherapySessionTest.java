package org.iopmanager.schedule.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.iopmanager.schedule.control.SessionPlan;
import org.iopmanager.site.entity.Site;

/** A session keeps its local day and week in the site's zone, whatever UTC says. */
class TherapySessionTest {

    static SessionPlan plan(LocalDate day, LocalTime start, int minutes) {
        return new SessionPlan(SessionKind.GROUP_THERAPY, null, "Evening group", 1L, null, null, 10, day, start, minutes, List.of());
    }

    @Test
    void aSundayEveningSessionInHonoluluBelongsToSundayAndItsWeekThere() {
        Site honolulu = new Site("HNL", "Honolulu", ZoneId.of("Pacific/Honolulu"));
        TherapySession session = new TherapySession(honolulu, null);
        session.plan(plan(LocalDate.of(2026, 3, 1), LocalTime.of(23, 30), 90), LocalDate.of(2026, 3, 1), null, null);
        assertThat(session.getStartsAt()).isEqualTo(Instant.parse("2026-03-02T09:30:00Z"));
        assertThat(session.getTimeZone()).isEqualTo("Pacific/Honolulu");
        assertThat(session.getSessionDate()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(session.getWeekStart()).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(session.getLocalEnd()).isEqualTo(LocalDate.of(2026, 3, 2).atTime(1, 0));
    }

    @Test
    void aWeeklySeriesKeepsItsWallClockTimeAcrossTheDaylightSavingChange() {
        Site boston = new Site("BOS", "Boston", ZoneId.of("America/New_York"));
        TherapySession before = new TherapySession(boston, null);
        before.plan(plan(LocalDate.of(2026, 3, 2), LocalTime.of(18, 0), 180), LocalDate.of(2026, 3, 2), null, null);
        TherapySession after = new TherapySession(boston, null);
        after.plan(plan(LocalDate.of(2026, 3, 9), LocalTime.of(18, 0), 180), LocalDate.of(2026, 3, 9), null, null);
        assertThat(before.getStartTime()).isEqualTo(after.getStartTime()).isEqualTo(LocalTime.of(18, 0));
        assertThat(java.time.Duration.between(before.getStartsAt(), after.getStartsAt()).toHours()).as("a week less an hour")
                .isEqualTo(7 * 24 - 1);
        assertThat(after.getWeekStart()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(after.getEndsAt()).isEqualTo(Instant.parse("2026-03-10T01:00:00Z"));
    }
}
