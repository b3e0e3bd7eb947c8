package org.iopmanager.staff.entity;

/**
 * Why a credential is on the verification work list, most blocking first: the counts on top of the list are
 * per reason.
 */
public enum WorkReason {
    PROBLEM,
    EXPIRED,
    NEW,
    RENEWED,
    VERIFICATION_EXPIRED,
    EXPIRING
}
