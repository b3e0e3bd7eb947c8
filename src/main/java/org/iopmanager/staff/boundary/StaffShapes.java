package org.iopmanager.staff.boundary;

import java.time.LocalDate;
import java.util.List;

import org.iopmanager.audit.entity.AuditEntry;
import org.iopmanager.site.entity.Site;
import org.iopmanager.staff.control.Clearance;
import org.iopmanager.staff.control.CredentialStatusRule;
import org.iopmanager.staff.entity.ClinicalService;
import org.iopmanager.staff.entity.Credential;
import org.iopmanager.staff.entity.CredentialKind;
import org.iopmanager.staff.entity.CredentialStatus;
import org.iopmanager.staff.entity.CredentialingDecision;
import org.iopmanager.staff.entity.CredentialingState;
import org.iopmanager.staff.entity.DecisionKind;
import org.iopmanager.staff.entity.DecisionOutcome;
import org.iopmanager.staff.entity.EmploymentStatus;
import org.iopmanager.staff.entity.ServiceEligibility;
import org.iopmanager.staff.entity.StaffMember;
import org.iopmanager.staff.entity.SupervisedHours;
import org.iopmanager.staff.entity.Verification;
import org.iopmanager.staff.entity.VerificationMethod;
import org.iopmanager.staff.entity.VerificationOutcome;
import org.iopmanager.staff.entity.VerificationSource;
import org.iopmanager.staff.entity.WorkReason;

/** How staff, credentials, verifications and clearance look over HTTP: their own shapes, never the entities. */
public final class StaffShapes {

    private StaffShapes() {
    }

    public record StaffView(Long id, long version, String firstName, String middleName, String lastName, LocalDate dateOfBirth,
            String npi, String email, String discipline, Long homeSiteId, List<Long> siteIds, Long supervisorId,
            EmploymentStatus employmentStatus, LocalDate employmentStart, LocalDate employmentEnd, boolean active,
            boolean excluded, CredentialingState credentialing, LocalDate recredentialDue) {

        static StaffView of(StaffMember s, LocalDate today) {
            return new StaffView(s.getId(), s.getVersion(), s.getFirstName(), s.getMiddleName(), s.getLastName(),
                    s.getDateOfBirth(), s.getNpi(), s.getEmail(), s.getDiscipline().getCode(), s.getHomeSite().getId(),
                    s.getSites().stream().map(Site::getId).sorted().toList(),
                    s.getSupervisor() == null ? null : s.getSupervisor().getId(), s.getEmploymentStatus(),
                    s.getEmploymentStart(), s.getEmploymentEnd(), s.isActive(), s.isExcluded(), s.credentialingOn(today),
                    s.getLatestDecision() == null ? null : s.getLatestDecision().getRecredentialDue());
        }
    }

    /** A staff member as a client sends it; relations by id, the reason for the change alongside. */
    public record StaffEdit(long version, String firstName, String middleName, String lastName, LocalDate dateOfBirth,
            String npi, String email, Long disciplineId, Long homeSiteId, List<Long> siteIds, Long supervisorId,
            LocalDate supervisionStart, LocalDate supervisionEnd, EmploymentStatus employmentStatus,
            LocalDate employmentStart, LocalDate employmentEnd, String reason) {

        StaffMember toStaff() {
            StaffMember staff = new StaffMember();
            staff.setFirstName(firstName);
            staff.setMiddleName(middleName);
            staff.setLastName(lastName);
            staff.setDateOfBirth(dateOfBirth);
            staff.setNpi(npi);
            staff.setEmail(email);
            staff.setSupervisionStart(supervisionStart);
            staff.setSupervisionEnd(supervisionEnd);
            staff.setEmploymentStatus(employmentStatus == null ? EmploymentStatus.ACTIVE : employmentStatus);
            staff.setEmploymentStart(employmentStart);
            staff.setEmploymentEnd(employmentEnd);
            return staff;
        }

        StaffLinks links() {
            return new StaffLinks(disciplineId, homeSiteId, siteIds, supervisorId);
        }
    }

    public record CredentialView(Long id, long version, Long staffId, String type, CredentialKind kind, String number,
            String issuer, String state, LocalDate issueDate, LocalDate expiryDate, String restrictions, boolean active,
            CredentialStatus status, LocalDate verifiedOn, VerificationOutcome verifiedOutcome, String claimedBy) {

        static CredentialView of(Credential c, CredentialStatusRule rule, LocalDate today) {
            return new CredentialView(c.getId(), c.getVersion(), c.getStaff().getId(), c.getType().getCode(), c.getKind(),
                    c.getNumber(), c.getIssuer(), c.getState(), c.getIssueDate(), c.getExpiryDate(), c.getRestrictions(),
                    c.isActive(), c.statusOn(rule, today), c.getVerifiedOn(), c.getVerifiedOutcome(), c.getClaimedBy());
        }
    }

