package org.iopmanager.staff.entity;

/** What the credentialing committee (or medical director, for clean files) decided. Stored by name. */
public enum DecisionOutcome {
    APPROVED,
    CONDITIONAL,
    DENIED;

    public boolean credentials() {
        return this != DENIED;
    }
}
