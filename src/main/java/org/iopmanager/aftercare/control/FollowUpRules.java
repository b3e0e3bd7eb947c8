package org.iopmanager.aftercare.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.iopmanager.aftercare.entity.FollowUpOutcome;
import org.iopmanager.platform.control.RuleViolation;

/**
 * The follow-up rules, as plain functions of dates and counts. Days count as HEDIS counts them: "within 7 days" is a
 * reached contact on or before the discharge day plus 7 (8 days with the discharge day), "within 30 days" on or before
 * plus 30 (31 days).
 */
public final class FollowUpRules {

    /** The rates' two measures. */
    public static final int SEVEN_DAYS = 7;
    public static final int THIRTY_DAYS = 30;

    private FollowUpRules() {
    }

    /** The dates of one check. */
    public record CheckDates(int offsetDays, LocalDate opensOn, LocalDate dueDate, LocalDate windowEnd) {
    }

    /**
     * The checks of a discharge: each due its days after the discharge day, done by a reached contact from the
     * discharge day (the first check) or the tolerance before its due day (later ones, but never before the previous
     * check's due day) to the tolerance after it.
     */
    public static List<CheckDates> checks(LocalDate discharged, FollowUpSettings settings) {
        List<CheckDates> checks = new ArrayList<>();
        LocalDate previousDue = null;
        for (int days : settings.days()) {
            LocalDate due = discharged.plusDays(days);
            LocalDate opens = previousDue == null ? discharged : due.minusDays(settings.toleranceDays());
            if (previousDue != null && !opens.isAfter(previousDue)) {
                opens = previousDue.plusDays(1);
            }
            checks.add(new CheckDates(days, opens, due, due.plusDays(settings.toleranceDays())));
            previousDue = due;
        }
        return checks;
    }

    /** Whether the first reached contact ({@code reachedDays} after discharge, null: none yet) came within {@code days}. */
    public static boolean reachedWithin(Integer reachedDays, int days) {
        return reachedDays != null && reachedDays >= 0 && reachedDays <= days;
    }

    /** A check on a day. */
    public static FollowUpState state(LocalDate dueDate, LocalDate windowEnd, LocalDate doneOn, FollowUpOutcome outcome,
            LocalDate today) {
        if (doneOn != null) {
            return FollowUpState.DONE;
        }
        if (outcome != null && outcome.endsContact()) {
            return FollowUpState.CLOSED;
        }
        if (today.isBefore(dueDate)) {
            return FollowUpState.UPCOMING;
        }
        if (today.isEqual(dueDate)) {
            return FollowUpState.DUE_TODAY;
        }
        return today.isAfter(windowEnd) ? FollowUpState.MISSED : FollowUpState.OVERDUE;
    }

    /** The earliest open check whose window holds the day of a reached contact: the one that contact does. */
    public static <T> Optional<T> doneBy(List<T> checks, LocalDate contactDay, Function<T, CheckDates> dates,
            Function<T, Boolean> done) {
        return checks.stream().filter(c -> !done.apply(c))
                .filter(c -> !contactDay.isBefore(dates.apply(c).opensOn()) && !contactDay.isAfter(dates.apply(c).windowEnd()))
                .min(Comparator.comparing(c -> dates.apply(c).dueDate()));
    }

    /** An attempt is dated between the discharge day and today (in the site's zone). */
    public static void checkAttemptDay(LocalDate day, LocalDate discharged, LocalDate today) {
        if (day == null) {
            throw RuleViolation.onField("attemptedAt", "followUp.attempt.at.required");
        }
        if (day.isBefore(discharged)) {
            throw RuleViolation.onField("attemptedAt", "followUp.attempt.beforeDischarge", discharged.toString());
        }
        if (day.isAfter(today)) {
            throw RuleViolation.onField("attemptedAt", "followUp.attempt.future");
        }
    }

    /** After this unreached attempt, is the participant lost to follow-up (no outcome yet, N unreached in a row)? */
    public static boolean lostAfter(int unreachedInARow, FollowUpOutcome outcome, FollowUpSettings settings) {
        return outcome == null && unreachedInARow >= settings.lostAfterAttempts();
    }

    /**
     * The outcome to show: the recorded one; without one, lost to follow-up once every window closed with nobody
     * reached (the stored outcome stays empty, so a late contact still counts).
     */
    public static Optional<FollowUpOutcome> effectiveOutcome(FollowUpOutcome recorded, LocalDate firstReachedOn,
            LocalDate lastWindowEnd, LocalDate today) {
        if (recorded != null) {
            return Optional.of(recorded);
        }
        if (firstReachedOn == null && lastWindowEnd != null && today.isAfter(lastWindowEnd)) {
            return Optional.of(FollowUpOutcome.LOST_TO_FOLLOW_UP);
        }
        return Optional.empty();
    }

    /** An outcome is dated between the discharge day and today. */
    public static void checkOutcome(FollowUpOutcome outcome, LocalDate on, LocalDate discharged, LocalDate today) {
        if (outcome == null) {
            return;
        }
        if (on == null) {
            throw RuleViolation.onField("outcomeOn", "followUp.outcomeOn.required");
        }
        if (on.isBefore(discharged) || on.isAfter(today)) {
            throw RuleViolation.onField("outcomeOn", "followUp.outcomeOn.range", discharged.toString());
        }
    }

    /** A share as a whole percentage (null without a denominator). */
    public static Integer percent(long part, long whole) {
        return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
    }
}
