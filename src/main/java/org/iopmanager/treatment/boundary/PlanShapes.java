package org.iopmanager.treatment.boundary;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.iopmanager.participant.entity.AsamDimension;
import org.iopmanager.treatment.control.Finding;
import org.iopmanager.treatment.control.PlanDiff;
import org.iopmanager.treatment.control.PlanPath;
import org.iopmanager.treatment.control.PlanRules;
import org.iopmanager.treatment.control.WeeklyHours;
import org.iopmanager.treatment.entity.Modality;
import org.iopmanager.treatment.entity.ObjectiveStatus;
import org.iopmanager.treatment.entity.PlanGoal;
import org.iopmanager.treatment.entity.PlanIntervention;
import org.iopmanager.treatment.entity.PlanObjective;
import org.iopmanager.treatment.entity.PlanProblem;
import org.iopmanager.treatment.entity.PlanStatus;
import org.iopmanager.treatment.entity.SignatureRole;
import org.iopmanager.treatment.entity.TreatmentPlan;

/** The JSON shapes of plans, their findings, differences and due items: what the API shows and takes. */
public final class PlanShapes {

    private PlanShapes() {
    }

    public record PlanView(Long id, long version, Long episodeId, Long siteId, int versionNumber, PlanStatus status,
            String strengths, String preferences, String dischargeCriteria, LocalDate effectiveDate, LocalDate reviewDue,
            LocalDate lastReviewedOn, LocalDate signedOn, String amendmentReason, String overrideReason,
            String overriddenFindings, List<SignatureView> signatures, HoursView hours, List<ProblemShape> problems) {

        static PlanView of(TreatmentPlan p, WeeklyHours hours) {
            List<SignatureView> signatures = new ArrayList<>();
            var required = PlanRules.required(p);
            signatures.add(new SignatureView(SignatureRole.PARTICIPANT, true, p.getParticipantSignedBy(),
                    p.getParticipantSignedAt(), null, null, p.getGuardianName()));
            signatures.add(new SignatureView(SignatureRole.CLINICIAN, true, p.getClinicianSignedBy(), p.getClinicianSignedAt(),
                    p.getClinicianStaff() == null ? null : p.getClinicianStaff().getId(),
                    p.getClinicianStaff() == null ? null : p.getClinicianStaff().getFullName(), null));
            signatures.add(new SignatureView(SignatureRole.SUPERVISOR, required.contains(SignatureRole.SUPERVISOR),
                    p.getSupervisorSignedBy(), p.getSupervisorSignedAt(),
                    p.getSupervisorStaff() == null ? null : p.getSupervisorStaff().getId(),
                    p.getSupervisorStaff() == null ? null : p.getSupervisorStaff().getFullName(), null));
            return new PlanView(p.getId(), p.getVersion(), p.getEpisode().getId(), p.owningSiteId(), p.getVersionNumber(),
                    p.getStatus(), p.getStrengths(), p.getPreferences(), p.getDischargeCriteria(), p.getEffectiveDate(),
                    p.getReviewDue(), p.getLastReviewedOn(), p.getSignedOn(), p.getAmendmentReason(), p.getOverrideReason(),
                    p.getOverriddenFindings(), signatures, HoursView.of(hours),
                    p.getProblems().stream().map(ProblemShape::of).toList());
        }
    }

    public record VersionView(Long id, int versionNumber, PlanStatus status, LocalDate signedOn, String amendmentReason) {

        static VersionView of(TreatmentPlan p) {
            return new VersionView(p.getId(), p.getVersionNumber(), p.getStatus(), p.getSignedOn(), p.getAmendmentReason());
        }
    }

    public record SignatureView(SignatureRole role, boolean required, String signedBy, Instant signedAt, Long staffId,
            String staffName, String guardianName) {
    }

    public record HoursView(int plannedMinutes, int minimumMinutes, boolean belowMinimum, String warning) {

        static HoursView of(WeeklyHours hours) {
            return new HoursView(hours.plannedMinutes(), hours.minimumMinutes(), hours.isShort(), hours.isShort()
                    ? text("plan.hours.short", hours.getPlannedHours(), hours.getMinimumHours()) : null);
        }
    }

    public record ProblemShape(AsamDimension dimension, String statement, List<GoalShape> goals) {

        static ProblemShape of(PlanProblem p) {
            return new ProblemShape(p.getDimension(), p.getStatement(), p.getGoals().stream().map(GoalShape::of).toList());
        }

