package org.iopmanager.aftercare.entity;

/** The administrative state of a referral. Stored by name; the legal moves are in ReferralLifecycle. */
public enum ReferralStatus {
    DRAFT,
    CONSENT_RECORDED,
    SENT,
    ACCEPTED,
    DECLINED,
    APPOINTMENT_SCHEDULED,
    ATTENDED,
    NO_SHOW,
    CLOSED
}
