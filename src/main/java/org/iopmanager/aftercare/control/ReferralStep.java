package org.iopmanager.aftercare.control;

import java.time.LocalDate;

import org.iopmanager.aftercare.entity.ClosingOutcome;
import org.iopmanager.aftercare.entity.ReferralStatus;

/**
 * A requested move of a referral and what it brings: the consent (to consent_recorded, or a new one on a re-send), the
 * reason (declined), the appointment date (appointment_scheduled), the outcome (closed).
 */
public record ReferralStep(ReferralStatus to, Long consentId, String reason, LocalDate date, ClosingOutcome outcome) {

    public static ReferralStep to(ReferralStatus to) {
        return new ReferralStep(to, null, null, null, null);
    }
}
