package org.iopmanager.schedule.control;

import java.time.Instant;
import java.time.LocalDate;

import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.schedule.entity.AttendanceStatus;

/**
 * Minutes a participant attended a session: the whole session when present, what the clinician enters for a late
 * arrival or an early departure (less than the session), nothing for an absence; never more than the session
 * lasted. Attendance is recorded once the session has started, and only while the participant's episode is open:
 * not before admission, not after discharge.
 */
public final class AttendanceRule {

    private AttendanceRule() {
    }

    /** @param who the participant, for the message (a group form has many rows) */
    public static int minutes(AttendanceStatus status, Integer entered, int duration, String who) {
        if (status == null) {
            throw RuleViolation.onField("attendance", "schedule.attendance.status.required", who);
        }
        if (status == AttendanceStatus.PRESENT) {
            if (entered != null && entered != duration) {
                throw RuleViolation.onField("attendance", "schedule.attendance.minutes.present", who, duration);
            }
            return duration;
        }
        if (status.isAbsence()) {
            if (entered != null && entered != 0) {
                throw RuleViolation.onField("attendance", "schedule.attendance.minutes.absent", who);
            }
            return 0;
        }
        if (entered == null) {
            throw RuleViolation.onField("attendance", "schedule.attendance.minutes.required", who);
        }
        if (entered < 1 || entered >= duration) {
            throw RuleViolation.onField("attendance", "schedule.attendance.minutes.partial", who, duration);
        }
        return entered;
    }

    public static void requireStarted(Instant start, Instant now) {
        if (start.isAfter(now)) {
            throw RuleViolation.onField("attendance", "schedule.attendance.future");
        }
    }

    public static void requireOpenOn(LocalDate sessionDay, LocalDate admission, LocalDate discharge, String who) {
        if (sessionDay.isBefore(admission)) {
            throw RuleViolation.onField("attendance", "schedule.attendance.beforeAdmission", who);
        }
        if (discharge != null && sessionDay.isAfter(discharge)) {
            throw RuleViolation.onField("attendance", "schedule.attendance.afterDischarge", who, discharge);
        }
    }
}
