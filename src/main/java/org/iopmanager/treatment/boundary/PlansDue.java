package org.iopmanager.treatment.boundary;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.audit.boundary.AuditLog;
import org.iopmanager.audit.entity.AuditAction;
import org.iopmanager.participant.entity.Episode;
import org.iopmanager.security.control.SiteScope;
import org.iopmanager.security.entity.Role;
import org.iopmanager.treatment.entity.PlanStatus;
import org.iopmanager.treatment.entity.TreatmentPlan;

/**
 * What is due at a site: open episodes without an active plan whose first plan is due within a window or overdue,
 * and active plans whose review is. Both page in the database on indexed days; each page read is audited as a view
 * of participant data.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME, Role.AUDITOR_NAME})
public class PlansDue {

    /**
     * The first plan is due a fixed number of days after admission, so "due by D" is "admitted by D minus those
     * days": the indexed admission day pages and sorts the list, with nothing computed per row.
     */
    private static final String FIRST_DUE = "e.siteId = :site and e.dischargeDate is null and e.admissionDate <= :admittedBy "
            + "and e.id not in (select p.episode.id from TreatmentPlan p where p.status = :active)";

    private static final String REVIEW_DUE = "p.siteId = :site and p.status = :active and p.reviewDue <= :by "
            + "and p.episode.dischargeDate is null";

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    SiteScope siteScope;

    @Inject
    AuditLog auditLog;

    @Inject
    TreatmentPlans plans;

    @Inject
    CareStandards careStandards;

    public List<Episode> firstPlans(Long siteId, int days, int first, int max) {
        siteScope.checkSite(siteId);
        List<Episode> page = em.createQuery("select e from Episode e join fetch e.participant where " + FIRST_DUE
                + " order by e.admissionDate, e.id", Episode.class).setParameter("site", siteId)
                .setParameter("admittedBy", firstCutoff(siteId, days)).setParameter("active", PlanStatus.ACTIVE)
                .setFirstResult(first).setMaxResults(max).getResultList();
        auditLog.record(AuditAction.VIEW, "Episode", null, siteId, "Viewed the first plans due (" + page.size() + " rows)");
        return page;
    }

    public long countFirstPlans(Long siteId, int days) {
        siteScope.checkSite(siteId);
        return em.createQuery("select count(e) from Episode e where " + FIRST_DUE, Long.class).setParameter("site", siteId)
                .setParameter("admittedBy", firstCutoff(siteId, days)).setParameter("active", PlanStatus.ACTIVE)
                .getSingleResult();
    }

    /** Most overdue first. */
    public List<TreatmentPlan> reviews(Long siteId, int days, int first, int max) {
        siteScope.checkSite(siteId);
        List<TreatmentPlan> page = em.createQuery("select p from TreatmentPlan p join fetch p.episode e join fetch e.participant "
                + "where " + REVIEW_DUE + " order by p.reviewDue, p.id", TreatmentPlan.class).setParameter("site", siteId)
                .setParameter("active", PlanStatus.ACTIVE).setParameter("by", plans.todayAt(siteId).plusDays(days))
                .setFirstResult(first).setMaxResults(max).getResultList();
        auditLog.record(AuditAction.VIEW, "TreatmentPlan", null, siteId, "Viewed the plan reviews due (" + page.size() + " rows)");
        return page;
    }

    public long countReviews(Long siteId, int days) {
        siteScope.checkSite(siteId);
        return em.createQuery("select count(p) from TreatmentPlan p where " + REVIEW_DUE, Long.class)
                .setParameter("site", siteId).setParameter("active", PlanStatus.ACTIVE)
                .setParameter("by", plans.todayAt(siteId).plusDays(days)).getSingleResult();
    }

    private LocalDate firstCutoff(Long siteId, int days) {
        return plans.todayAt(siteId).plusDays(days).minusDays(careStandards.standardOf(siteId).firstPlanDays());
    }
}
