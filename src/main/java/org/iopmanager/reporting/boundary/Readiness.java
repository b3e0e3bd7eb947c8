package org.iopmanager.reporting.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.iopmanager.audit.boundary.AuditLog;
import org.iopmanager.audit.entity.AuditAction;
import org.iopmanager.security.control.Scope;
import org.iopmanager.security.control.SiteScope;
import org.iopmanager.security.entity.Role;
import org.iopmanager.site.boundary.SiteFilter;
import org.iopmanager.site.boundary.Sites;
import org.iopmanager.site.control.Horizon;
import org.iopmanager.site.entity.AccreditationRecord;
import org.iopmanager.site.entity.AccreditingBody;
import org.iopmanager.site.entity.Programme;
import org.iopmanager.site.entity.RecordStatus;
import org.iopmanager.site.entity.Site;

/**
 * The provider-wide readiness matrix: sites × bodies, each cell the current record's status and days to
 * expiry in the site's time zone. A page of sites costs three queries whatever the number of sites or
 * records: the sites, the bodies, and the current records of those sites.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.AUDITOR_NAME})
public class Readiness {

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    Sites sites;

    @Inject
    SiteScope siteScope;

    @Inject
    Clock clock;

    @Inject
    AuditLog auditLog;

    /** The bodies that have a current record at any site the caller sees: the matrix's columns. */
    public List<AccreditingBody> columns() {
        Scope scope = siteScope.current();
        TypedQuery<AccreditingBody> query = em.createQuery("select distinct b from AccreditationRecord r join r.body b "
                + "where r.supersededBy is null and r.status not in :ended"
                + (scope.coversAllSites() ? "" : " and r.site.id in :sites"), AccreditingBody.class)
                .setParameter("ended", RecordStatus.ENDED);
        if (!scope.coversAllSites()) {
            query.setParameter("sites", scope.queryableSiteIds());
        }
        return query.getResultList().stream()
                .sorted(Comparator.comparing(AccreditingBody::getType).thenComparing(AccreditingBody::getName)).toList();
    }

    public long count(String state, Programme programme) {
        return sites.count(filter(state, programme));
    }

    public List<ReadinessRow> rows(String state, Programme programme, int first, int pageSize, Map<String, Boolean> sort) {
        List<Site> page = sites.search(filter(state, programme), first, pageSize, sort);
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, List<AccreditationRecord>> bySite = em.createQuery("select r from AccreditationRecord r join fetch r.body "
                        + "where r.site.id in :sites and r.supersededBy is null and r.status not in :ended",
                        AccreditationRecord.class)
                .setParameter("sites", page.stream().map(Site::getId).toList())
                .setParameter("ended", RecordStatus.ENDED)
                .getResultList().stream()
                .filter(r -> programme == null || r.getProgrammes().contains(programme))
                .collect(Collectors.groupingBy(AccreditationRecord::owningSiteId));
        return page.stream().map(site -> row(site, bySite.getOrDefault(site.getId(), List.of()))).toList();
    }

    public void recordExport(String state, Programme programme) {
        auditLog.record(AuditAction.EXPORT, "ReadinessMatrix", null, null,
                "Readiness matrix exported: state=" + state + ", programme=" + programme);
    }

    private ReadinessRow row(Site site, List<AccreditationRecord> records) {
        LocalDate today = LocalDate.now(clock.withZone(site.zone()));
        Map<Long, ReadinessCell> cells = new HashMap<>();
        records.stream().collect(Collectors.groupingBy(r -> r.getBody().getId())).forEach((bodyId, ofBody) -> {
            AccreditationRecord urgent = ofBody.stream().min(Comparator.comparing(
                    (AccreditationRecord r) -> r.daysToExpiry(today), Comparator.nullsLast(Comparator.naturalOrder()))).orElseThrow();
            RecordStatus status = urgent.statusOn(today);
            Long days = urgent.daysToExpiry(today);
            cells.put(bodyId, new ReadinessCell(urgent.getId(), status, urgent.getExpiryDate(), days,
                    Horizon.of(days, status == RecordStatus.EXPIRED), ofBody.size()));
        });
        return new ReadinessRow(site.getId(), site.getCode(), site.getName(), site.getState(), cells);
    }

    private static SiteFilter filter(String state, Programme programme) {
        return new SiteFilter(null, state, programme, true);
    }
}
