package org.iopmanager.staff.control;

import java.time.LocalDate;

/**
 * The credentialing calendar: recredentialing a fixed number of months after a decision (NCQA: 36, no grace
 * period), a due list that opens some days before (150: time to collect and verify), monthly monitoring of
 * licences and exclusions, and the deadline to notify the practitioner of a decision (30 days).
 */
public record CredentialingCycle(int recredentialMonths, int dueWindowDays, int monitoringIntervalDays,
        int notifyWithinDays) implements java.io.Serializable {

    public static final CredentialingCycle DEFAULT = new CredentialingCycle(36, 150, 31, 30);

    public CredentialingCycle {
        if (recredentialMonths < 1 || dueWindowDays < 0 || monitoringIntervalDays < 1 || notifyWithinDays < 1) {
            throw new IllegalArgumentException("credentialing intervals must be positive");
        }
    }

    public LocalDate recredentialDue(LocalDate decidedOn) {
        return decidedOn.plusMonths(recredentialMonths);
    }

    /** Decisions due on or before this day belong on the recredentialing due list of {@code today}. */
    public LocalDate dueListUntil(LocalDate today) {
        return today.plusDays(dueWindowDays);
    }

    /** A monthly check last made before this day is overdue on {@code today}. */
    public LocalDate monitoringOverdueBefore(LocalDate today) {
        return today.minusDays(monitoringIntervalDays);
    }

    public LocalDate notifyBy(LocalDate decidedOn) {
        return decidedOn.plusDays(notifyWithinDays);
    }
}
