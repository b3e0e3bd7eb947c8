package org.iopmanager.staff.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.iopmanager.audit.control.AuditContext;
import org.iopmanager.audit.control.AuditWriter;
import org.iopmanager.audit.entity.AuditEntry;
import org.iopmanager.platform.control.LikePattern;
import org.iopmanager.platform.control.NotFound;
import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.platform.control.Versions;
import org.iopmanager.security.control.Scope;
import org.iopmanager.security.entity.Role;
import org.iopmanager.site.entity.Site;
import org.iopmanager.staff.control.DisciplineChoice;
import org.iopmanager.staff.control.DisciplineDirectory;
import org.iopmanager.staff.control.StaffScope;
import org.iopmanager.staff.entity.Discipline;
import org.iopmanager.staff.entity.EmploymentStatus;
import org.iopmanager.staff.entity.StaffMember;

/**
 * Staff members: the credentialing office and provider administrators keep them; site administrators and
 * auditors read them (site administrators only those working at their sites). Clinicians have no access to
 * staff files. Staff are deactivated, never deleted. Every change to credentialing data needs a reason, which
 * the audit trail keeps with the before → after of the change.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.CREDENTIALING_NAME, Role.SITE_ADMIN_NAME, Role.AUDITOR_NAME})
public class StaffMembers {

    static final Set<String> SORTABLE = Set.of("sortName", "npi", "employmentStart", "active");

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    AuditWriter auditWriter;

    @Inject
    StaffScope staffScope;

    @Inject
    Versions versions;

    @Inject
    AuditContext auditContext;

    @Inject
    Clock clock;

    @Inject
    DisciplineDirectory disciplineDirectory;

    /** The active disciplines for menus, from {@link DisciplineDirectory} (no statement on most requests, issue 7). */
    public List<DisciplineChoice> disciplines() {
        return disciplineDirectory.active();
    }

    public List<StaffMember> search(StaffFilter filter, int first, int pageSize, Map<String, Boolean> sortAscending) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<StaffMember> query = cb.createQuery(StaffMember.class);
        Root<StaffMember> staff = query.from(StaffMember.class);
        staff.fetch("discipline");
        staff.fetch("homeSite");
        staff.fetch("latestDecision", jakarta.persistence.criteria.JoinType.LEFT);
        query.where(predicates(cb, query, staff, filter));
        List<Order> order = new ArrayList<>();
        sortAscending.forEach((field, ascending) -> {
            if (SORTABLE.contains(field)) {
                order.add(ascending ? cb.asc(staff.get(field)) : cb.desc(staff.get(field)));
            }
        });
        order.add(cb.asc(staff.get("sortName")));
        order.add(cb.asc(staff.get("id")));
        return em.createQuery(query.orderBy(order)).setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long count(StaffFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<StaffMember> staff = query.from(StaffMember.class);
        return em.createQuery(query.select(cb.count(staff)).where(predicates(cb, query, staff, filter))).getSingleResult();
    }

    /** One staff member the caller may see, with discipline, sites and latest decision loaded. */
    public StaffMember find(Long id) {
        StaffMember staff = staffScope.check(id == null ? null : em.find(StaffMember.class, id), id);
        staff.getDiscipline().getName();
        staff.getSites().size();
        if (staff.getLatestDecision() != null) {
            staff.getLatestDecision().getOutcome();
        }
        if (staff.getSupervisor() != null) {
            staff.getSupervisor().getFullName();
        }
        return staff;
    }

    /** Active staff who may supervise, for the supervisor choice (provider-wide roles see everyone). */
    public List<StaffMember> supervisors() {
        return search(new StaffFilter(null, null, null, true, false), 0, 500, Map.of());
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.CREDENTIALING_NAME})
    public StaffMember create(StaffMember draft, StaffLinks links, String reason) {
        auditContext.because(reason == null || reason.isBlank() ? "New staff member" : reason);
        StaffMember staff = new StaffMember(clock.instant());
        staff.copyDetailsFrom(draft);
        link(staff, links);
        requireValid(staff, null);
        em.persist(staff);
        em.flush();
        return staff;
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.CREDENTIALING_NAME})
    public StaffMember update(Long id, long loadedVersion, StaffMember edited, StaffLinks links, String reason) {
        requireReason(reason);
        auditContext.because(reason);
        StaffMember staff = versions.check(find(id), loadedVersion);
        requireNpiFree(edited.getNpi(), staff.getId());
        staff.copyDetailsFrom(edited);
        link(staff, links);
        requireValid(staff, staff.getId());
        return versions.flush(staff);
    }

    /** Ends employment and deactivates: the file stays, the person drops out of lists, work lists and clearance. */
    @RolesAllowed({Role.ADMIN_NAME, Role.CREDENTIALING_NAME})
    public StaffMember deactivate(Long id, long loadedVersion, LocalDate endDate, String reason) {
        requireReason(reason);
        auditContext.because(reason);
        StaffMember staff = versions.check(find(id), loadedVersion);
        if (endDate == null) {
            throw RuleViolation.onField("employmentEnd", "staff.employmentEnd.required");
        }
        if (endDate.isBefore(staff.getEmploymentStart())) {
            throw RuleViolation.onField("employmentEnd", "staff.employmentEnd.beforeStart");
        }
        staff.setEmploymentEnd(endDate);
        staff.setEmploymentStatus(EmploymentStatus.ENDED);
        staff.setActive(false);
        return versions.flush(staff);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.CREDENTIALING_NAME})
    public StaffMember reactivate(Long id, long loadedVersion, String reason) {
        requireReason(reason);
        auditContext.because(reason);
        StaffMember staff = versions.check(find(id), loadedVersion);
        staff.setActive(true);
        staff.setEmploymentStatus(EmploymentStatus.ACTIVE);
        staff.setEmploymentEnd(null);
        return versions.flush(staff);
    }

    /**
     * The change history of a staff member's credentialing data: the staff record, credentials, verifications,
     * decisions and supervised hours, newest first, with reasons.
     */
    public List<AuditEntry> history(Long staffId, int max) {
        StaffMember staff = find(staffId);
        List<String> ids = new ArrayList<>();
        ids.add(String.valueOf(staff.getId()));
        List<String> related = new ArrayList<>();
        for (String entity : List.of("Credential", "Verification", "CredentialingDecision", "SupervisedHours", "ScreeningMatch")) {
            em.createQuery("select x.id from " + entity + " x where x.staff = :staff", Long.class)
                    .setParameter("staff", staff).getResultList().forEach(id -> related.add(String.valueOf(id)));
        }
        em.flush();
        auditWriter.sendPending(); // this transaction's own lines too (the view of this page, say)
        return em.createQuery("select a from AuditEntry a where (a.entityType = 'StaffMember' and a.entityId = :id) "
                        + "or (a.entityType in ('Credential', 'Verification', 'CredentialingDecision', 'SupervisedHours', 'ScreeningMatch') "
                        + "and a.entityId in :related) order by a.at desc, a.id desc", AuditEntry.class)
                .setParameter("id", String.valueOf(staff.getId()))
                .setParameter("related", related.isEmpty() ? List.of("-1") : related)
                .setMaxResults(max).getResultList();
    }

    static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.onField("reason", "credentialing.reason.required");
        }
        if (reason.length() > 500) {
            throw RuleViolation.onField("reason", "credentialing.reason.size");
        }
    }

    private void link(StaffMember staff, StaffLinks links) {
        staff.setDiscipline(links.disciplineId() == null ? null : existing(Discipline.class, links.disciplineId()));
        Site home = links.homeSiteId() == null ? null : existing(Site.class, links.homeSiteId());
        staff.setHomeSite(home);
        Set<Site> sites = new LinkedHashSet<>();
        if (home != null) {
            sites.add(home);
        }
        for (Long siteId : links.siteIds()) {
            sites.add(existing(Site.class, siteId));
        }
        staff.setSites(sites);
        if (links.supervisorId() == null) {
            staff.setSupervisor(null);
        } else {
            StaffMember supervisor = existing(StaffMember.class, links.supervisorId());
            if (supervisor.equals(staff)) {
                throw RuleViolation.onField("supervisor", "staff.supervisor.self");
            }
            staff.setSupervisor(supervisor);
        }
    }

    private <T> T existing(Class<T> type, Long id) {
        T found = em.find(type, id);
        if (found == null) {
            throw new NotFound(type.getSimpleName(), id);
        }
        return found;
    }

    private void requireValid(StaffMember staff, Long self) {
        if (staff.getEmploymentEnd() != null && staff.getEmploymentStart() != null
                && staff.getEmploymentEnd().isBefore(staff.getEmploymentStart())) {
            throw RuleViolation.onField("employmentEnd", "staff.employmentEnd.beforeStart");
        }
        if (staff.getSupervisionEnd() != null && staff.getSupervisionStart() != null
                && staff.getSupervisionEnd().isBefore(staff.getSupervisionStart())) {
            throw RuleViolation.onField("supervisionEnd", "staff.supervisionEnd.beforeStart");
        }
        if (staff.getSupervisionStart() != null && staff.getSupervisor() == null) {
            throw RuleViolation.onField("supervisor", "staff.supervisor.required");
        }
        requireNpiFree(staff.getNpi(), self);
    }

    /**
     * Asked before a managed staff member takes the new NPI: the query would otherwise flush the change first and
     * the unique index, not this field message, would answer.
     */
    private void requireNpiFree(String npi, Long self) {
        if (npi == null || npi.isBlank()) {
            return;
        }
        Long clash = em.createQuery("select count(s) from StaffMember s where s.npi = :npi and s.id <> :self", Long.class)
                .setParameter("npi", npi.strip()).setParameter("self", self == null ? -1L : self).getSingleResult();
        if (clash > 0) {
            throw RuleViolation.onField("npi", "staff.npi.taken");
        }
    }

    private Predicate[] predicates(CriteriaBuilder cb, CriteriaQuery<?> query, Root<StaffMember> staff, StaffFilter filter) {
        List<Predicate> where = new ArrayList<>();
        Scope scope = staffScope.current();
        if (!scope.coversAllSites()) {
            where.add(worksAtAny(cb, query, staff, scope.queryableSiteIds()));
        }
        if (filter.siteId() != null) {
            where.add(worksAtAny(cb, query, staff, Set.of(filter.siteId())));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String like = LikePattern.contains(filter.text());
            where.add(cb.or(cb.like(staff.get("sortName"), like), cb.like(cb.lower(staff.get("firstName")), like),
                    cb.like(staff.get("npi"), like)));
        }
        if (filter.disciplineId() != null) {
            where.add(cb.equal(staff.get("discipline").get("id"), filter.disciplineId()));
        }
        if (filter.active() != null) {
            where.add(cb.equal(staff.get("active"), filter.active()));
        }
        if (filter.excludedOnly()) {
            where.add(cb.isTrue(staff.get("excluded")));
        }
        return where.toArray(Predicate[]::new);
    }

    /** An exists-subquery rather than a join, so a member of two matching sites is listed and counted once. */
    static Predicate worksAtAny(CriteriaBuilder cb, CriteriaQuery<?> query, Root<StaffMember> staff, Set<Long> siteIds) {
        Subquery<Long> works = query.subquery(Long.class);
        Root<StaffMember> inner = works.from(StaffMember.class);
        Join<StaffMember, Site> site = inner.join("sites");
        works.select(inner.get("id")).where(cb.equal(inner, staff), site.get("id").in(siteIds));
        return cb.exists(works);
    }
}
