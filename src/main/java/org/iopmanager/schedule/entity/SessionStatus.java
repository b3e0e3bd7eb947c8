package org.iopmanager.schedule.entity;

/** A session is scheduled, held once attendance is recorded, or cancelled. Stored by name. */
public enum SessionStatus {
    SCHEDULED,
    HELD,
    CANCELLED
}
