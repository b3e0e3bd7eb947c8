package org.iopmanager.staff.entity;

/** What the primary source said when a credential was verified. Stored by name. */
public enum VerificationOutcome {
    VERIFIED,
    DISCREPANCY,
    NOT_FOUND,
    RESTRICTED,
    SUSPENDED_OR_REVOKED
}
