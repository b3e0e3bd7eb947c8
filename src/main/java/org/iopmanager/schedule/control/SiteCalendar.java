package org.iopmanager.schedule.control;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * A site's wall clock: sessions are planned as a local day and time at the site and stored as an instant, and
 * "which day" and "which week" (Monday to Sunday) a session belongs to are read in the site's zone, never the
 * server's or the viewer's. A local time that does not exist (the spring-forward gap) moves forward by the gap,
 * as the clocks do; an ambiguous one (the autumn overlap) takes the earlier instant.
 */
public final class SiteCalendar {

    private SiteCalendar() {
    }

    public static Instant start(LocalDate day, LocalTime time, ZoneId zone) {
        return ZonedDateTime.ofLocal(LocalDateTime.of(day, time), zone, null).toInstant();
    }

    public static LocalDate dayOf(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate();
    }

    public static LocalDateTime localTime(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDateTime();
    }

    /** The Monday of the week of {@code day}. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public static LocalDate weekOf(Instant instant, ZoneId zone) {
        return weekOf(dayOf(instant, zone));
    }
}
