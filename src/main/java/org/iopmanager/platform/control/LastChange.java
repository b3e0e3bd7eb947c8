package org.iopmanager.platform.control;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.iopmanager.audit.entity.AuditAction;
import org.iopmanager.audit.entity.AuditEntry;

/**
 * Who last created or changed a record, as committed: read in a transaction of its own, so a save that has just lost
 * a race (its own flush failed, its own audit lines unwritten or about to be rolled back) sees the winner's audit line
 * and not its own, and its half-flushed unit of work is not flushed a second time by the query.
 */
@ApplicationScoped
public class LastChange {

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ConcurrentChange of(Class<?> type, Long id) {
        return em.createQuery("select a from AuditEntry a where a.entityType = :type and a.entityId = :id "
                        + "and a.action in :actions order by a.at desc, a.id desc", AuditEntry.class)
                .setParameter("type", type.getSimpleName())
                .setParameter("id", String.valueOf(id))
                .setParameter("actions", List.of(AuditAction.UPDATE, AuditAction.CREATE))
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(last -> new ConcurrentChange(type.getSimpleName(), id, last.getActor(), last.getAt()))
                .orElseGet(() -> new ConcurrentChange(type.getSimpleName(), id, "?", Instant.EPOCH));
    }
}
