package org.iopmanager.staff.entity;

/**
 * A credential's status, always derived from its dates and its latest verification, never typed in.
 * Ordered from most to least urgent for a work list.
 */
public enum CredentialStatus {
    SUSPENDED_OR_REVOKED,
    EXPIRED,
    RESTRICTED,
    DISCREPANCY,
    PENDING_VERIFICATION,
    EXPIRING,
    VERIFIED;

    /** Whether a clinician holding it may be cleared on its strength (restrictions are read by clearance). */
    public boolean countsAsVerified() {
        return this == VERIFIED || this == EXPIRING;
    }
}
