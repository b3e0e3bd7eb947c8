package org.iopmanager.aftercare.entity;

/** Who signed a consent: the participant, or a guardian or other person authorised to sign for them. */
public enum SignedBy {
    PARTICIPANT,
    GUARDIAN
}
