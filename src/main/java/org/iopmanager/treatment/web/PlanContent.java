package org.iopmanager.treatment.web;

import java.io.Serializable;
import java.util.List;

import org.iopmanager.treatment.entity.Modality;
import org.iopmanager.treatment.entity.PlanGoal;
import org.iopmanager.treatment.entity.PlanIntervention;
import org.iopmanager.treatment.entity.PlanObjective;
import org.iopmanager.treatment.entity.PlanProblem;
import org.iopmanager.treatment.entity.TreatmentPlan;

/**
 * The plan page's editing of the tree in the view, before it is saved: rows added at the end, rows removed. A new
 * intervention starts as a weekly hour of individual counselling with the episode's primary clinician, the usual
 * first entry.
 */
public class PlanContent implements Serializable {

    private static final long serialVersionUID = 1L;

    private TreatmentPlan plan;
    private Long defaultStaffId;

    void use(TreatmentPlan plan, Long defaultStaffId) {
        this.plan = plan;
        this.defaultStaffId = defaultStaffId;
    }

    public void addProblem() {
        plan.getProblems().add(new PlanProblem());
    }

    public void addGoal(PlanProblem problem) {
        problem.getGoals().add(new PlanGoal());
    }

    public void addObjective(PlanGoal goal) {
        goal.getObjectives().add(new PlanObjective());
    }

    public void addIntervention(PlanObjective objective) {
        PlanIntervention intervention = new PlanIntervention();
        intervention.setModality(Modality.INDIVIDUAL_COUNSELLING);
        intervention.setSessionsPerWeek(1);
        intervention.setMinutesPerSession(60);
        intervention.setStaffId(defaultStaffId);
        objective.getInterventions().add(intervention);
    }

    public void remove(List<?> rows, Object row) {
        rows.remove(row);
    }
}
