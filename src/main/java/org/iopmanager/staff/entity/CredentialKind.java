package org.iopmanager.staff.entity;

/** What sort of credential: a licence, a certification, a DEA registration and so on. Stored by name. */
public enum CredentialKind {
    STATE_LICENCE,
    CERTIFICATION,
    DEA_REGISTRATION,
    BOARD_CERTIFICATION,
    MALPRACTICE_INSURANCE,
    CPR_FIRST_AID,
    OTHER
}
