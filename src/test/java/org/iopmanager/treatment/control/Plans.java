package org.iopmanager.treatment.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.iopmanager.participant.entity.AsamDimension;
import org.iopmanager.participant.entity.Episode;
import org.iopmanager.participant.entity.LevelOfCare;
import org.iopmanager.participant.entity.Participant;
import org.iopmanager.participant.entity.Track;
import org.iopmanager.site.entity.Site;
import org.iopmanager.staff.entity.StaffMember;
import org.iopmanager.treatment.entity.Modality;
import org.iopmanager.treatment.entity.PlanGoal;
import org.iopmanager.treatment.entity.PlanIntervention;
import org.iopmanager.treatment.entity.PlanObjective;
import org.iopmanager.treatment.entity.PlanProblem;
import org.iopmanager.treatment.entity.TreatmentPlan;

/** Plans built in memory for the rule tests: one problem, one goal, one objective, interventions as asked. */
final class Plans {

    static final Instant NOW = Instant.parse("2026-03-02T15:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private Plans() {
    }

    static Episode episode(Track track) {
        Participant participant = new Participant(new Site("T1", "Test", ZoneId.of("America/New_York")), NOW);
        participant.setFirstName("Riley");
        participant.setLastName("Test");
        Episode episode = new Episode(participant);
        episode.setTrack(track);
        episode.setLevelOfCare(LevelOfCare.ASAM_2_1);
        episode.setAdmissionDate(TODAY.minusDays(3));
        return episode;
    }

    static StaffMember staff(String last) {
        StaffMember staff = new StaffMember(NOW);
        staff.setFirstName("Sam");
        staff.setLastName(last);
        return staff;
    }

    /** A complete plan: no quality findings, one intervention per {@code sessions × minutes} pair. */
    static TreatmentPlan plan(int... sessionsAndMinutes) {
        TreatmentPlan plan = new TreatmentPlan(episode(Track.ADULT_IOP), 1, "clinician", NOW);
        plan.setDischargeCriteria("Ninety days sober and a sponsor");
        PlanProblem problem = new PlanProblem();
        problem.setDimension(AsamDimension.D5);
        problem.setStatement("Lives with people who use");
        plan.getProblems().add(problem);
        PlanGoal goal = goal("Build a sober support network", "I want friends who do not drink");
        problem.getGoals().add(goal);
        PlanObjective objective = objective("Attend two mutual-help meetings a week", "Attendance sheet", TODAY.plusDays(30));
        goal.getObjectives().add(objective);
        for (int i = 0; i < sessionsAndMinutes.length; i += 2) {
            objective.getInterventions().add(intervention(Modality.GROUP_THERAPY, sessionsAndMinutes[i], sessionsAndMinutes[i + 1]));
        }
        return plan;
    }

    static PlanGoal goal(String statement, String ownWords) {
        PlanGoal goal = new PlanGoal();
        goal.setStatement(statement);
        goal.setOwnWords(ownWords);
        return goal;
    }

    static PlanObjective objective(String text, String measure, LocalDate target) {
        PlanObjective objective = new PlanObjective();
        objective.setText(text);
        objective.setMeasure(measure);
        objective.setTargetDate(target);
        return objective;
    }

    static PlanIntervention intervention(Modality modality, int sessions, int minutes) {
        PlanIntervention intervention = new PlanIntervention();
        intervention.setModality(modality);
        intervention.setSessionsPerWeek(sessions);
        intervention.setMinutesPerSession(minutes);
        intervention.setResponsibleStaff(staff("Counsellor"));
        return intervention;
    }

    /** The plan's content as a stored version holds it (new rows with positions). */
    static TreatmentPlan copy(TreatmentPlan plan) {
        TreatmentPlan copy = new TreatmentPlan(plan.getEpisode(), plan.getVersionNumber() + 1, "clinician", NOW);
        copy.copyContentFrom(plan, NOW);
        return copy;
    }
}
