package org.iopmanager.staff.entity;

/** What one screening of one staff member found. Stored by name. */
public enum ScreeningResult {
    CLEAR,
    POSSIBLE_MATCH
}
