package org.iopmanager.reporting.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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
import org.iopmanager.site.boundary.Sites;
import org.iopmanager.site.control.Horizon;
import org.iopmanager.site.control.SiteChoice;
import org.iopmanager.site.entity.AccreditationRecord;
import org.iopmanager.site.entity.AccreditingBody;
import org.iopmanager.site.entity.CorrectionStatus;
import org.iopmanager.site.entity.Programme;
import org.iopmanager.site.entity.RecordStatus;

/**
 * The provider-wide readiness matrix: sites × bodies, each cell the current record's status and days to
 * expiry in the site's time zone, with the body's open findings and overdue plans of correction. A page of
 * sites costs four queries whatever the number of sites or records: the bodies, the current records of the page's
 * sites, their programmes, and one grouped count (open findings by their plan's due date, so that "overdue" can be
 * judged in each site's own time zone). The sites themselves come from {@link Sites#choices(String, Programme)}.
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
        return sites.choices(state, programme).size();
    }

    /** A page of rows, by site name (ascending unless {@code sort} says {@code name} descending). */
    public List<ReadinessRow> rows(String state, Programme programme, int first, int pageSize, Map<String, Boolean> sort) {
        List<SiteChoice> matching = new ArrayList<>(sites.choices(state, programme));
        if (Boolean.FALSE.equals(sort.get("name"))) {
            Collections.reverse(matching);
        }
        List<SiteChoice> page = matching.subList(Math.min(Math.max(first, 0), matching.size()),
                Math.min(Math.max(first, 0) + Math.max(pageSize, 0), matching.size()));
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, List<AccreditationRecord>> bySite = new HashMap<>();
        em.createQuery("select r from AccreditationRecord r join fetch r.body "
                        + "where r.site.id in :sites and r.supersededBy is null and r.status not in :ended",
                        AccreditationRecord.class)
                .setParameter("sites", page.stream().map(SiteChoice::getId).toList())
                .setParameter("ended", RecordStatus.ENDED)
                // the records' eager programmes in one "in" query, not one per record (issue 7: 11 SQL small, 37 large)
                .setHint("eclipselink.batch", "r.programmes").setHint("eclipselink.batch.type", "IN")
                .getResultList().forEach(record -> {
                    // by the record's own site column: its site is not read (the page's sites come from the directory)
                    if (programme == null || record.getProgrammes().contains(programme)) {
                        bySite.computeIfAbsent(record.owningSiteId(), id -> new ArrayList<>()).add(record);
                    }
                });
        Map<String, long[]> counts = openFindingsAndOverdueCorrections(page);
        return page.stream().map(site -> withCounts(row(site, bySite.getOrDefault(site.getId(), List.of())), counts))
                .toList();
    }

    private static ReadinessRow withCounts(ReadinessRow row, Map<String, long[]> counts) {
        Map<Long, ReadinessCell> cells = new HashMap<>();
        row.cells().forEach((bodyId, cell) -> {
            long[] count = counts.getOrDefault(key(row.siteId(), bodyId), new long[2]);
            cells.put(bodyId, cell.withCounts(count[0], count[1]));
        });
        return new ReadinessRow(row.siteId(), row.code(), row.name(), row.state(), cells);
    }

    /**
     * Per site and body, the open findings (no plan of correction, or one not yet accepted or closed) and among them the
     * plans past due in the site's own time zone: one grouped query by due date (a finding has at most one plan).
     */
    private Map<String, long[]> openFindingsAndOverdueCorrections(List<SiteChoice> page) {
        Map<Long, LocalDate> todayOf = new HashMap<>();
        page.forEach(site -> todayOf.put(site.getId(), LocalDate.now(clock.withZone(site.zone()))));
        Map<String, long[]> counts = new HashMap<>();
        em.createQuery("select f.site.id, s.body.id, c.dueDate, count(f) from Finding f join f.survey s left join f.correction c "
                        + "where f.site.id in :sites and (c.id is null or c.status not in :done) "
                        + "group by f.site.id, s.body.id, c.dueDate", Object[].class)
                .setParameter("sites", List.copyOf(todayOf.keySet())).setParameter("done", CorrectionStatus.DONE)
                .getResultList().forEach(r -> {
                    long[] count = counts.computeIfAbsent(key((Long) r[0], (Long) r[1]), k -> new long[2]);
                    long n = ((Number) r[3]).longValue();
                    count[0] += n;
                    if (r[2] != null && ((LocalDate) r[2]).isBefore(todayOf.get((Long) r[0]))) {
                        count[1] += n;
                    }
                });
        return counts;
    }

    private static String key(Long siteId, Long bodyId) {
        return siteId + ":" + bodyId;
    }

    public void recordExport(String state, Programme programme) {
        auditLog.record(AuditAction.EXPORT, "ReadinessMatrix", null, null,
                "Readiness matrix exported: state=" + state + ", programme=" + programme);
    }

    private ReadinessRow row(SiteChoice site, List<AccreditationRecord> records) {
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
}
