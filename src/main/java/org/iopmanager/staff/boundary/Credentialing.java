package org.iopmanager.staff.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.iopmanager.audit.control.AuditContext;
import org.iopmanager.platform.control.NotFound;
import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.platform.control.Versions;
import org.iopmanager.security.control.Scope;
import org.iopmanager.security.entity.Role;
import org.iopmanager.staff.control.CredentialingCycle;
import org.iopmanager.staff.control.StaffScope;
import org.iopmanager.staff.entity.CredentialingDecision;
import org.iopmanager.staff.entity.DecisionKind;
import org.iopmanager.staff.entity.StaffMember;

/**
 * The credentialing cycle: initial and recredentialing decisions (recredentialing due a fixed number of months
 * later, no grace period), the practitioner's notice, the recredentialing due list and the monthly monitoring
 * that is overdue. Decisions are recorded by the credentialing office and provider administrators.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.CREDENTIALING_NAME, Role.SITE_ADMIN_NAME, Role.AUDITOR_NAME})
public class Credentialing {

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    StaffScope staffScope;

    @Inject
    Versions versions;

    @Inject
    AuditContext auditContext;

    @Inject
    CredentialingCycle cycle;

    @Inject
    Credentials credentials;

    @Inject
    Clock clock;

    public CredentialingCycle cycle() {
        return cycle;
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.CREDENTIALING_NAME})
    public CredentialingDecision decide(Long staffId, long loadedVersion, CredentialingDecision draft, String reason) {
        auditContext.because(reason == null || reason.isBlank() ? "Credentialing decision" : reason);
        StaffMember staff = versions.check(staffScope.check(staffId == null ? null : em.find(StaffMember.class, staffId),
                staffId), loadedVersion);
        LocalDate today = credentials.todayFor(staff);
        if (draft.getDecidedOn() != null && draft.getDecidedOn().isAfter(today)) {
            throw RuleViolation.onField("decidedOn", "decision.decidedOn.future");
        }
        if (draft.getNotifiedOn() != null && draft.getDecidedOn() != null && draft.getNotifiedOn().isBefore(draft.getDecidedOn())) {
            throw RuleViolation.onField("notifiedOn", "decision.notifiedOn.beforeDecision");
        }
        DecisionKind kind = staff.getLatestDecision() == null ? DecisionKind.INITIAL : DecisionKind.RECREDENTIALING;
        CredentialingDecision decision = new CredentialingDecision(staff, kind, staffScope.current().username(), clock.instant());
        decision.copyDetailsFrom(draft);
        if (decision.getDecidedOn() != null) {
            decision.setRecredentialDue(cycle.recredentialDue(decision.getDecidedOn()));
        }
        em.persist(decision);
        em.flush();
        CredentialingDecision latest = staff.getLatestDecision();
        if (latest == null || !decision.getDecidedOn().isBefore(latest.getDecidedOn())) {
            staff.setLatestDecision(decision);
        }
        // the staff member's row is the one a concurrent decision collides on: a lost race names who changed it
        versions.flush(staff);
        return decision;
    }

    /** Records the day the practitioner was told of a decision (NCQA: within 30 days). */
    @RolesAllowed({Role.ADMIN_NAME, Role.CREDENTIALING_NAME})
    public CredentialingDecision notified(Long decisionId, long loadedVersion, LocalDate notifiedOn) {
        auditContext.because("Practitioner notified");
        CredentialingDecision decision = decisionId == null ? null : em.find(CredentialingDecision.class, decisionId);
        if (decision == null) {
            throw new NotFound("CredentialingDecision", decisionId);
        }
        staffScope.check(decision.getStaff(), decision.getStaff().getId());
        versions.check(decision, loadedVersion);
        if (notifiedOn == null || notifiedOn.isBefore(decision.getDecidedOn())) {
            throw RuleViolation.onField("notifiedOn", "decision.notifiedOn.beforeDecision");
        }
        decision.setNotifiedOn(notifiedOn);
        return versions.flush(decision);
    }

    public List<CredentialingDecision> decisions(Long staffId) {
        StaffMember staff = staffScope.check(staffId == null ? null : em.find(StaffMember.class, staffId), staffId);
        return em.createQuery("select d from CredentialingDecision d where d.staff = :staff "
                + "order by d.decidedOn desc, d.id desc", CredentialingDecision.class).setParameter("staff", staff).getResultList();
    }

    /** Active staff whose recredentialing falls due within the window (or has passed: lapsed), soonest first. */
    public List<StaffMember> recredentialingDue(LocalDate today, int first, int pageSize) {
        return scoped(em.createQuery("select s from StaffMember s join fetch s.latestDecision d join fetch s.discipline "
                + "where s.active = true and d.outcome <> org.iopmanager.staff.entity.DecisionOutcome.DENIED and d.recredentialDue <= :until" + scopeClause() + " order by d.recredentialDue, s.id",
                StaffMember.class).setParameter("until", cycle.dueListUntil(today)))
                .setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long recredentialingDueCount(LocalDate today) {
        return scoped(em.createQuery("select count(s) from StaffMember s join s.latestDecision d "
                + "where s.active = true and d.outcome <> org.iopmanager.staff.entity.DecisionOutcome.DENIED and d.recredentialDue <= :until" + scopeClause(), Long.class)
                .setParameter("until", cycle.dueListUntil(today))).getSingleResult();
    }

    /** Active staff never decided on: their credentialing is pending. */
    public List<StaffMember> pending(int first, int pageSize) {
        return scoped(em.createQuery("select s from StaffMember s join fetch s.discipline where s.active = true "
                + "and s.latestDecision is null" + scopeClause() + " order by s.createdAt, s.id", StaffMember.class))
                .setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long pendingCount() {
        return scoped(em.createQuery("select count(s) from StaffMember s where s.active = true and s.latestDecision is null"
                + scopeClause(), Long.class)).getSingleResult();
    }

    /** Active staff whose monthly licence check or exclusion screening is overdue, longest overdue first. */
    public List<StaffMember> monitoringOverdue(LocalDate today, int first, int pageSize) {
        return scoped(em.createQuery("select s from StaffMember s join fetch s.discipline where s.active = true and "
                + "(s.lastScreenedOn is null or s.lastScreenedOn < :before or ((s.lastLicenceCheck is null "
                + "or s.lastLicenceCheck < :before) and s.id in (select c.staff.id from Credential c where c.active = true "
                + "and c.kind in :monitored)))" + scopeClause() + " order by s.lastScreenedOn, s.lastLicenceCheck, s.id",
                StaffMember.class).setParameter("before", cycle.monitoringOverdueBefore(today)).setParameter("monitored", Verifications.MONITORED))
                .setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long monitoringOverdueCount(LocalDate today) {
        return scoped(em.createQuery("select count(s) from StaffMember s where s.active = true and "
                + "(s.lastScreenedOn is null or s.lastScreenedOn < :before or ((s.lastLicenceCheck is null "
                + "or s.lastLicenceCheck < :before) and s.id in (select c.staff.id from Credential c where c.active = true "
                + "and c.kind in :monitored)))" + scopeClause(), Long.class)
                .setParameter("before", cycle.monitoringOverdueBefore(today)).setParameter("monitored", Verifications.MONITORED)).getSingleResult();
    }

    /**
     * An in-subquery, not exists: EclipseLink writes a JPQL exists-subquery as {@code select 1}, a constant in a
     * select clause switches binding off for the whole call on H2, and H2 then refuses the inlined
     * {@code s.active = true} (printed as 1).
     */
    private String scopeClause() {
        return staffScope.current().coversAllSites() ? ""
                : " and s.id in (select w.id from StaffMember w join w.sites ws where ws.id in :sites)";
    }

    private <T> TypedQuery<T> scoped(TypedQuery<T> query) {
        Scope scope = staffScope.current();
        return scope.coversAllSites() ? query : query.setParameter("sites", scope.queryableSiteIds());
    }
}
