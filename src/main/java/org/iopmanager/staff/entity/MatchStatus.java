package org.iopmanager.staff.entity;

/** Review of a possible match. Stored by name. */
public enum MatchStatus {
    OPEN,
    CONFIRMED,
    DISMISSED
}