        PlanProblem toProblem() {
            PlanProblem problem = new PlanProblem();
            problem.setDimension(dimension);
            problem.setStatement(statement);
            if (goals != null) {
                goals.forEach(g -> problem.getGoals().add(g.toGoal()));
            }
            return problem;
        }
    }

    public record GoalShape(String statement, String ownWords, List<ObjectiveShape> objectives) {

        static GoalShape of(PlanGoal g) {
            return new GoalShape(g.getStatement(), g.getOwnWords(), g.getObjectives().stream().map(ObjectiveShape::of).toList());
        }

        PlanGoal toGoal() {
            PlanGoal goal = new PlanGoal();
            goal.setStatement(statement);
            goal.setOwnWords(ownWords);
            if (objectives != null) {
                objectives.forEach(o -> goal.getObjectives().add(o.toObjective()));
            }
            return goal;
        }
    }

    public record ObjectiveShape(String text, String measure, LocalDate targetDate, ObjectiveStatus status,
            List<InterventionShape> interventions) {

        static ObjectiveShape of(PlanObjective o) {
            return new ObjectiveShape(o.getText(), o.getMeasure(), o.getTargetDate(), o.getStatus(),
                    o.getInterventions().stream().map(InterventionShape::of).toList());
        }

        PlanObjective toObjective() {
            PlanObjective objective = new PlanObjective();
            objective.setText(text);
            objective.setMeasure(measure);
            objective.setTargetDate(targetDate);
            objective.setStatus(status);
            if (interventions != null) {
                interventions.forEach(i -> objective.getInterventions().add(i.toIntervention()));
            }
            return objective;
        }
    }

    public record InterventionShape(Modality modality, Integer sessionsPerWeek, Integer minutesPerSession, Long staffId,
            String staffName) {

        static InterventionShape of(PlanIntervention i) {
            return new InterventionShape(i.getModality(), i.getSessionsPerWeek(), i.getMinutesPerSession(),
                    i.getResponsibleStaff().getId(), i.getResponsibleStaff().getFullName());
        }

        PlanIntervention toIntervention() {
            PlanIntervention intervention = new PlanIntervention();
            intervention.setModality(modality);
            intervention.setSessionsPerWeek(sessionsPerWeek);
            intervention.setMinutesPerSession(minutesPerSession);
            intervention.setStaffId(staffId);
            return intervention;
        }
    }

    /** A draft's content as sent for saving, with the version it was loaded at. */
    public record PlanEdit(long version, String strengths, String preferences, String dischargeCriteria,
            LocalDate effectiveDate, List<ProblemShape> problems) {

        TreatmentPlan toPlan() {
            TreatmentPlan plan = new TreatmentPlan();
            plan.setStrengths(strengths);
            plan.setPreferences(preferences);
            plan.setDischargeCriteria(dischargeCriteria);
            plan.setEffectiveDate(effectiveDate);
            if (problems != null) {
                problems.forEach(p -> plan.getProblems().add(p.toProblem()));
            }
            return plan;
        }
    }

    public record FindingView(String key, String path, String place, String message) {

        static FindingView of(Finding f) {
            return new FindingView(f.key(), f.path(), PlanPath.label(f.path(), bundle()), describe(f, bundle()));
        }
    }

    public record ChangeView(PlanDiff.ChangeKind kind, String path, String place, String field, String before, String after) {

        static ChangeView of(PlanDiff.Change c) {
            return new ChangeView(c.kind(), c.path(), PlanPath.label(c.path(), bundle()), c.field(), c.before(), c.after());
        }
    }

    public record Signing(long version, SignatureRole role, Long staffId, String guardianName, String overrideReason) {
    }

    public record Amendment(long version, String reason) {
    }

    public record Review(long version, LocalDate reviewedOn, String note) {
    }

    public record ReviewView(Long id, LocalDate reviewedOn, String reviewedBy, String note) {
    }

    public record DueView(String kind, Long episodeId, Long planId, String participant, String recordNumber, LocalDate due) {
    }

    /** A finding in words: where it is and what it is. */
    public static String describe(Finding f, ResourceBundle bundle) {
        List<Object> arguments = new ArrayList<>();
        arguments.add(PlanPath.label(f.path(), bundle));
        arguments.addAll(f.arguments());
        return MessageFormat.format(bundle.getString(f.key()), arguments.toArray());
    }

    private static ResourceBundle bundle() {
        return ResourceBundle.getBundle(TreatmentPlans.BUNDLE, Locale.ENGLISH);
    }

    private static String text(String key, Object... arguments) {
        return MessageFormat.format(bundle().getString(key), arguments);
    }
}
