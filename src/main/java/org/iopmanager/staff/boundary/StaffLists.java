package org.iopmanager.staff.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.audit.control.AuditContext;
import org.iopmanager.platform.control.NotFound;
import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.platform.control.Unstorable;
import org.iopmanager.platform.control.Versions;
import org.iopmanager.security.entity.Role;
import org.iopmanager.staff.entity.ClinicalService;
import org.iopmanager.staff.entity.CredentialKind;
import org.iopmanager.staff.entity.CredentialType;
import org.iopmanager.staff.entity.Discipline;
import org.iopmanager.staff.entity.ServiceEligibility;

/**
 * The maintained lists behind credentialing: disciplines, credential types and the service-eligibility table
 * that clearance reads. Provider administrators keep them (entries are deactivated, never deleted, because
 * staff and credentials refer to them; an eligibility row can be removed, which clearance obeys at once).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.CREDENTIALING_NAME, Role.SITE_ADMIN_NAME, Role.AUDITOR_NAME})
public class StaffLists {

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    Versions versions;

    @Inject
    AuditContext auditContext;

    public List<Discipline> allDisciplines() {
        return em.createQuery("select d from Discipline d order by d.sortOrder, d.name", Discipline.class).getResultList();
    }

    public List<CredentialType> allTypes() {
        return em.createQuery("select t from CredentialType t order by t.kind, t.code", CredentialType.class).getResultList();
    }

    public List<ServiceEligibility> eligibility() {
        return em.createQuery("select e from ServiceEligibility e join fetch e.credentialType t order by t.kind, t.code, e.service",
                ServiceEligibility.class).getResultList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Discipline addDiscipline(Discipline draft) {
        auditContext.because("Discipline list maintained");
        Discipline discipline = new Discipline();
        discipline.setCode(draft.getCode() == null ? null : draft.getCode().strip().toUpperCase(java.util.Locale.ROOT));
        discipline.setName(draft.getName() == null ? null : draft.getName().strip());
        discipline.setSortOrder(draft.getSortOrder());
        requireUnique("select count(d) from Discipline d where d.code = :code", discipline, discipline.getCode());
        em.persist(discipline);
        em.flush();
        return discipline;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Discipline setDisciplineActive(Long id, long loadedVersion, boolean active) {
        auditContext.because(active ? "Discipline reactivated" : "Discipline retired");
        Discipline discipline = versions.current(Discipline.class, id, loadedVersion);
        discipline.setActive(active);
        return versions.flush(discipline);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public CredentialType addType(CredentialType draft) {
        auditContext.because("Credential type list maintained");
        CredentialType type = new CredentialType();
        type.setCode(draft.getCode() == null ? null : draft.getCode().strip().toUpperCase(java.util.Locale.ROOT));
        type.setName(draft.getName() == null ? null : draft.getName().strip());
        type.setKind(draft.getKind());
        type.setSupervised(draft.isSupervised());
        requireUnique("select count(t) from CredentialType t where t.code = :code", type, type.getCode());
        em.persist(type);
        em.flush();
        return type;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public CredentialType setTypeActive(Long id, long loadedVersion, boolean active) {
        auditContext.because(active ? "Credential type reactivated" : "Credential type retired");
        CredentialType type = versions.current(CredentialType.class, id, loadedVersion);
        type.setActive(active);
        return versions.flush(type);
    }

    /** Allows holders of a verified credential of the type to deliver the service (with a second credential kind, if named). */
    @RolesAllowed(Role.ADMIN_NAME)
    public ServiceEligibility allow(Long typeId, ClinicalService service, CredentialKind requiresKind) {
        auditContext.because("Service-eligibility table changed");
        CredentialType type = typeId == null ? null : em.find(CredentialType.class, typeId);
        if (type == null) {
            throw RuleViolation.onField("type", "eligibility.type.required");
        }
        if (service == null) {
            throw RuleViolation.onField("service", "eligibility.service.required");
        }
        Long existing = em.createQuery("select count(e) from ServiceEligibility e where e.credentialType = :type "
                + "and e.service = :service", Long.class).setParameter("type", type).setParameter("service", service)
                .getSingleResult();
        if (existing > 0) {
            throw RuleViolation.onField("service", "eligibility.exists", type.getCode());
        }
        ServiceEligibility row = new ServiceEligibility(type, service, requiresKind);
        em.persist(row);
        em.flush();
        return row;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void disallow(Long id) {
        auditContext.because("Service-eligibility table changed");
        ServiceEligibility row = id == null ? null : em.find(ServiceEligibility.class, id);
        if (row == null) {
            throw new NotFound("ServiceEligibility", id);
        }
        em.remove(row);
        em.flush();
    }

    /** The new entry's code is not taken; its fields are checked first (a NUL in a query parameter is an error on PostgreSQL). */
    private void requireUnique(String countQuery, Object entry, String code) {
        Unstorable.refuse(entry);
        if (code != null && em.createQuery(countQuery, Long.class).setParameter("code", code).getSingleResult() > 0) {
            throw RuleViolation.onField("code", "list.code.taken");
        }
    }
}
