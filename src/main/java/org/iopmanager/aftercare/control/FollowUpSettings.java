package org.iopmanager.aftercare.control;

import java.util.Arrays;
import java.util.List;

/**
 * The follow-up settings: the days after discharge a contact is due (7 and 30 by default), how many days either side
 * of the due day still count for that check, after how many unreached attempts in a row a participant is lost to
 * follow-up, and how far ahead the due list and the home page look.
 */
public record FollowUpSettings(List<Integer> days, int toleranceDays, int lostAfterAttempts, int noticeDays) {

    public FollowUpSettings {
        days = days.stream().distinct().sorted().toList();
        if (days.isEmpty() || days.get(0) < 1 || days.get(days.size() - 1) > 366) {
            throw new IllegalArgumentException("iop.aftercare.follow-up-days: between 1 and 366 days, got " + days);
        }
        if (toleranceDays < 0 || lostAfterAttempts < 1 || noticeDays < 0) {
            throw new IllegalArgumentException("iop.aftercare: tolerance and notice at least 0, lost-after-attempts at least 1");
        }
    }

    /** {@code "7,30"} → [7, 30]. */
    public static List<Integer> parseDays(String text) {
        try {
            return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("iop.aftercare.follow-up-days: a comma-separated list of days, got " + text, e);
        }
    }
}
