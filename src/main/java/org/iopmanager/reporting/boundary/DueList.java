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
import org.iopmanager.site.entity.AccreditationRecord;
import org.iopmanager.site.entity.RecordStatus;

/**
 * What is due for the signed-in user, most urgent first. Administrators see the accreditation work of their
 * sites: expiries within the horizon (180 days, and those already past) and survey windows open or opening
 * within 30 days. Later features add their own items here.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CREDENTIALING_NAME, Role.CLINICIAN_NAME, Role.AUDITOR_NAME})
public class DueList {

    static final int EXPIRY_HORIZON_DAYS = 180;
    static final int SURVEY_NOTICE_DAYS = 30;
    private static final int MAX_ITEMS = 50;

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    SiteScope siteScope;

    @Inject
    Clock clock;

    public List<DueItem> forCurrentUser() {
        Scope scope = siteScope.current();
        if (scope.role() != Role.ADMIN && scope.role() != Role.SITE_ADMIN) {
            return List.of();
        }
        List<DueItem> due = new ArrayList<>();
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
        return due.stream().sorted(Comparator.comparingLong(DueItem::daysLeft)).limit(MAX_ITEMS).toList();
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

    private static DueItem item(DueItem.Kind kind, AccreditationRecord record, String subject, LocalDate due, LocalDate today) {
        return new DueItem(kind, record.owningSiteId(), record.getSite().getName(), subject, due,
                ChronoUnit.DAYS.between(today, due), "/site/record", "id", record.getId());
    }
}
