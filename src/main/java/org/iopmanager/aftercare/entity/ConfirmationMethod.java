package org.iopmanager.aftercare.entity;

/** How a first visit was confirmed. */
public enum ConfirmationMethod {
    PHONE,
    LETTER,
    PORTAL,
    IN_PERSON
}
