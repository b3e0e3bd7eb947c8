package org.iopmanager.aftercare.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.iopmanager.aftercare.control.FollowUpRules;
import org.iopmanager.aftercare.control.FollowUpState;
import org.iopmanager.aftercare.entity.ContactMethod;
import org.iopmanager.aftercare.entity.FollowUpOutcome;

/**
 * One discharged episode's follow-up as the page and the API show it: the checks with where they stand today, the
 * attempts (newest first), the alumni meetings, the recorded outcome and the one to show (lost to follow-up once every
 * window closed with nobody reached).
 */
public record FollowUpDetail(Long id, long version, Long siteId, String timeZone, Long participantId, String name,
        String recordNumber, Long episodeId, LocalDate dischargeDate, FollowUpOutcome outcome, LocalDate outcomeOn,
        String outcomeNote, FollowUpOutcome effectiveOutcome, LocalDate firstReachedOn, Integer reachedDays,
        int unreachedAttempts, int alumniMeetings, List<Check> checks, List<Attempt> attempts, List<Alumni> alumni)
        implements Serializable {

    public record Check(Long id, int offsetDays, LocalDate opensOn, LocalDate dueDate, LocalDate windowEnd, LocalDate doneOn,
            FollowUpState state) implements Serializable {
    }

    public record Attempt(Long id, Instant attemptedAt, LocalDate attemptedOn, ContactMethod method, boolean reached,
            String note, String recordedBy) implements Serializable {
    }

    public record Alumni(Long id, LocalDate attendedOn, String groupName, String recordedBy) implements Serializable {
    }

    /** A method, not a getter: records are read by accessor in EL. */
    public boolean reachedWithinSeven() {
        return FollowUpRules.reachedWithin(reachedDays, FollowUpRules.SEVEN_DAYS);
    }

    public boolean reachedWithinThirty() {
        return FollowUpRules.reachedWithin(reachedDays, FollowUpRules.THIRTY_DAYS);
    }
}
