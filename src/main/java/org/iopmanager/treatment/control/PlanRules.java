package org.iopmanager.treatment.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.iopmanager.participant.entity.Track;
import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.platform.control.RuleViolations;
import org.iopmanager.platform.control.Unstorable;
import org.iopmanager.staff.entity.StaffMember;
import org.iopmanager.treatment.entity.PlanGoal;
import org.iopmanager.treatment.entity.PlanIntervention;
import org.iopmanager.treatment.entity.PlanObjective;
import org.iopmanager.treatment.entity.PlanProblem;
import org.iopmanager.treatment.entity.PlanStatus;
import org.iopmanager.treatment.entity.SignatureRole;
import org.iopmanager.treatment.entity.TreatmentPlan;

/**
 * The rules of a plan's life: only a version not yet active may change (a change drops the signatures it had, since
 * they signed other words); an active plan changes only by an amendment, one open version at a time; a version is
 * active once the participant (a named guardian on the adolescent track), the responsible clinician and, where the
 * credential that clears the clinician is an associate (supervised) licence, the clinician's supervisor on record
 * have signed; the supervisor's signature comes from another user than the clinician's; the clinician signs over
 * quality findings only with a reason.
 */
public final class PlanRules {

    public static final int MAX_SESSIONS = 14;
    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 480;

    private PlanRules() {
    }

    public static void requireEditable(TreatmentPlan plan) {
        if (!plan.getStatus().isOpen()) {
            throw new RuleViolation("plan.locked", plan.getVersionNumber());
        }
    }

    /** Every required field of the content, each refusal next to its input. */
    public static void validate(TreatmentPlan content) {
        List<RuleViolation> violations = new ArrayList<>();
        int p = 0;
        for (PlanProblem problem : content.getProblems()) {
            String problemPath = PlanPath.child("", 'P', ++p);
            required(violations, problemPath, "dimension", problem.getDimension());
            required(violations, problemPath, "statement", problem.getStatement());
            storable(violations, problemPath, problem);
            int g = 0;
            for (PlanGoal goal : problem.getGoals()) {
                String goalPath = PlanPath.child(problemPath, 'G', ++g);
                required(violations, goalPath, "statement", goal.getStatement());
                storable(violations, goalPath, goal);
                int o = 0;
                for (PlanObjective objective : goal.getObjectives()) {
                    String objectivePath = PlanPath.child(goalPath, 'O', ++o);
                    required(violations, objectivePath, "text", objective.getText());
                    storable(violations, objectivePath, objective);
                    int i = 0;
                    for (PlanIntervention intervention : objective.getInterventions()) {
                        interventionRules(violations, PlanPath.child(objectivePath, 'I', ++i), intervention);
                    }
                }
            }
        }
        RuleViolations.throwIfAny(violations);
    }

    private static void interventionRules(List<RuleViolation> violations, String path, PlanIntervention intervention) {
        required(violations, path, "modality", intervention.getModality());
        required(violations, path, "staff", intervention.getStaffId());
        Integer sessions = intervention.getSessionsPerWeek();
        if (sessions == null || sessions < 1 || sessions > MAX_SESSIONS) {
            violations.add(RuleViolation.onField(PlanPath.field(path, "sessions"), "plan.intervention.sessions.range",
                    MAX_SESSIONS));
        }
        Integer minutes = intervention.getMinutesPerSession();
        if (minutes == null || minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            violations.add(RuleViolation.onField(PlanPath.field(path, "minutes"), "plan.intervention.minutes.range",
                    MIN_MINUTES, MAX_MINUTES));
        }
    }

    /**
     * A nested row's text and dates can be stored ({@code @Storable}), each refusal on the row's own input: the row's
     * insert checks them too, but names only the row's field ({@code statement}), which no input of the page is, so the
     * page showed no message beside any field and kept the old text, as if the new one had been saved altered.
     */
    private static void storable(List<RuleViolation> violations, String path, Object row) {
        violations.addAll(Unstorable.of(row, field -> PlanPath.field(path, field)));
    }

