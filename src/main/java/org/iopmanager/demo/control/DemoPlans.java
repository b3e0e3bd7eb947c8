package org.iopmanager.demo.control;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.participant.entity.AsamDimension;
import org.iopmanager.participant.entity.Episode;
import org.iopmanager.participant.entity.Track;
import org.iopmanager.site.entity.Site;
import org.iopmanager.treatment.control.CareDefaults;
import org.iopmanager.treatment.control.CareStandard;
import org.iopmanager.treatment.entity.Modality;
import org.iopmanager.treatment.entity.PlanGoal;
import org.iopmanager.treatment.entity.PlanIntervention;
import org.iopmanager.treatment.entity.PlanObjective;
import org.iopmanager.treatment.entity.PlanProblem;
import org.iopmanager.treatment.entity.PlanReview;
import org.iopmanager.treatment.entity.TreatmentPlan;

/**
 * Treatment plans in every state across a census of open episodes, relative to today, in this order: none yet (its
 * first plan overdue once the admission is old enough), a draft with quality findings, one awaiting the clinician's
 * signature, an active plan, one due for review within days, one overdue for review, and an amended one (version 2
 * active, version 1 superseded). Each intervention's responsible staff member is the episode's primary clinician,
 * cleared to counsel by construction of the census. Further episodes repeat the cycle from the draft on.
 */
@Dependent
public class DemoPlans {

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    CareDefaults defaults;

    @Inject
    Clock clock;

    /** Goals in different words for each plan, so the copy-paste check finds nothing in the demo. */
    private static final String[] GOALS = {
        "Build a recovery environment that supports abstinence",
        "Keep a home where nobody drinks or uses",
        "Find sober friends and spend evenings with them",
        "Rebuild trust with the family through honest talks",
        "Return to work with a plan for stressful days",
        "Handle cravings without using"};

    private int index;

    /**
     * Per site of the census, in its order: the first open episode has no plan yet (its first plan is due), the next
     * ones cycle through a draft, one awaiting signatures, active ones (fresh, review due soon, review overdue) and an
     * amended one; a discharged episode's plan is closed.
     */
    public void load(List<Episode> census) {
        CareStandard standard = defaults.standard();
        int reviewDays = standard.reviewDays();
        Map<Long, List<Episode>> bySite = census.stream().collect(
                Collectors.groupingBy(Episode::owningSiteId, LinkedHashMap::new, Collectors.toList()));
        for (List<Episode> site : bySite.values()) {
            int open = 0;
            for (Episode episode : site) {
                index++;
                LocalDate today = LocalDate.now(clock.withZone(em.find(Site.class, episode.owningSiteId()).zone()));
                if (!episode.isOpen()) {
                    active(episode, 1, episode.getAdmissionDate().plusDays(3), standard).close();
                    continue;
                }
                if (open++ == 0) {
                    continue;
                }
                switch ((open - 2) % 6) {
                    case 0 -> draft(episode);
                    case 1 -> awaiting(episode);
                    case 2 -> active(episode, 1, today.minusDays(5), standard);
                    case 3 -> active(episode, 1, today.minusDays(reviewDays - 3), standard);
                    case 4 -> active(episode, 1, today.minusDays(reviewDays + 10), standard);
                    default -> amended(episode, today, standard);
                }
            }
        }
        em.flush();
    }

    private void draft(Episode episode) {
        TreatmentPlan plan = plan(episode, 1, false);
        plan.setDischargeCriteria(null);
        plan.getProblems().get(0).getGoals().get(0).setOwnWords(null);
    }

    private void awaiting(Episode episode) {
        TreatmentPlan plan = plan(episode, 1, true);
        plan.signAsParticipant("demo", guardian(episode), clock.instant());
        plan.awaitSignatures();
    }

