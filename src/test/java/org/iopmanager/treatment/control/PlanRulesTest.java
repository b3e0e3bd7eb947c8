package org.iopmanager.treatment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.iopmanager.participant.entity.Track;
import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.platform.control.RuleViolations;
import org.iopmanager.staff.entity.StaffMember;
import org.iopmanager.treatment.entity.PlanIntervention;
import org.iopmanager.treatment.entity.PlanObjective;
import org.iopmanager.treatment.entity.PlanProblem;
import org.iopmanager.treatment.entity.PlanStatus;
import org.iopmanager.treatment.entity.SignatureRole;
import org.iopmanager.treatment.entity.TreatmentPlan;

class PlanRulesTest {

    private static final List<Finding> NONE = List.of();

    @Test
    void theParticipantAndTheClinicianMakeAnAdultPlanActive() {
        TreatmentPlan plan = Plans.copy(Plans.plan(3, 180));
        assertThat(sign(plan, SignatureRole.PARTICIPANT, null, null, Track.ADULT_IOP)).isFalse();
        assertThat(plan.getStatus()).as("the first signature locks the content").isEqualTo(PlanStatus.AWAITING_SIGNATURES);
        assertThat(sign(plan, SignatureRole.CLINICIAN, Plans.staff("Lead"), null, Track.ADULT_IOP)).isTrue();
        assertThat(PlanRules.required(plan)).containsExactlyInAnyOrder(SignatureRole.PARTICIPANT, SignatureRole.CLINICIAN);
        assertThat(plan.getParticipantSignedBy()).isEqualTo("clinician");
        assertThat(plan.getParticipantSignedAt()).isEqualTo(Plans.NOW);
        assertThatThrownBy(() -> sign(plan, SignatureRole.PARTICIPANT, null, null, Track.ADULT_IOP))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("plan.sign.already");
    }

