package org.iopmanager.staff.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.iopmanager.staff.entity.ClinicalService;
import org.iopmanager.staff.entity.Credential;
import org.iopmanager.staff.entity.CredentialKind;
import org.iopmanager.staff.entity.CredentialStatus;
import org.iopmanager.staff.entity.CredentialingState;
import org.iopmanager.staff.entity.StaffMember;

/**
 * May this staff member deliver this service at this site on this day? Yes only if they are active and work
 * there, are credentialed and not excluded, and hold a verified, unexpired credential whose type the
 * service-eligibility table allows for the service (with the second credential the table may require, such
 * as a DEA registration for medication management); an associate licence counts only while a supervisor is on
 * record. A no always says every reason, so the office knows everything that must be fixed.
 *
 * @param rule how credential statuses are derived
 * @param eligibility for each credential type code, the services it allows and what second kind each needs
 */
public record ClearanceRule(CredentialStatusRule rule, Map<String, Map<ClinicalService, CredentialKind>> eligibility) {

    /** A kind placeholder for "no second credential needed" (maps cannot hold null values). */
    public static final CredentialKind NONE = CredentialKind.OTHER;

    public Clearance decide(StaffMember staff, Collection<Credential> credentials, ClinicalService service, Long siteId,
            LocalDate day) {
        List<Clearance.Reason> against = new ArrayList<>();
        if (!staff.isActive()) {
            against.add(new Clearance.Reason("clearance.inactive"));
        }
        if (!staff.worksAt(siteId)) {
            against.add(new Clearance.Reason("clearance.notAtSite"));
        }
        if (staff.isExcluded()) {
            against.add(new Clearance.Reason("clearance.excluded"));
        }
        CredentialingState state = staff.credentialingOn(day);
        if (state != CredentialingState.CREDENTIALED) {
            against.add(new Clearance.Reason("clearance.credentialing." + state.name()));
        }
        Clearance.Reason allowedBy = null;
        List<Clearance.Reason> credentialReasons = new ArrayList<>();
        boolean anyEligibleType = false;
        for (Credential credential : credentials) {
            if (!credential.isActive()) {
                continue;
            }
            CredentialKind needs = eligibility.getOrDefault(credential.getType().getCode(), Map.of()).get(service);
            if (needs == null) {
                continue;
            }
            anyEligibleType = true;
            Clearance.Reason refusal = refusal(staff, credentials, credential, needs, day);
            if (refusal != null) {
                credentialReasons.add(refusal);
                continue;
            }
            allowedBy = new Clearance.Reason("clearance.allowedBy", label(credential), credential.getExpiryDate());
            break;
        }
        if (allowedBy == null) {
            against.add(anyEligibleType ? new Clearance.Reason("clearance.noVerifiedCredential")
                    : new Clearance.Reason("clearance.noEligibleType", service));
            against.addAll(credentialReasons);
        }
        if (against.isEmpty()) {
            return new Clearance(service, day, true, List.of(allowedBy));
        }
        return new Clearance(service, day, false, against);
    }

    /**
     * Whether the staff member is cleared for the service only by associate licences, so that what they sign
     * needs their supervisor's signature too; false when they are not cleared or a full credential clears them.
     */
    public boolean clearedOnlyUnderSupervision(StaffMember staff, Collection<Credential> credentials,
            ClinicalService service, Long siteId, LocalDate day) {
        if (!decide(staff, credentials, service, siteId, day).allowed()) {
            return false;
        }
        return credentials.stream().filter(Credential::isActive).filter(c -> {
            CredentialKind needs = eligibility.getOrDefault(c.getType().getCode(), Map.of()).get(service);
            return needs != null && refusal(staff, credentials, c, needs, day) == null;
        }).allMatch(c -> c.getType().isSupervised());
    }

    /** Why this credential does not clear for a service needing {@code needs} beside it (null: it clears). */
    private Clearance.Reason refusal(StaffMember staff, Collection<Credential> credentials, Credential credential,
            CredentialKind needs, LocalDate day) {
        String label = label(credential);
        CredentialStatus status = credential.statusOn(rule, day);
        if (!status.countsAsVerified()) {
            return new Clearance.Reason("clearance.credential.status", label, status);
        }
        if (credential.getType().isSupervised() && !staff.supervisedOn(day)) {
            return new Clearance.Reason("clearance.credential.unsupervised", label);
        }
        if (credential.getType().isSupervised() && !fitToSupervise(staff.getSupervisor())) {
            return new Clearance.Reason("clearance.credential.supervisorUnfit", label);
        }
        if (needs != NONE && !holdsVerified(credentials, needs, day)) {
            return new Clearance.Reason("clearance.credential.needsKind", label, needs);
        }
        return null;
    }

    private static String label(Credential credential) {
        return credential.getType().getCode() + " " + credential.getNumber();
    }

    private static boolean fitToSupervise(StaffMember supervisor) {
        return supervisor.isActive() && !supervisor.isExcluded();
    }

    private boolean holdsVerified(Collection<Credential> credentials, CredentialKind kind, LocalDate day) {
        return credentials.stream().anyMatch(c -> c.isActive() && c.getKind() == kind && c.statusOn(rule, day).countsAsVerified());
    }
}
