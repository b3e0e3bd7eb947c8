package org.iopmanager.treatment.control;

import java.io.Serializable;

import org.iopmanager.participant.entity.LevelOfCare;
import org.iopmanager.participant.entity.Track;
import org.iopmanager.treatment.entity.PlanGoal;
import org.iopmanager.treatment.entity.PlanIntervention;
import org.iopmanager.treatment.entity.PlanObjective;
import org.iopmanager.treatment.entity.PlanProblem;
import org.iopmanager.treatment.entity.TreatmentPlan;

/**
 * A plan's planned weekly minutes (sessions a week times minutes a session, over every intervention) against the
 * weekly minimum of the episode's level of care and track at the site. Under the minimum the plan page and the API
 * warn: the programme would not deliver the level of care it bills for.
 */
public record WeeklyHours(int plannedMinutes, int minimumMinutes) implements Serializable {

    public static WeeklyHours of(TreatmentPlan plan, CareStandard standard, LevelOfCare level, Track track) {
        return new WeeklyHours(plannedMinutes(plan), standard.weeklyMinimumMinutes(level, track));
    }

    public static int plannedMinutes(TreatmentPlan plan) {
        int minutes = 0;
        for (PlanProblem problem : plan.getProblems()) {
            for (PlanGoal goal : problem.getGoals()) {
                for (PlanObjective objective : goal.getObjectives()) {
                    for (PlanIntervention intervention : objective.getInterventions()) {
                        minutes += intervention.weeklyMinutes();
                    }
                }
            }
        }
        return minutes;
    }

    public boolean isShort() {
        return plannedMinutes < minimumMinutes;
    }

    public int shortByMinutes() {
        return Math.max(0, minimumMinutes - plannedMinutes);
    }

    /** Hours with up to two decimals, as pages show them (7.5, not 450 minutes). */
    public static String hours(int minutes) {
        return java.math.BigDecimal.valueOf(minutes).divide(java.math.BigDecimal.valueOf(60), 2,
                java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    public String getPlannedHours() {
        return hours(plannedMinutes);
    }

    public String getMinimumHours() {
        return hours(minimumMinutes);
    }
}