    private static void required(List<RuleViolation> violations, String path, String input, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            violations.add(RuleViolation.onField(PlanPath.field(path, input), "plan.required"));
        }
    }

    /** An amendment starts from the active version only, and only while no other version is open. */
    public static void requireAmendable(TreatmentPlan plan, boolean openVersionExists, String reason) {
        if (plan.getStatus() != PlanStatus.ACTIVE) {
            throw new RuleViolation("plan.amend.notActive");
        }
        if (openVersionExists) {
            throw new RuleViolation("plan.amend.openExists");
        }
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.onField("amendmentReason", "plan.amend.reason.required");
        }
    }

    /** The signatures a version needs, given who signed as clinician (null: not yet known). */
    public static Set<SignatureRole> required(TreatmentPlan plan) {
        Set<SignatureRole> roles = EnumSet.of(SignatureRole.PARTICIPANT, SignatureRole.CLINICIAN);
        if (plan.isSupervisorRequired()) {
            roles.add(SignatureRole.SUPERVISOR);
        }
        return roles;
    }

    /**
     * Records one signature and answers whether the version is now fully signed. The first signature locks the
     * version's content (awaiting signatures).
     */
    public static boolean sign(TreatmentPlan plan, Signature signature, Track track, List<Finding> findings, Instant at) {
        requireEditable(plan);
        if (plan.isSigned(signature.role())) {
            throw new RuleViolation("plan.sign.already");
        }
        switch (signature.role()) {
            case PARTICIPANT -> {
                String guardian = signature.guardianName() == null || signature.guardianName().isBlank() ? null
                        : signature.guardianName().strip();
                if (track == Track.ADOLESCENT_IOP && guardian == null) {
                    throw RuleViolation.onField("guardianName", "plan.sign.guardian.required");
                }
                plan.signAsParticipant(signature.by(), guardian, at);
            }
            case CLINICIAN -> {
                if (signature.staff() == null) {
                    throw RuleViolation.onField("clinician", "plan.sign.clinician.required");
                }
                String reason = signature.overrideReason() == null || signature.overrideReason().isBlank() ? null
                        : signature.overrideReason().strip();
                if (!findings.isEmpty() && reason == null) {
                    throw RuleViolation.onField("overrideReason", "plan.sign.findings", findings.size());
                }
                boolean supervised = signature.supervisedPractice();
                if (supervised && signature.staff().getSupervisor() == null) {
                    throw RuleViolation.onField("clinician", "plan.sign.supervisor.missing");
                }
                plan.signAsClinician(signature.staff(), supervised, signature.by(), at);
                if (!findings.isEmpty()) {
                    plan.overrideFindings(reason, PlanQuality.summary(findings));
                }
            }
            case SUPERVISOR -> {
                if (!plan.isSigned(SignatureRole.CLINICIAN)) {
                    throw new RuleViolation("plan.sign.supervisor.afterClinician");
                }
                if (!plan.isSupervisorRequired()) {
                    throw new RuleViolation("plan.sign.supervisor.notRequired");
                }
                StaffMember supervisor = supervisorOf(plan, signature);
                plan.signAsSupervisor(supervisor, signature.by(), at);
            }
        }
        plan.awaitSignatures();
        return plan.isFullySigned();
    }

    /**
     * The supervisor who signs: the clinician's supervisor on the staff record (the one named, if any, must be
     * them), signing as another user than the one who signed as clinician (a second pair of eyes, not a second click).
     */
    private static StaffMember supervisorOf(TreatmentPlan plan, Signature signature) {
        if (signature.by().equals(plan.getClinicianSignedBy())) {
            throw RuleViolation.onField("supervisor", "plan.sign.supervisor.sameUser");
        }
        StaffMember onRecord = plan.getClinicianStaff().getSupervisor();
        if (onRecord == null) {
            throw RuleViolation.onField("supervisor", "plan.sign.supervisor.missing");
        }
        if (signature.staff() != null && !signature.staff().equals(onRecord)) {
            throw RuleViolation.onField("supervisor", "plan.sign.supervisor.notOnRecord", onRecord.getFullName());
        }
        return onRecord;
    }

    /**
     * One signature as given: the role, the signing user, and what that role brings (the clinician, and whether an
     * associate licence is what clears them; the supervisor named, if any).
     */
    public record Signature(SignatureRole role, String by, StaffMember staff, boolean supervisedPractice,
            String guardianName, String overrideReason) {
    }
}
