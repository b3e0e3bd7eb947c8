package org.iopmanager.aftercare.entity;

/** Why a referral was closed: administrative, and not proof of a connection (that is the verified first visit). */
public enum ClosingOutcome {
    CONNECTED,
    NOT_CONNECTED_UNREACHABLE,
    PARTICIPANT_DECLINED,
    INELIGIBLE,
    CANCELLED
}
