package org.iopmanager.audit.boundary;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.iopmanager.audit.control.AuditRecord;
import org.iopmanager.audit.control.AuditSealer;
import org.iopmanager.audit.control.ChainReport;
import org.iopmanager.audit.control.AuditWriter;
import org.iopmanager.audit.entity.AuditAction;
import org.iopmanager.audit.entity.AuditEntry;
import org.iopmanager.security.entity.Role;

/**
 * The audit trail: explicit events (sign-in, views, exports, denials) and the browser over all of it.
 * Changes to entities are written by the change auditor on their own; this facade never updates or
 * deletes a line.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.AUDITOR_NAME})
public class AuditLog {

    private static final Set<String> SORTABLE = Set.of("at", "actor", "action", "entityType", "siteId");

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    AuditWriter writer;

    @Inject
    AuditSealer sealer;

    @Inject
    @ConfigProperty(name = "iop.audit.export.max-rows", defaultValue = "100000")
    int exportMaxRows;

    /** An event that belongs to the caller's transaction: it commits or rolls back with it. */
    @PermitAll
    public void record(AuditAction action, String entityType, Object entityId, Long siteId, String summary) {
        writer.write(AuditRecord.of(action, entityType, entityId, siteId, summary));
    }

    /** An event that must stay even when the caller's transaction rolls back (refusals, failed sign-ins). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordIndependently(AuditAction action, String entityType, Object entityId, Long siteId, String summary) {
        writer.write(AuditRecord.of(action, entityType, entityId, siteId, summary));
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordDenied(String entityType, String entityId, Long siteId) {
        writer.write(AuditRecord.of(AuditAction.ACCESS_DENIED, entityType, entityId, siteId,
                "Refused: " + entityType + " " + entityId + " is outside the caller's sites"));
    }

    public List<AuditEntry> search(AuditFilter filter, int first, int pageSize, Map<String, Boolean> sortAscending) {
        sendPending();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> query = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.where(predicates(cb, entry, filter));
        List<jakarta.persistence.criteria.Order> order = new ArrayList<>();
        sortAscending.forEach((field, ascending) -> {
            if (SORTABLE.contains(field)) {
                order.add(ascending ? cb.asc(entry.get(field)) : cb.desc(entry.get(field)));
            }
        });
        order.add(cb.desc(entry.get("at")));
        order.add(cb.desc(entry.get("id")));
        query.orderBy(order);
        TypedQuery<AuditEntry> typed = em.createQuery(query).setFirstResult(first).setMaxResults(pageSize);
        return typed.getResultList();
    }

    /** The browser counts no further than this: beyond it, the page asks for narrower filters. */
    public static final int COUNT_CAP = 10_000;

    /**
     * How many lines match, up to {@link #COUNT_CAP} + 1: the trail grows by every change, and an exact
     * {@code count(*)} over a million lines for each page of the browser made it cost in proportion to the trail
     * (benchmark, issue 7). Reading at most that many ids costs the same whatever the trail's length.
     */
    public long countCapped(AuditFilter filter) {
        sendPending();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.select(entry.get("id")).where(predicates(cb, entry, filter));
        return em.createQuery(query).setMaxResults(COUNT_CAP + 1).getResultList().size();
    }

    /** Rows for a CSV export (at most {@code iop.audit.export.max-rows}); the export itself is audited. */
    public List<AuditEntry> export(AuditFilter filter) {
        record(AuditAction.EXPORT, "AuditEntry", null, filter.getSiteId(), "Audit export: " + describe(filter));
        return search(filter, 0, exportMaxRows, Map.of());
    }

    /**
     * Seals what waits, then walks the whole hash chain and names the first link that does not hold (a line changed
     * or deleted, links removed). The check itself is audited.
     */
    public ChainReport verifyChain() {
        while (sealer.seal(5000) == 5000) {
            // seal everything committed so far, so the walk covers it
        }
        ChainReport report = sealer.verify();
        recordIndependently(AuditAction.VIEW, "AuditChain", null, null, report.toString());
        return report;
    }

    /** This transaction's own lines, made visible to the read that follows (they are otherwise sent at commit). */
    private void sendPending() {
        em.flush();
        writer.sendPending();
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<AuditEntry> entry, AuditFilter filter) {
        List<Predicate> where = new ArrayList<>();
        if (filter.getActor() != null) {
            where.add(cb.equal(entry.get("actor"), filter.getActor()));
        }
        if (filter.getAction() != null) {
            where.add(cb.equal(entry.get("action"), filter.getAction()));
        }
        if (filter.getEntityType() != null) {
            where.add(cb.equal(entry.get("entityType"), filter.getEntityType()));
        }
        if (filter.getEntityId() != null) {
            where.add(cb.equal(entry.get("entityId"), filter.getEntityId()));
        }
        if (filter.getSiteId() != null) {
            where.add(cb.equal(entry.get("siteId"), filter.getSiteId()));
        }
        Path<java.time.Instant> at = entry.get("at");
        if (filter.getFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(at, filter.getFrom().atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        if (filter.getTo() != null) {
            where.add(cb.lessThan(at, filter.getTo().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        return where.toArray(Predicate[]::new);
    }

    private static String describe(AuditFilter filter) {
        return "actor=" + filter.getActor() + ", action=" + filter.getAction() + ", entity=" + filter.getEntityType()
                + ", site=" + filter.getSiteId() + ", from=" + filter.getFrom() + ", to=" + filter.getTo();
    }
}
