package org.iopmanager.schedule.entity;

/** How a participant attended a session. Stored by name. */
public enum AttendanceStatus {
    PRESENT,
    LATE,
    LEFT_EARLY,
    ABSENT,
    EXCUSED;

    /** Late arrivals and early departures need the minutes actually attended. */
    public boolean needsMinutes() {
        return this == LATE || this == LEFT_EARLY;
    }

    /** Absences count no minutes at all. */
    public boolean isAbsence() {
        return this == ABSENT || this == EXCUSED;
    }
}
