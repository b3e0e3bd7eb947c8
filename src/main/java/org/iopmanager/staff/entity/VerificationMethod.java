package org.iopmanager.staff.entity;

/** How the primary source was asked. Stored by name. */
public enum VerificationMethod {
    ONLINE_LOOKUP,
    PHONE,
    LETTER,
    ELECTRONIC_FEED
}
