package org.iopmanager.staff.entity;

/** Where a credential was verified at the primary source. Stored by name. */
public enum VerificationSource {
    ISSUING_BOARD,
    NPPES,
    DEA,
    CERTIFICATION_BODY,
    OIG_EXCLUSION_LIST,
    SAM,
    NPDB,
    OTHER
}
