package org.iopmanager.reporting.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.iopmanager.site.entity.CorrectionStatus;
import org.iopmanager.site.entity.Programme;
import org.iopmanager.site.entity.RecordStatus;
import org.iopmanager.site.entity.Site;

/**
 * The provider-wide readiness matrix: sites × bodies, each cell the current record's status and days to
 * expiry in the site's time zone, with the body's open findings and overdue plans of correction. A page of
 * sites costs five queries whatever the number of sites or records: the sites, the bodies, the current
 * records of those sites, and two grouped counts (open findings; plans past due, by due date, so that
 * "overdue" can be judged in each site's own time zone).
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
                // the records' eager programmes in one "in" query, not one per record (issue 7: 11 SQL small, 37 large)
                .setHint("eclipselink.batch", "r.programmes").setHint("eclipselink.batch.type", "IN")
                .getResultList().stream()
                .filter(r -> programme == null || r.getProgrammes().contains(programme))
                .collect(Collectors.groupingBy(AccreditationRecord::owningSiteId));
        List<Long> ids = page.stream().map(Site::getId).toList();
        Map<String, Long> open = openFindings(ids);
        Map<String, Long> overdue = overdueCorrections(page);
        return page.stream().map(site -> withCounts(row(site, bySite.getOrDefault(site.getId(), List.of())), open, overdue))
                .toList();
    }

    private static ReadinessRow withCounts(ReadinessRow row, Map<String, Long> open, Map<String, Long> overdue) {
        Map<Long, ReadinessCell> cells = new HashMap<>();
        row.cells().forEach((bodyId, cell) -> cells.put(bodyId, cell.withCounts(
                open.getOrDefault(key(row.siteId(), bodyId), 0L), overdue.getOrDefault(key(row.siteId(), bodyId), 0L))));
        return new ReadinessRow(row.siteId(), row.code(), row.name(), row.state(), cells);
    }

    private Map<String, Long> openFindings(List<Long> siteIds) {
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("select f.site.id, s.body.id, count(f) from Finding f join f.survey s left join f.correction c "
                        + "where f.site.id in :sites and (c.id is null or c.status not in :done) group by f.site.id, s.body.id",
                        Object[].class)
                .setParameter("sites", siteIds).setParameter("done", CorrectionStatus.DONE)
                .getResultList().forEach(r -> counts.put(key((Long) r[0], (Long) r[1]), ((Number) r[2]).longValue()));
        return counts;
    }

    private Map<String, Long> overdueCorrections(List<Site> page) {
        Map<Long, LocalDate> todayOf = new HashMap<>();
        page.forEach(site -> todayOf.put(site.getId(), LocalDate.now(clock.withZone(site.zone()))));
        LocalDate latestToday = LocalDate.now(clock.withZone(ZoneOffset.ofHours(14)));
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("select c.site.id, s.body.id, c.dueDate, count(c) from Correction c join c.finding f join f.survey s "
                        + "where c.site.id in :sites and c.status not in :done and c.dueDate < :latest "
                        + "group by c.site.id, s.body.id, c.dueDate", Object[].class)
                .setParameter("sites", List.copyOf(todayOf.keySet())).setParameter("done", CorrectionStatus.DONE)
                .setParameter("latest", latestToday)
                .getResultList().stream()
                .filter(r -> ((LocalDate) r[2]).isBefore(todayOf.get((Long) r[0])))
                .forEach(r -> counts.merge(key((Long) r[0], (Long) r[1]), ((Number) r[3]).longValue(), Long::sum));
        return counts;
    }

    private static String key(Long siteId, Long bodyId) {
        return siteId + ":" + bodyId;
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
                    Horizon.of(days, status == RecordStatus.EXPIRED), ofBody.size(), 0, 0));
        });
        return new ReadinessRow(site.getId(), site.getCode(), site.getName(), site.getState(), cells);
    }

    private static SiteFilter filter(String state, Programme programme) {
        return new SiteFilter(null, state, programme, true);
    }
}
