package org.iopmanager.treatment.entity;

/**
 * Where a plan version stands: written as a draft, locked while it collects signatures, active once every required
 * signature is there, superseded when a signed amendment replaces it, closed at discharge. Stored by name.
 */
public enum PlanStatus {
    DRAFT,
    AWAITING_SIGNATURES,
    ACTIVE,
    SUPERSEDED,
    CLOSED;

    /** A version still being written or signed (at most one per episode). */
    public boolean isOpen() {
        return this == DRAFT || this == AWAITING_SIGNATURES;
    }
}
