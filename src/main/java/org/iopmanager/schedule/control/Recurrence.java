package org.iopmanager.schedule.control;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.iopmanager.platform.control.RuleViolation;

/**
 * A weekly series: on the chosen weekdays from a first day, until a last day or for a number of sessions, whichever
 * is given. Bounded to {@value #MAX_WEEKS} weeks so that one form never writes years of sessions; a longer
 * programme is a new series.
 */
public record Recurrence(Set<DayOfWeek> weekdays, LocalDate from, LocalDate until, Integer count) implements Serializable {

    public static final int MAX_WEEKS = 26;

    public Recurrence {
        weekdays = weekdays == null || weekdays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weekdays));
    }

    /** The days of the sessions, in order; refuses a series without weekdays, without an end, or too long. */
    public List<LocalDate> dates() {
        if (weekdays.isEmpty()) {
            throw RuleViolation.onField("weekdays", "schedule.series.weekdays.required");
        }
        if (from == null) {
            throw RuleViolation.onField("date", "schedule.session.date.required");
        }
        if (until == null && count == null) {
            throw RuleViolation.onField("until", "schedule.series.end.required");
        }
        if (until != null && until.isBefore(from)) {
            throw RuleViolation.onField("until", "schedule.series.until.beforeStart");
        }
        if (count != null && count < 1) {
            throw RuleViolation.onField("count", "schedule.series.count.range", MAX_WEEKS);
        }
        LocalDate bound = lastAllowed();
        if (until != null && until.isAfter(bound)) {
            throw RuleViolation.onField("until", "schedule.series.tooLong", MAX_WEEKS);
        }
        LocalDate end = until == null ? bound : until;
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(end) && (count == null || dates.size() < count); day = day.plusDays(1)) {
            if (weekdays.contains(day.getDayOfWeek())) {
                dates.add(day);
            }
        }
        if (count != null && dates.size() < count) {
            throw RuleViolation.onField("count", "schedule.series.tooLong", MAX_WEEKS);
        }
        if (dates.isEmpty()) {
            throw RuleViolation.onField("weekdays", "schedule.series.noDates");
        }
        return dates;
    }

    /** The last day a series starting on {@code from} may reach. */
    public LocalDate lastAllowed() {
        return from.plusWeeks(MAX_WEEKS).minusDays(1);
    }

    /** Weekdays as stored: names in week order, comma-separated. */
    public static String format(Set<DayOfWeek> weekdays) {
        return EnumSet.copyOf(weekdays).stream().map(DayOfWeek::name).collect(Collectors.joining(","));
    }

    public static Set<DayOfWeek> parse(String weekdays) {
        if (weekdays == null || weekdays.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(weekdays.split(",")).map(String::strip).map(DayOfWeek::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }
}
