package org.iopmanager.schedule.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The weekly minimum one participant owes in one week (Monday to Sunday in the site's zone). A week the episode is
 * open only in part (admitted on a Thursday, discharged on a Tuesday) is <b>prorated</b> by the days it is open,
 * admission and discharge days included, rounded up to the minute: 9 hours a week asks 3 h 52 min of an admission
 * on Friday (3 of 7 days). A full week asks the full minimum.
 */
public final class WeeklyHours {

    private WeeklyHours() {
    }

    /** Days of the week starting {@code week} on which the episode is open (0 to 7). */
    public static int openDays(LocalDate week, LocalDate admission, LocalDate discharge) {
        LocalDate weekEnd = week.plusDays(6);
        LocalDate first = admission.isAfter(week) ? admission : week;
        LocalDate last = discharge == null || discharge.isAfter(weekEnd) ? weekEnd : discharge;
        return last.isBefore(first) ? 0 : (int) ChronoUnit.DAYS.between(first, last) + 1;
    }

    public static int requiredMinutes(int weeklyMinimum, LocalDate week, LocalDate admission, LocalDate discharge) {
        int days = openDays(week, admission, discharge);
        return (weeklyMinimum * days + 6) / 7;
    }
}
