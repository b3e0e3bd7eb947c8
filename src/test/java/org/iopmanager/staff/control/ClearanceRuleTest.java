package org.iopmanager.staff.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.site.entity.Site;
import org.iopmanager.staff.entity.ClinicalService;
import org.iopmanager.staff.entity.Credential;
import org.iopmanager.staff.entity.CredentialKind;
import org.iopmanager.staff.entity.CredentialType;
import org.iopmanager.staff.entity.CredentialingDecision;
import org.iopmanager.staff.entity.DecisionKind;
import org.iopmanager.staff.entity.DecisionOutcome;
import org.iopmanager.staff.entity.StaffMember;
import org.iopmanager.staff.entity.Verification;
import org.iopmanager.staff.entity.VerificationMethod;
import org.iopmanager.staff.entity.VerificationOutcome;
import org.iopmanager.staff.entity.VerificationSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClearanceRuleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final CredentialStatusRule STATUS = new CredentialStatusRule(120, 90);

    Site boston;
    Site chicago;
    StaffMember staff;
    List<Credential> credentials;
    ClearanceRule rule;

    @BeforeEach
    void setUp() {
        boston = withId(new Site("BOS", "Boston", ZoneId.of("America/New_York")), 1L);
        chicago = withId(new Site("CHI", "Chicago", ZoneId.of("America/Chicago")), 2L);
        staff = new StaffMember(Instant.EPOCH);
        staff.setSites(Set.of(boston));
        decide(staff, TODAY.minusYears(1), DecisionOutcome.APPROVED);
        credentials = new ArrayList<>();
        Map<String, Map<ClinicalService, CredentialKind>> table = Map.of(
                "LCSW", services(ClinicalService.INDIVIDUAL_COUNSELLING, ClinicalService.GROUP_THERAPY),
                "LPC-A", services(ClinicalService.INDIVIDUAL_COUNSELLING),
                "MD", Map.of(ClinicalService.MEDICATION_MANAGEMENT, CredentialKind.DEA_REGISTRATION),
                "CPRS", services(ClinicalService.EDUCATIONAL_WORKSHOP));
        rule = new ClearanceRule(STATUS, table);
    }

    @Test
    void aCredentialedClinicianWithAVerifiedLicenceMayDeliverWhatItAllows() {
        credentials.add(credential("LCSW", CredentialKind.STATE_LICENCE, false, VerificationOutcome.VERIFIED));

        Clearance answer = rule.decide(staff, credentials, ClinicalService.GROUP_THERAPY, 1L, TODAY);

        assertThat(answer.allowed()).isTrue();
        assertThat(answer.reasons()).extracting(Clearance.Reason::key).containsExactly("clearance.allowedBy");
    }

    @Test
    void aServiceTheCredentialDoesNotAllowIsRefusedWithTheService() {
        credentials.add(credential("LCSW", CredentialKind.STATE_LICENCE, false, VerificationOutcome.VERIFIED));

        Clearance answer = rule.decide(staff, credentials, ClinicalService.MEDICATION_MANAGEMENT, 1L, TODAY);

        assertThat(answer.allowed()).isFalse();
        assertThat(answer.reasons()).containsExactly(new Clearance.Reason("clearance.noEligibleType",
                ClinicalService.MEDICATION_MANAGEMENT));
    }

    @Test
    void everyReasonIsGivenAtOnce() {
        credentials.add(credential("LCSW", CredentialKind.STATE_LICENCE, false, null));
        staff.setExcluded(true);
        staff.setLatestDecision(null);

        Clearance answer = rule.decide(staff, credentials, ClinicalService.GROUP_THERAPY, 2L, TODAY);

        assertThat(answer.allowed()).isFalse();
        assertThat(answer.reasons()).extracting(Clearance.Reason::key).containsExactly("clearance.notAtSite",
                "clearance.excluded", "clearance.credentialing.PENDING", "clearance.noVerifiedCredential",
                "clearance.credential.status");
    }

    @Test
    void aLapsedRecredentialingBlocksOnItsDueDayNotTheDayAfter() {
        credentials.add(credential("LCSW", CredentialKind.STATE_LICENCE, false, VerificationOutcome.VERIFIED));
        decide(staff, TODAY.minusMonths(36), DecisionOutcome.APPROVED);

        assertThat(rule.decide(staff, credentials, ClinicalService.GROUP_THERAPY, 1L, TODAY.minusDays(1)).allowed()).isTrue();
        Clearance due = rule.decide(staff, credentials, ClinicalService.GROUP_THERAPY, 1L, TODAY);
        assertThat(due.allowed()).isFalse();
        assertThat(due.reasons()).extracting(Clearance.Reason::key).containsExactly("clearance.credentialing.LAPSED");
    }

    @Test
    void medicationManagementNeedsAVerifiedDeaBesideTheLicence() {
        credentials.add(credential("MD", CredentialKind.STATE_LICENCE, false, VerificationOutcome.VERIFIED));

        Clearance without = rule.decide(staff, credentials, ClinicalService.MEDICATION_MANAGEMENT, 1L, TODAY);
        assertThat(without.allowed()).isFalse();
        assertThat(without.reasons()).extracting(Clearance.Reason::key).contains("clearance.credential.needsKind");

        credentials.add(credential("DEA", CredentialKind.DEA_REGISTRATION, false, VerificationOutcome.VERIFIED));
        assertThat(rule.decide(staff, credentials, ClinicalService.MEDICATION_MANAGEMENT, 1L, TODAY).allowed()).isTrue();
    }

    @Test
    void anAssociateLicenceCountsOnlyWhileSupervised() {
        credentials.add(credential("LPC-A", CredentialKind.STATE_LICENCE, true, VerificationOutcome.VERIFIED));

        Clearance unsupervised = rule.decide(staff, credentials, ClinicalService.INDIVIDUAL_COUNSELLING, 1L, TODAY);
        assertThat(unsupervised.allowed()).isFalse();
        assertThat(unsupervised.reasons()).extracting(Clearance.Reason::key).contains("clearance.credential.unsupervised");

        StaffMember supervisor = new StaffMember(Instant.EPOCH);
        staff.setSupervisor(supervisor);
        staff.setSupervisionStart(TODAY.minusDays(30));
        staff.setSupervisionEnd(TODAY);
        assertThat(rule.decide(staff, credentials, ClinicalService.INDIVIDUAL_COUNSELLING, 1L, TODAY).allowed()).isTrue();
        supervisor.setExcluded(true);
        assertThat(rule.decide(staff, credentials, ClinicalService.INDIVIDUAL_COUNSELLING, 1L, TODAY).reasons())
                .extracting(Clearance.Reason::key).contains("clearance.credential.supervisorUnfit");
        supervisor.setExcluded(false);
        assertThat(rule.decide(staff, credentials, ClinicalService.INDIVIDUAL_COUNSELLING, 1L, TODAY.plusDays(1)).allowed())
                .isFalse();
    }

    @Test
    void anAssociateIsClearedOnlyUnderSupervisionUnlessAFullLicenceClearsToo() {
        credentials.add(credential("LPC-A", CredentialKind.STATE_LICENCE, true, VerificationOutcome.VERIFIED));
        assertThat(rule.clearedOnlyUnderSupervision(staff, credentials, ClinicalService.INDIVIDUAL_COUNSELLING, 1L, TODAY))
                .as("not cleared at all without a supervisor").isFalse();

        staff.setSupervisor(new StaffMember(Instant.EPOCH));
        staff.setSupervisionStart(TODAY.minusDays(30));
        assertThat(rule.clearedOnlyUnderSupervision(staff, credentials, ClinicalService.INDIVIDUAL_COUNSELLING, 1L, TODAY))
                .isTrue();

        credentials.add(credential("LCSW", CredentialKind.STATE_LICENCE, false, VerificationOutcome.VERIFIED));
        assertThat(rule.clearedOnlyUnderSupervision(staff, credentials, ClinicalService.INDIVIDUAL_COUNSELLING, 1L, TODAY))
                .as("the full licence clears on its own").isFalse();
    }

    @Test
    void aFullLicenceNeedsNoSupervision() {
        credentials.add(credential("LCSW", CredentialKind.STATE_LICENCE, false, VerificationOutcome.VERIFIED));
        staff.setSupervisor(new StaffMember(Instant.EPOCH));
        staff.setSupervisionStart(TODAY.minusDays(30));

        assertThat(rule.clearedOnlyUnderSupervision(staff, credentials, ClinicalService.INDIVIDUAL_COUNSELLING, 1L, TODAY))
                .as("a supervisor on record does not make a full licensee an associate").isFalse();
    }

    @Test
    void aDiscrepancyAtTheBoardBlocksAndSaysSo() {
        credentials.add(credential("LCSW", CredentialKind.STATE_LICENCE, false, VerificationOutcome.DISCREPANCY));

        Clearance answer = rule.decide(staff, credentials, ClinicalService.GROUP_THERAPY, 1L, TODAY);

        assertThat(answer.allowed()).isFalse();
        assertThat(answer.reasons()).extracting(Clearance.Reason::key)
                .containsExactly("clearance.noVerifiedCredential", "clearance.credential.status");
    }

    @Test
    void aRetiredCredentialDoesNotCount() {
        Credential retired = credential("CPRS", CredentialKind.CERTIFICATION, false, VerificationOutcome.VERIFIED);
        retired.setActive(false);
        credentials.add(retired);

        assertThat(rule.decide(staff, credentials, ClinicalService.EDUCATIONAL_WORKSHOP, 1L, TODAY).allowed()).isFalse();
    }

    @Test
    void anInactiveStaffMemberIsNeverCleared() {
        credentials.add(credential("LCSW", CredentialKind.STATE_LICENCE, false, VerificationOutcome.VERIFIED));
        staff.setActive(false);

        Clearance answer = rule.decide(staff, credentials, ClinicalService.GROUP_THERAPY, 1L, TODAY);

        assertThat(answer.allowed()).isFalse();
        assertThat(answer.reasons()).extracting(Clearance.Reason::key).containsExactly("clearance.inactive");
    }

    private static Map<ClinicalService, CredentialKind> services(ClinicalService... services) {
        Map<ClinicalService, CredentialKind> allowed = new EnumMap<>(ClinicalService.class);
        for (ClinicalService service : services) {
            allowed.put(service, ClearanceRule.NONE);
        }
        return allowed;
    }

    private Credential credential(String code, CredentialKind kind, boolean supervised, VerificationOutcome outcome) {
        CredentialType type = new CredentialType();
        type.setCode(code);
        type.setKind(kind);
        type.setSupervised(supervised);
        Credential draft = new Credential();
        draft.setType(type);
        draft.setNumber(code + "-1");
        draft.setIssuer("Board");
        draft.setExpiryDate(TODAY.plusYears(2));
        Credential credential = new Credential(staff, Instant.EPOCH);
        credential.copyDetailsFrom(draft);
        if (outcome != null) {
            Verification what = new Verification();
            what.setOutcome(outcome);
            what.setVerifiedOn(TODAY.minusDays(10));
            what.setSource(VerificationSource.ISSUING_BOARD);
            what.setMethod(VerificationMethod.ONLINE_LOOKUP);
            Verification verification = new Verification(credential, "tester", Instant.EPOCH);
            verification.copyDetailsFrom(what);
            credential.verified(verification);
        }
        credential.refreshAttention(STATUS, TODAY.minusDays(10));
        return credential;
    }

    private static void decide(StaffMember staff, LocalDate on, DecisionOutcome outcome) {
        CredentialingDecision draft = new CredentialingDecision();
        draft.setOutcome(outcome);
        draft.setDecidedOn(on);
        CredentialingDecision decision = new CredentialingDecision(staff, DecisionKind.INITIAL, "tester", Instant.EPOCH);
        decision.copyDetailsFrom(draft);
        decision.setRecredentialDue(CredentialingCycle.DEFAULT.recredentialDue(on));
        staff.setLatestDecision(decision);
    }

    static <T extends BaseEntity> T withId(T entity, Long id) {
        try {
            Field field = BaseEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
