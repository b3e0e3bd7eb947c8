package org.iopmanager.staff.boundary;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.audit.control.AuditContext;
import org.iopmanager.document.boundary.Documents;
import org.iopmanager.document.entity.Document;
import org.iopmanager.platform.control.NotFound;
import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.platform.control.Versions;
import org.iopmanager.security.entity.Role;
import org.iopmanager.staff.control.CredentialStatusRule;
import org.iopmanager.staff.control.StaffScope;
import org.iopmanager.staff.entity.Credential;
import org.iopmanager.staff.entity.CredentialType;
import org.iopmanager.staff.entity.StaffMember;

/**
 * The credentials of staff members. The credentialing office and provider administrators keep them, with a
 * reason for every change; site administrators (of the holder's sites) and auditors read them. Evidence
 * files live at the holder's home site.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.CREDENTIALING_NAME, Role.SITE_ADMIN_NAME, Role.AUDITOR_NAME})
public class Credentials {

    public static final String OWNER_TYPE = "Credential";

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    StaffScope staffScope;

    @Inject
    Versions versions;

    @Inject
    AuditContext auditContext;

    @Inject
    CredentialStatusRule rule;

    @Inject
    Documents documents;

    @Inject
    Clock clock;

    public List<CredentialType> types() {
        return em.createQuery("select t from CredentialType t where t.active = true order by t.kind, t.code",
                CredentialType.class).getResultList();
    }

    /** Every credential of a staff member, active ones first, then by kind and expiry. */
    public List<Credential> forStaff(Long staffId) {
        StaffMember staff = staffScope.check(staffId == null ? null : em.find(StaffMember.class, staffId), staffId);
        return em.createQuery("select c from Credential c join fetch c.type where c.staff = :staff "
                        + "order by c.active desc, c.kind, c.expiryDate, c.id", Credential.class)
                .setParameter("staff", staff).getResultList();
    }

    public Credential find(Long id) {
        Credential credential = id == null ? null : em.find(Credential.class, id);
        if (credential == null) {
            throw new NotFound(OWNER_TYPE, id);
        }
        staffScope.check(credential.getStaff(), credential.getStaff().getId());
        credential.getType().getCode();
        return credential;
    }

    /** The day at the holder's home site, which is the day their credentials are judged by. */
    public LocalDate todayFor(StaffMember staff) {
        return LocalDate.now(clock.withZone(staff.getHomeSite().zone()));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.CREDENTIALING_NAME})
    public Credential add(Long staffId, Credential draft, Long typeId, String reason) {
        auditContext.because(reason == null || reason.isBlank() ? "New credential" : reason);
        StaffMember staff = staffScope.check(staffId == null ? null : em.find(StaffMember.class, staffId), staffId);
        Credential credential = new Credential(staff, clock.instant());
        draft.setType(type(typeId));
        credential.copyDetailsFrom(draft);
        requireValid(credential);
        credential.refreshAttention(rule, todayFor(staff));
        em.persist(credential);
        em.flush();
        return credential;
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.CREDENTIALING_NAME})
    public Credential update(Long id, long loadedVersion, Credential edited, Long typeId, String reason) {
        StaffMembers.requireReason(reason);
        auditContext.because(reason);
        Credential credential = versions.check(find(id), loadedVersion);
        edited.setType(type(typeId));
        credential.copyDetailsFrom(edited);
        requireValid(credential);
        credential.refreshAttention(rule, todayFor(credential.getStaff()));
        return versions.flush(credential);
    }

    /** Retires a credential (superseded, no longer held): it stays in the file, off the work list and out of clearance. */
    @RolesAllowed({Role.ADMIN_NAME, Role.CREDENTIALING_NAME})
    public Credential deactivate(Long id, long loadedVersion, String reason) {
        StaffMembers.requireReason(reason);
        auditContext.because(reason);
        Credential credential = versions.check(find(id), loadedVersion);
        credential.setActive(false);
        credential.release();
        return versions.flush(credential);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.CREDENTIALING_NAME})
    public Document attach(Long credentialId, String fileName, InputStream content) {
        Credential credential = find(credentialId);
        return documents.attach(OWNER_TYPE, credential.getId(), credential.getStaff().getHomeSite().getId(), fileName, content);
    }

    public List<Document> documentsOf(Long credentialId) {
        Credential credential = find(credentialId);
        return documents.list(OWNER_TYPE, credential.getId(), credential.getStaff().getHomeSite().getId());
    }

    private CredentialType type(Long typeId) {
        CredentialType type = typeId == null ? null : em.find(CredentialType.class, typeId);
        if (typeId != null && type == null) {
            throw new NotFound("CredentialType", typeId);
        }
        return type;
    }

    private void requireValid(Credential credential) {
        if (credential.getType() == null) {
            throw RuleViolation.onField("type", "credential.type.required");
        }
        if (credential.getIssueDate() != null && credential.getExpiryDate() != null
                && !credential.getExpiryDate().isAfter(credential.getIssueDate())) {
            throw RuleViolation.onField("expiryDate", "credential.expiry.beforeIssue");
        }
    }
}
