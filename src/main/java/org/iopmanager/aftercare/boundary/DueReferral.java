package org.iopmanager.aftercare.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import org.iopmanager.aftercare.entity.ReferralStatus;

/** A referral waiting on a step: sent without answer for a week, accepted without appointment, appointment passed. */
public record DueReferral(long id, long participantId, String participantName, long episodeId, String service,
        ReferralStatus status, Instant since, LocalDate appointmentDate) implements Serializable {
}
