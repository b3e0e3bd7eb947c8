package org.iopmanager.reporting.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.iopmanager.security.control.Scope;
import org.iopmanager.security.control.SiteScope;
import org.iopmanager.security.entity.Role;
import org.iopmanager.site.control.Deadlines;
import org.iopmanager.site.entity.AccreditationRecord;
import org.iopmanager.site.entity.BodyType;
import org.iopmanager.site.entity.Correction;
import org.iopmanager.site.entity.CorrectionStatus;
import org.iopmanager.site.entity.Finding;
import org.iopmanager.site.entity.RecordKind;
import org.iopmanager.site.entity.RecordStatus;
import org.iopmanager.site.entity.Site;
import org.iopmanager.participant.boundary.Measures;
import org.iopmanager.treatment.boundary.PlansDue;
import org.iopmanager.schedule.boundary.Hours;
import org.iopmanager.aftercare.boundary.FollowUps;

/**
 * What is due for the signed-in user, most urgent first. Administrators see the accreditation work of their
 * sites: expiries within the horizon (180 days, and those already past) and survey windows open or opening
 * within 30 days, plans of correction due within 30 days or overdue, and CARF's annual conformance-to-quality
 * reports due within 60 days. Later features add their own items here.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CREDENTIALING_NAME, Role.CLINICIAN_NAME, Role.AUDITOR_NAME})
public class DueList {

    static final int EXPIRY_HORIZON_DAYS = 180;
    static final int SURVEY_NOTICE_DAYS = 30;
    static final int CORRECTION_NOTICE_DAYS = 30;
    static final int CONFORMANCE_NOTICE_DAYS = 60;
    static final int PLAN_NOTICE_DAYS = 7;
    private static final int MAX_ITEMS = 50;

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    SiteScope siteScope;

    @Inject
    Clock clock;

    @Inject
    PlansDue plansDue;

    @Inject
    Measures measures;

    @Inject
    Hours hours;

    @Inject
    FollowUps followUps;

    public List<DueItem> forCurrentUser() {
        Scope scope = siteScope.current();
        List<DueItem> clinical = scope.role() == Role.CLINICIAN || scope.role() == Role.SITE_ADMIN ? clinical(scope) : List.of();
        if (scope.role() != Role.ADMIN && scope.role() != Role.SITE_ADMIN) {
            return clinical;
        }
        List<DueItem> due = new ArrayList<>(clinical);
        LocalDate latestToday = LocalDate.now(clock.withZone(ZoneOffset.ofHours(14)));
        for (AccreditationRecord record : currentRecords(scope, latestToday)) {
            LocalDate today = LocalDate.now(clock.withZone(record.getSite().zone()));
            String subject = record.getBody().getName();
            if (record.getExpiryDate() != null && record.getStatus() != RecordStatus.APPLIED
                    && !record.getExpiryDate().isAfter(today.plusDays(EXPIRY_HORIZON_DAYS))) {
                due.add(item(DueItem.Kind.ACCREDITATION_EXPIRY, record, subject, record.getExpiryDate(), today));
            }
            if (record.getNextSurveyFrom() != null && record.getNextSurveyTo() != null
                    && !record.getNextSurveyFrom().isAfter(today.plusDays(SURVEY_NOTICE_DAYS))
                    && !record.getNextSurveyTo().isBefore(today)) {
                due.add(item(DueItem.Kind.SURVEY_WINDOW, record, subject, record.getNextSurveyTo(), today));
            }
        }
        due.addAll(corrections(scope, latestToday));
        due.addAll(conformanceReports(scope, latestToday));
        return due.stream().sorted(Comparator.comparingLong(DueItem::daysLeft)).limit(MAX_ITEMS).toList();
    }

    /**
     * The clinical work of a site-bound caller's sites, as counts (no participant named on the home page): first
     * treatment plans due within {@value #PLAN_NOTICE_DAYS} days or overdue, plan reviews due as soon, safety flags
     * nobody has acknowledged, and participants who were under their weekly minimum last week, and
     * follow-up contacts after discharge due within the notice days or overdue. Provider administrators
     * see these per site on the clinical pages instead, so that the home page of a 200-site provider stays one page of
     * queries.
     */
    private List<DueItem> clinical(Scope scope) {
        List<DueItem> due = new ArrayList<>();
        for (Site site : em.createQuery("select s from Site s where s.active = true and s.id in :sites order by s.name", Site.class)
                .setParameter("sites", scope.queryableSiteIds()).getResultList()) {
            LocalDate today = LocalDate.now(clock.withZone(site.zone()));
            count(due, DueItem.Kind.FIRST_PLANS_DUE, site, plansDue.countFirstPlans(site.getId(), PLAN_NOTICE_DAYS), today, "/treatment/due");
            count(due, DueItem.Kind.PLAN_REVIEWS_DUE, site, plansDue.countReviews(site.getId(), PLAN_NOTICE_DAYS), today, "/treatment/due");
            count(due, DueItem.Kind.SAFETY_FLAGS, site, measures.countFlags(site.getId(), true), today, "/participant/flags");
            count(due, DueItem.Kind.HOURS_SHORT, site, hours.countShort(site.getId(), hours.thisWeek(site.getId()).minusWeeks(1)),
                    today, "/schedule/hours");
            count(due, DueItem.Kind.FOLLOW_UPS_DUE, site, followUps.countDue(site.getId()), today, "/aftercare/followups");
        }
        return due;
    }

    private static void count(List<DueItem> due, DueItem.Kind kind, Site site, long count, LocalDate today, String outcome) {
        if (count > 0) {
            due.add(new DueItem(kind, site.getId(), site.getName(), String.valueOf(count), today, 0, outcome, "site", site.getId()));
        }
    }

    private List<AccreditationRecord> currentRecords(Scope scope, LocalDate latestToday) {
        TypedQuery<AccreditationRecord> query = em.createQuery("select r from AccreditationRecord r join fetch r.site "
                + "join fetch r.body where r.supersededBy is null and r.status not in :ended and r.site.active = true "
                + "and (r.expiryDate <= :expiryBound or (r.nextSurveyFrom <= :surveyBound and r.nextSurveyTo >= :earliest))"
                + (scope.coversAllSites() ? "" : " and r.site.id in :sites"), AccreditationRecord.class)
                .setParameter("ended", RecordStatus.ENDED)
                .setParameter("expiryBound", latestToday.plusDays(EXPIRY_HORIZON_DAYS))
                .setParameter("surveyBound", latestToday.plusDays(SURVEY_NOTICE_DAYS))
                .setParameter("earliest", latestToday.minusDays(2));
        if (!scope.coversAllSites()) {
            query.setParameter("sites", scope.queryableSiteIds());
        }
        return query.setMaxResults(1000).getResultList();
    }

    /** Plans not yet accepted or closed, due within the notice or already overdue in their site's time zone. */
    private List<DueItem> corrections(Scope scope, LocalDate latestToday) {
        TypedQuery<Correction> query = em.createQuery("select c from Correction c join fetch c.site join fetch c.finding f "
                + "join fetch f.survey s join fetch s.body where c.status not in :done and c.dueDate <= :bound "
                + "and c.site.active = true" + (scope.coversAllSites() ? "" : " and c.site.id in :sites"), Correction.class)
                .setParameter("done", CorrectionStatus.DONE)
                .setParameter("bound", latestToday.plusDays(CORRECTION_NOTICE_DAYS));
        if (!scope.coversAllSites()) {
            query.setParameter("sites", scope.queryableSiteIds());
        }
        List<DueItem> due = new ArrayList<>();
        for (Correction c : query.setMaxResults(1000).getResultList()) {
            LocalDate today = LocalDate.now(clock.withZone(c.getSite().zone()));
            if (!c.getDueDate().isAfter(today.plusDays(CORRECTION_NOTICE_DAYS))) {
                Finding finding = c.getFinding();
                String subject = finding.getSurvey().getBody().getName()
                        + (finding.getStandardRef() == null ? "" : " " + finding.getStandardRef());
                due.add(new DueItem(DueItem.Kind.CORRECTION_DUE, c.owningSiteId(), c.getSite().getName(), subject,
                        c.getDueDate(), ChronoUnit.DAYS.between(today, c.getDueDate()), "/site/finding", "id", finding.getId()));
            }
        }
        return due;
    }

    /** CARF's annual conformance-to-quality report, due on each anniversary of the current accreditation's effective date. */
    private List<DueItem> conformanceReports(Scope scope, LocalDate latestToday) {
        TypedQuery<AccreditationRecord> query = em.createQuery("select r from AccreditationRecord r join fetch r.site "
                + "join fetch r.body where r.body.type = :carf and r.kind = :accreditation and r.supersededBy is null "
                + "and r.status in :inForce and r.effectiveDate is not null and r.site.active = true"
                + (scope.coversAllSites() ? "" : " and r.site.id in :sites"), AccreditationRecord.class)
                .setParameter("carf", BodyType.CARF).setParameter("accreditation", RecordKind.ACCREDITATION)
                .setParameter("inForce", RecordStatus.IN_FORCE);
        if (!scope.coversAllSites()) {
            query.setParameter("sites", scope.queryableSiteIds());
        }
        List<DueItem> due = new ArrayList<>();
        for (AccreditationRecord record : query.setMaxResults(1000).getResultList()) {
            LocalDate today = LocalDate.now(clock.withZone(record.getSite().zone()));
            LocalDate anniversary = Deadlines.nextAnniversary(record.getEffectiveDate(), today);
            boolean beforeExpiry = record.getExpiryDate() == null || anniversary.isBefore(record.getExpiryDate());
            if (beforeExpiry && !anniversary.isAfter(today.plusDays(CONFORMANCE_NOTICE_DAYS))) {
                due.add(item(DueItem.Kind.CONFORMANCE_REPORT, record, record.getBody().getName(), anniversary, today));
            }
        }
        return due;
    }

    private static DueItem item(DueItem.Kind kind, AccreditationRecord record, String subject, LocalDate due, LocalDate today) {
        return new DueItem(kind, record.owningSiteId(), record.getSite().getName(), subject, due,
                ChronoUnit.DAYS.between(today, due), "/site/record", "id", record.getId());
    }
}
