package org.iopmanager.aftercare.control;

import java.time.LocalDate;
import java.util.List;

import org.iopmanager.participant.entity.AsamDimension;

/**
 * What the referral summary prints from the record beyond the referral and its episode: the current plan, the
 * attendance and the latest measures. Loaded only for the categories the summary may disclose, so a part not allowed
 * is never read (null or empty); an allowed part the record lacks is null too, and the summary says so.
 */
public record ReferralRecord(PlanSummary plan, AttendanceSummary attendance, List<MeasureLine> measures) {

    public static final ReferralRecord NOTHING = new ReferralRecord(null, null, List.of());

    public ReferralRecord {
        measures = measures == null ? List.of() : List.copyOf(measures);
    }

    /** The latest signed version of the episode's plan: its problems and their goals, planned hours and dates. */
    public record PlanSummary(int versionNumber, LocalDate signedOn, LocalDate reviewDue, int plannedMinutes,
            int minimumMinutes, List<Problem> problems) {

        public PlanSummary {
            problems = List.copyOf(problems);
        }
    }

    /** One problem of the plan with the statements of its goals. */
    public record Problem(AsamDimension dimension, String statement, List<String> goals) {

        public Problem {
            goals = List.copyOf(goals);
        }
    }

    /**
     * The episode's recorded attendance: sessions attended (present, late or leaving early), absent and excused, the
     * minutes attended and the first and last day attended (null when none).
     */
    public record AttendanceSummary(long attended, long absent, long excused, long minutes, LocalDate firstAttended,
            LocalDate lastAttended) {

        public long recorded() {
            return attended + absent + excused;
        }
    }

    /** One result of a measure: the instrument's name, the day, the score as printed and its severity band (or null). */
    public record MeasureLine(String instrument, LocalDate administeredOn, String score, String severity) {
    }
}