    private TreatmentPlan active(Episode episode, int number, LocalDate signedOn, CareStandard standard) {
        TreatmentPlan plan = plan(episode, number, true);
        Instant at = signedOn.atTime(10, 0).atZone(em.find(Site.class, episode.owningSiteId()).zone()).toInstant();
        plan.signAsParticipant("demo", guardian(episode), at);
        plan.signAsClinician(episode.getPrimaryClinician(), false, "demo", at);
        plan.activate(signedOn, standard.reviewDue(signedOn));
        return plan;
    }

    private void amended(Episode episode, LocalDate today, CareStandard standard) {
        TreatmentPlan first = active(episode, 1, today.minusDays(20), standard);
        em.persist(new PlanReview(first, today.minusDays(6), "demo", "Attending; cravings down.", clock.instant()));
        first.reviewed(today.minusDays(6), standard.reviewDue(today.minusDays(6)));
        first.supersede();
        TreatmentPlan content = new TreatmentPlan();
        content.copyContentFrom(first, clock.instant());
        content.getProblems().get(0).getGoals().get(0).getObjectives().get(0).getInterventions()
                .add(intervention(Modality.FAMILY_THERAPY, 1, 60, episode));
        TreatmentPlan second = new TreatmentPlan(episode, 2, "demo", clock.instant());
        second.amends(first, "Added family sessions after the review", clock.instant());
        second.copyContentFrom(content, clock.instant());
        second.setEffectiveDate(null);
        em.persist(second);
        Instant at = today.minusDays(5).atTime(10, 0).atZone(em.find(Site.class, episode.owningSiteId()).zone()).toInstant();
        second.signAsParticipant("demo", guardian(episode), at);
        second.signAsClinician(episode.getPrimaryClinician(), false, "demo", at);
        second.activate(today.minusDays(5), standard.reviewDue(today.minusDays(5)));
    }

    private TreatmentPlan plan(Episode episode, int number, boolean complete) {
        TreatmentPlan content = new TreatmentPlan();
        content.setStrengths("Motivated; steady job; supportive sister");
        content.setPreferences("Evening group; no phone sessions");
        content.setDischargeCriteria("Sixty days abstinent, a sober support network and an aftercare appointment");
        PlanProblem problem = new PlanProblem();
        problem.setDimension(AsamDimension.D5);
        problem.setStatement("Lives with a partner who drinks daily");
        PlanGoal goal = new PlanGoal();
        String words = GOALS[(index - 1) % GOALS.length];
        goal.setStatement(index > GOALS.length ? words + " (" + episode.getParticipant().getFirstName() + ")" : words);
        goal.setOwnWords("I want to come home and not be around drinking");
        PlanObjective objective = new PlanObjective();
        objective.setText("Attend three evening groups a week for " + (5 + index) + " weeks");
        objective.setMeasure("Attendance record");
        objective.setTargetDate(LocalDate.now(clock).plusWeeks(5 + index));
        objective.getInterventions().add(intervention(Modality.GROUP_THERAPY, 3, 180, episode));
        objective.getInterventions().add(intervention(Modality.INDIVIDUAL_COUNSELLING, 1, complete ? 60 : 50, episode));
        goal.getObjectives().add(objective);
        problem.getGoals().add(goal);
        content.getProblems().add(problem);
        TreatmentPlan plan = new TreatmentPlan(episode, number, "demo", clock.instant());
        plan.copyContentFrom(content, clock.instant());
        em.persist(plan);
        return plan;
    }

    private static PlanIntervention intervention(Modality modality, int sessions, int minutes, Episode episode) {
        PlanIntervention intervention = new PlanIntervention();
        intervention.setModality(modality);
        intervention.setSessionsPerWeek(sessions);
        intervention.setMinutesPerSession(minutes);
        intervention.setResponsibleStaff(episode.getPrimaryClinician());
        return intervention;
    }

    private static String guardian(Episode episode) {
        return episode.getTrack() == Track.ADOLESCENT_IOP ? "Jordan Guardian" : null;
    }
}
