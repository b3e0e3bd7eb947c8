package org.iopmanager.participant.entity;

/** Why an episode ended. Stored by name. */
public enum DischargeReason {
    COMPLETED,
    STEPPED_DOWN,
    STEPPED_UP,
    LEFT_AGAINST_ADVICE,
    TRANSFERRED,
    ADMINISTRATIVE,
    OTHER
}
