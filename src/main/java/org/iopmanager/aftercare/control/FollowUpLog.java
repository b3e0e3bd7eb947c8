package org.iopmanager.aftercare.control;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.aftercare.entity.AlumniAttendance;
import org.iopmanager.aftercare.entity.ContactMethod;
import org.iopmanager.aftercare.entity.FollowUp;
import org.iopmanager.aftercare.entity.FollowUpAttempt;
import org.iopmanager.aftercare.entity.FollowUpCheck;
import org.iopmanager.aftercare.entity.FollowUpOutcome;

/**
 * What an attempt and an alumni meeting do to a follow-up, once for the service and the demo (the caller checked
 * access, version and dates). Each adds to the follow-up's version, so a page that loaded it before is told.
 */
@Dependent
public class FollowUpLog {

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    FollowUpSettings settings;

    /**
     * A reached contact does the earliest open check whose window holds its day and, if it is the first, fixes the days
     * after discharge the rates count; an unreached one that makes {@code iop.aftercare.lost-after-attempts} in a row
     * marks the participant lost to follow-up.
     */
    public FollowUpAttempt attempt(FollowUp f, Instant at, LocalDate day, ContactMethod method, boolean reached, String note,
            String by) {
        FollowUpAttempt attempt = new FollowUpAttempt(f, at, day, method, reached, note, by);
        em.persist(attempt);
        if (f.getVersion() > 0) {
            // a follow-up not yet written (the demo's) has no reader to tell, and locking it would need a flush first
            em.lock(f, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        if (reached) {
            f.reachedOn(day);
            FollowUpRules.doneBy(f.getChecks(), day, FollowUpLog::datesOf, FollowUpCheck::isDone)
                    .ifPresent(check -> check.doneOn(day));
        } else {
            f.notReached();
            if (FollowUpRules.lostAfter(f.getUnreachedAttempts(), f.getOutcome(), settings)) {
                f.conclude(FollowUpOutcome.LOST_TO_FOLLOW_UP, day, null);
            }
        }
        return attempt;
    }

    /** An alumni meeting attended; without an outcome yet, attending the alumni group becomes it. */
    public AlumniAttendance alumni(FollowUp f, LocalDate on, String groupName, String by) {
        AlumniAttendance meeting = new AlumniAttendance(f, on, groupName, by);
        em.persist(meeting);
        f.alumniMeetingAttended();
        if (f.getOutcome() == null) {
            f.conclude(FollowUpOutcome.ATTENDING_ALUMNI_GROUP, on, null);
        }
        return meeting;
    }

    private static FollowUpRules.CheckDates datesOf(FollowUpCheck c) {
        return new FollowUpRules.CheckDates(c.getOffsetDays(), c.getOpensOn(), c.getDueDate(), c.getWindowEnd());
    }
}