    public record CredentialEdit(long version, Long typeId, String number, String issuer, String state, LocalDate issueDate,
            LocalDate expiryDate, String restrictions, String reason) {

        Credential toCredential() {
            Credential credential = new Credential();
            credential.setNumber(number);
            credential.setIssuer(issuer);
            credential.setState(state);
            credential.setIssueDate(issueDate);
            credential.setExpiryDate(expiryDate);
            credential.setRestrictions(restrictions);
            return credential;
        }
    }

    public record VerificationEdit(long credentialVersion, VerificationSource source, VerificationMethod method,
            LocalDate verifiedOn, VerificationOutcome outcome, String reference, String note) {

        Verification toVerification() {
            Verification verification = new Verification();
            verification.setSource(source);
            verification.setMethod(method);
            verification.setVerifiedOn(verifiedOn);
            verification.setOutcome(outcome);
            verification.setReference(reference);
            verification.setNote(note);
            return verification;
        }
    }

    public record VerificationView(Long id, Long credentialId, VerificationSource source, VerificationMethod method,
            LocalDate verifiedOn, String verifiedBy, VerificationOutcome outcome, String reference, String note) {

        static VerificationView of(Verification v) {
            return new VerificationView(v.getId(), v.getCredential().getId(), v.getSource(), v.getMethod(), v.getVerifiedOn(),
                    v.getVerifiedBy(), v.getOutcome(), v.getReference(), v.getNote());
        }
    }

    public record ReasonView(String key, List<String> arguments) {

        static ReasonView of(Clearance.Reason reason) {
            return new ReasonView(reason.key(), reason.argumentList().stream().map(String::valueOf).toList());
        }
    }

    public record ClearanceView(ClinicalService service, LocalDate day, boolean allowed, List<ReasonView> reasons) {

        static ClearanceView of(Clearance clearance) {
            return new ClearanceView(clearance.service(), clearance.day(), clearance.allowed(),
                    clearance.reasons().stream().map(ReasonView::of).toList());
        }
    }

    public record WorkItemView(Long credentialId, long version, Long staffId, String staffName, String type, String number,
            LocalDate blocksOn, WorkReason reason, CredentialStatus status, boolean blocking, String claimedBy) {

        static WorkItemView of(WorkItem item) {
            Credential c = item.credential();
            return new WorkItemView(c.getId(), c.getVersion(), c.getStaff().getId(),
                    c.getStaff().getLastName() + ", " + c.getStaff().getFirstName(), c.getType().getCode(), c.getNumber(),
                    c.getAttentionDate(), item.reason(), item.status(), item.blocking(), c.getClaimedBy());
        }
    }

    public record DecisionEdit(long staffVersion, DecisionOutcome outcome, LocalDate decidedOn, String conditions,
            LocalDate notifiedOn, String reason) {

        CredentialingDecision toDecision() {
            CredentialingDecision decision = new CredentialingDecision();
            decision.setOutcome(outcome);
            decision.setDecidedOn(decidedOn);
            decision.setConditions(conditions);
            decision.setNotifiedOn(notifiedOn);
            return decision;
        }
    }

    public record DecisionView(Long id, long version, DecisionKind kind, DecisionOutcome outcome, LocalDate decidedOn,
            String decidedBy, String conditions, LocalDate notifiedOn, LocalDate recredentialDue) {

        static DecisionView of(CredentialingDecision d) {
            return new DecisionView(d.getId(), d.getVersion(), d.getKind(), d.getOutcome(), d.getDecidedOn(), d.getDecidedBy(),
                    d.getConditions(), d.getNotifiedOn(), d.getRecredentialDue());
        }
    }

    public record HistoryView(java.time.Instant at, String actor, String action, String entityType, String entityId,
            String reason, String detail) {

        static HistoryView of(AuditEntry e) {
            return new HistoryView(e.getAt(), e.getActor(), e.getAction().name(), e.getEntityType(), e.getEntityId(),
                    e.getReason(), e.getDetail());
        }
    }

    public record HoursEdit(LocalDate workedOn, java.math.BigDecimal hours, String note) {

        SupervisedHours toHours() {
            SupervisedHours hours = new SupervisedHours();
            hours.setWorkedOn(workedOn);
            hours.setHours(this.hours);
            hours.setNote(note);
            return hours;
        }
    }

    public record HoursView(Long id, LocalDate workedOn, java.math.BigDecimal hours, Long supervisorId, String note,
            String recordedBy) {

        static HoursView of(SupervisedHours h) {
            return new HoursView(h.getId(), h.getWorkedOn(), h.getHours(), h.getSupervisor().getId(), h.getNote(),
                    h.getRecordedBy());
        }
    }

    public record EligibilityView(Long id, String type, ClinicalService service, CredentialKind requiresKind) {

        static EligibilityView of(ServiceEligibility e) {
            return new EligibilityView(e.getId(), e.getCredentialType().getCode(), e.getService(), e.getRequiresKind());
        }
    }

    public record EligibilityEdit(Long typeId, ClinicalService service, CredentialKind requiresKind) {
    }
}
