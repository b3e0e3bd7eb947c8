package org.iopmanager.site.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an accreditation or licence stands. {@link #EXPIRED} is also reached by the calendar alone: a record
 * in force whose expiry date has come is expired, whether or not anyone saved it.
 */
public enum RecordStatus {
    APPLIED,
    SURVEY_SCHEDULED,
    ACCREDITED,
    PROVISIONAL,
    EXPIRED,
    DENIED,
    WITHDRAWN;

    /** Statuses of a record that lets the site operate; they need a decision date and an expiry. */
    public static final Set<RecordStatus> IN_FORCE = EnumSet.of(ACCREDITED, PROVISIONAL);

    /** Statuses that end a record: it no longer counts as the current one. */
    public static final Set<RecordStatus> ENDED = EnumSet.of(DENIED, WITHDRAWN);

    public boolean inForce() {
        return IN_FORCE.contains(this);
    }
}
