package org.iopmanager.aftercare.entity;

/** How a follow-up contact was attempted. */
public enum ContactMethod {
    PHONE, TEXT, EMAIL, LETTER, IN_PERSON, VIDEO
}