    @Test
    void onTheAdolescentTrackAGuardianSignsByName() {
        TreatmentPlan plan = Plans.copy(Plans.plan(3, 120));
        assertThatThrownBy(() -> PlanRules.sign(plan, new PlanRules.Signature(SignatureRole.PARTICIPANT, "clinician", null,
                false, " ", null), Track.ADOLESCENT_IOP, NONE, Plans.NOW))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).getField()).isEqualTo("guardianName");
        PlanRules.sign(plan, new PlanRules.Signature(SignatureRole.PARTICIPANT, "clinician", null, false, " Pat Parent ",
                null), Track.ADOLESCENT_IOP, NONE, Plans.NOW);
        assertThat(plan.getGuardianName()).isEqualTo("Pat Parent");
    }

    @Test
    void aClinicianClearedByAnAssociateLicenceNeedsTheSupervisorOnRecordSigningAsAnotherUser() {
        StaffMember mentor = Plans.staff("Mentor");
        StaffMember associate = Plans.staff("Associate");
        associate.setSupervisor(mentor);
        associate.setSupervisionStart(Plans.TODAY.minusDays(30));
        TreatmentPlan plan = Plans.copy(Plans.plan(3, 180));
        assertThatThrownBy(() -> signAs(plan, SignatureRole.SUPERVISOR, "mentor", null, false))
                .hasMessageContaining("plan.sign.supervisor.afterClinician");
        signAs(plan, SignatureRole.PARTICIPANT, "clinician", null, false);
        assertThat(signAs(plan, SignatureRole.CLINICIAN, "clinician", associate, true)).isFalse();
        assertThat(PlanRules.required(plan)).contains(SignatureRole.SUPERVISOR);
        assertThat(plan.getSupervisorStaff()).as("who is to sign").isSameAs(mentor);

        assertThatThrownBy(() -> signAs(plan, SignatureRole.SUPERVISOR, "clinician", null, false))
                .as("the clinician's own user").isInstanceOf(RuleViolation.class)
                .hasMessageContaining("plan.sign.supervisor.sameUser")
                .extracting(e -> ((RuleViolation) e).getField()).isEqualTo("supervisor");
        assertThatThrownBy(() -> signAs(plan, SignatureRole.SUPERVISOR, "other", Plans.staff("Stranger"), false))
                .as("somebody else than the supervisor on record").hasMessageContaining("plan.sign.supervisor.notOnRecord");
        assertThat(plan.isSigned(SignatureRole.SUPERVISOR)).isFalse();

        assertThat(signAs(plan, SignatureRole.SUPERVISOR, "mentor", mentor, false)).isTrue();
        assertThat(plan.getSupervisorStaff()).isSameAs(mentor);
        assertThat(plan.getSupervisorSignedBy()).isEqualTo("mentor");
    }

    @Test
    void aFullyLicensedClinicianNeedsNoSupervisorEvenWithOneOnRecord() {
        StaffMember lead = Plans.staff("Lead");
        lead.setSupervisor(Plans.staff("Mentor"));
        lead.setSupervisionStart(Plans.TODAY.minusDays(30));
        TreatmentPlan plan = Plans.copy(Plans.plan(3, 180));
        signAs(plan, SignatureRole.PARTICIPANT, "clinician", null, false);

        assertThat(signAs(plan, SignatureRole.CLINICIAN, "clinician", lead, false))
                .as("what clears the clinician decides, not whether a supervisor is on record").isTrue();
        assertThat(plan.isSupervisorRequired()).isFalse();
        assertThat(plan.getSupervisorStaff()).isNull();
        assertThatThrownBy(() -> signAs(plan, SignatureRole.SUPERVISOR, "mentor", null, false))
                .hasMessageContaining("plan.sign.supervisor.notRequired");
    }

    @Test
    void anAssociateWithoutASupervisorOnRecordCannotSign() {
        TreatmentPlan plan = Plans.copy(Plans.plan(3, 180));
        assertThatThrownBy(() -> signAs(plan, SignatureRole.CLINICIAN, "clinician", Plans.staff("Associate"), true))
                .hasMessageContaining("plan.sign.supervisor.missing");
    }

    @Test
    void theClinicianSignsOverFindingsOnlyWithAReasonWhichIsKept() {
        TreatmentPlan plan = Plans.copy(Plans.plan(3, 180));
        List<Finding> findings = List.of(Finding.at("plan.quality.ownWords", "P1.G1"), Finding.at("plan.quality.dischargeCriteria", ""));
        assertThatThrownBy(() -> PlanRules.sign(plan, new PlanRules.Signature(SignatureRole.CLINICIAN, "clinician",
                Plans.staff("Lead"), false, null, ""), Track.ADULT_IOP, findings, Plans.NOW))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).getField()).isEqualTo("overrideReason");
        assertThat(plan.isSigned(SignatureRole.CLINICIAN)).isFalse();
        PlanRules.sign(plan, new PlanRules.Signature(SignatureRole.CLINICIAN, "clinician", Plans.staff("Lead"), false,
                null, "Participant declined to word the goal"), Track.ADULT_IOP, findings, Plans.NOW);
        assertThat(plan.getOverrideReason()).isEqualTo("Participant declined to word the goal");
        assertThat(plan.getOverriddenFindings()).isEqualTo("plan.quality.ownWords P1.G1\nplan.quality.dischargeCriteria");
    }

    @Test
    void anActivePlanIsLockedAndOnlyTheActiveVersionIsAmended() {
        TreatmentPlan plan = Plans.copy(Plans.plan(3, 180));
        PlanRules.requireEditable(plan);
        plan.activate(Plans.TODAY, CareStandard.DEFAULT.reviewDue(Plans.TODAY));
        assertThatThrownBy(() -> PlanRules.requireEditable(plan)).hasMessageContaining("plan.locked");
        assertThatThrownBy(() -> sign(plan, SignatureRole.PARTICIPANT, null, null, Track.ADULT_IOP)).hasMessageContaining("plan.locked");
        assertThatThrownBy(() -> PlanRules.requireAmendable(plan, true, "Level of care changed"))
                .hasMessageContaining("plan.amend.openExists");
        assertThatThrownBy(() -> PlanRules.requireAmendable(plan, false, " ")).hasMessageContaining("plan.amend.reason.required");
        PlanRules.requireAmendable(plan, false, "Level of care changed");
        plan.supersede();
        assertThatThrownBy(() -> PlanRules.requireAmendable(plan, false, "Again")).hasMessageContaining("plan.amend.notActive");
        assertThat(plan.getReviewDue()).as("a superseded version is due for nothing").isNull();
    }

    @Test
    void signingSetsTheReviewDayAndAReviewMovesItOn() {
        TreatmentPlan plan = Plans.copy(Plans.plan(3, 180));
        plan.activate(Plans.TODAY, CareStandard.DEFAULT.reviewDue(Plans.TODAY));
        assertThat(plan.getReviewDue()).isEqualTo(Plans.TODAY.plusDays(30));
        assertThat(plan.getEffectiveDate()).as("effective from signing unless set").isEqualTo(Plans.TODAY);
        plan.reviewed(Plans.TODAY.plusDays(28), CareStandard.DEFAULT.reviewDue(Plans.TODAY.plusDays(28)));
        assertThat(plan.getReviewDue()).isEqualTo(Plans.TODAY.plusDays(58));
        assertThat(plan.getLastReviewedOn()).isEqualTo(Plans.TODAY.plusDays(28));
    }

    @Test
    void anAmendmentCopiesTheContentAndKeepsTheReviewDayUntilSigned() {
        TreatmentPlan active = Plans.copy(Plans.plan(3, 180));
        active.activate(Plans.TODAY, Plans.TODAY.plusDays(30));
        TreatmentPlan amendment = new TreatmentPlan(active.getEpisode(), 2, "clinician", Plans.NOW);
        amendment.amends(active, "Stepped up to evening group", Plans.NOW);
        assertThat(amendment.getStatus()).isEqualTo(PlanStatus.DRAFT);
        assertThat(amendment.getReviewDue()).isEqualTo(Plans.TODAY.plusDays(30));
        assertThat(amendment.getEffectiveDate()).isNull();
        assertThat(PlanDiff.between(active, amendment)).extracting(PlanDiff.Change::field).containsExactly("effectiveDate");
        assertThat(amendment.getProblems().get(0)).isNotSameAs(active.getProblems().get(0));
        assertThat(amendment.getProblems().get(0).getPlan()).isSameAs(amendment);
    }

    @Test
    void everyMissingRequiredFieldIsRefusedNextToItsInput() {
        TreatmentPlan plan = Plans.plan(0, 3);
        plan.getProblems().add(new PlanProblem());
        PlanIntervention intervention = plan.getProblems().get(0).getGoals().get(0).getObjectives().get(0).getInterventions().get(0);
        intervention.setResponsibleStaff(null);
        assertThatThrownBy(() -> PlanRules.validate(plan)).isInstanceOfSatisfying(RuleViolations.class, e ->
                assertThat(e.getViolations()).extracting(RuleViolation::getField).containsExactly(
                        "problems:0:goals:0:objectives:0:interventions:0:staff",
                        "problems:0:goals:0:objectives:0:interventions:0:sessions",
                        "problems:0:goals:0:objectives:0:interventions:0:minutes",
                        "problems:1:dimension", "problems:1:statement"));
    }

    @Test
    void aNestedRowsTextOrDateThatCannotBeStoredIsRefusedNextToItsOwnInput() {
        TreatmentPlan plan = Plans.plan();
        PlanProblem problem = plan.getProblems().get(0);
        problem.setStatement("before\u0000after");
        problem.getGoals().get(0).setOwnWords("bell\u0007");
        problem.getGoals().get(0).getObjectives().get(0).setMeasure("broken\uD800pair");
        problem.getGoals().get(0).getObjectives().get(0).setTargetDate(java.time.LocalDate.of(1, 1, 1));
        assertThatThrownBy(() -> PlanRules.validate(plan)).isInstanceOfSatisfying(RuleViolations.class, e -> {
            assertThat(e.getViolations()).extracting(RuleViolation::getField).containsExactlyInAnyOrder(
                    "problems:0:statement", "problems:0:goals:0:ownWords", "problems:0:goals:0:objectives:0:measure",
                    "problems:0:goals:0:objectives:0:targetDate");
            assertThat(e.getViolations()).extracting(RuleViolation::getMessageKey).containsOnly("app.text.unstorable",
                    "app.date.range");
        });
    }

    @Test
    void aTargetDateFromTheYear1800ToTheYear9999AndWholeTextPass() {
        TreatmentPlan plan = Plans.plan();
        PlanObjective objective = plan.getProblems().get(0).getGoals().get(0).getObjectives().get(0);
        objective.setTargetDate(java.time.LocalDate.of(1800, 1, 1));
        objective.setMeasure("Tab\tand line\nbreaks, \uD83D\uDE00");
        PlanRules.validate(plan);
        objective.setTargetDate(java.time.LocalDate.of(9999, 12, 31));
        PlanRules.validate(plan);
        objective.setTargetDate(java.time.LocalDate.of(1799, 12, 31));
        assertThatThrownBy(() -> PlanRules.validate(plan)).isInstanceOf(RuleViolations.class);
        objective.setTargetDate(java.time.LocalDate.of(-1, 6, 1));
        assertThatThrownBy(() -> PlanRules.validate(plan)).isInstanceOf(RuleViolations.class);
    }

    private static boolean sign(TreatmentPlan plan, SignatureRole role, StaffMember staff, String reason, Track track) {
        return PlanRules.sign(plan, new PlanRules.Signature(role, "clinician", staff, false, null, reason), track, NONE,
                Plans.NOW);
    }

    private static boolean signAs(TreatmentPlan plan, SignatureRole role, String by, StaffMember staff,
            boolean supervisedPractice) {
        return PlanRules.sign(plan, new PlanRules.Signature(role, by, staff, supervisedPractice, null, null),
                Track.ADULT_IOP, NONE, Plans.NOW);
    }
}
