package org.iopmanager.reporting.boundary;

import java.io.Serializable;

import org.iopmanager.staff.entity.CredentialKind;

/**
 * Narrowing of the expiring-credentials list: expiry within the next {@code days} days, optionally with those
 * already expired, of staff working at one site, of one kind.
 */
public record ExpiringFilter(int days, boolean includeExpired, Long siteId, CredentialKind kind) implements Serializable {

    public static final int MAX_DAYS = 366;

    public ExpiringFilter {
        if (days < 0 || days > MAX_DAYS) {
            throw new IllegalArgumentException("horizon out of range: " + days);
        }
    }

    /** What the audit line says the export contained. */
    public String describe() {
        return "days=" + days + ", expired=" + includeExpired + ", site=" + siteId + ", kind=" + kind;
    }
}
