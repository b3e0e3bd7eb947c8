package org.iopmanager.staff.entity;

/**
 * Where a staff member stands in the credentialing cycle on a day, derived from the latest decision: never
 * decided or denied is pending, an approval past its recredentialing date is lapsed (no grace period).
 */
public enum CredentialingState {
    CREDENTIALED,
    PENDING,
    LAPSED,
    DENIED
}
