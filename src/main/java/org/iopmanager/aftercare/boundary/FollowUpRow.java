package org.iopmanager.aftercare.boundary;

import java.io.Serializable;
import java.time.LocalDate;

import org.iopmanager.aftercare.control.FollowUpState;
import org.iopmanager.aftercare.entity.FollowUpOutcome;

/** One check of the due list: who, discharged when, which check, due when, days left in the site's zone, where it stands. */
public record FollowUpRow(Long checkId, Long followUpId, Long participantId, String name, String recordNumber,
        LocalDate dischargeDate, int offsetDays, LocalDate dueDate, LocalDate windowEnd, long daysLeft, FollowUpState state,
        int unreachedAttempts, FollowUpOutcome outcome) implements Serializable {
}
