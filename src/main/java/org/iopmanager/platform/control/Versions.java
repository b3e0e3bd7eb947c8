package org.iopmanager.platform.control;

import java.time.Instant;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.audit.entity.AuditAction;
import org.iopmanager.audit.entity.AuditEntry;
import org.iopmanager.platform.entity.BaseEntity;

/**
 * Optimistic locking for edits that travel through a page: the page keeps the version it loaded, and a
 * save against a newer version is refused with who changed it and when (from the audit trail), so the
 * user can be told instead of overwriting somebody else's work.
 */
@Dependent
public class Versions {

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    /** The managed entity, provided it is still at {@code loadedVersion}. */
    public <T extends BaseEntity> T current(Class<T> type, Long id, long loadedVersion) {
        T entity = id == null ? null : em.find(type, id);
        if (entity == null) {
            throw new NotFound(type.getSimpleName(), id);
        }
        return check(entity, loadedVersion);
    }

    /** The entity, provided it is still at {@code loadedVersion} (call after the access check). */
    public <T extends BaseEntity> T check(T entity, long loadedVersion) {
        if (entity.getVersion() != loadedVersion) {
            throw conflict(entity.getClass(), entity.getId());
        }
        return entity;
    }

    /** Writes now, so a concurrent save that slipped in between fails here with a clear conflict. */
    public <T extends BaseEntity> T flush(T entity) {
        try {
            em.flush();
            return entity;
        } catch (OptimisticLockException e) {
            throw conflict(entity.getClass(), entity.getId());
        }
    }

    public ConcurrentChange conflict(Class<?> type, Long id) {
        return em.createQuery("select a from AuditEntry a where a.entityType = :type and a.entityId = :id "
                        + "and a.action in :actions order by a.at desc, a.id desc", AuditEntry.class)
                .setParameter("type", type.getSimpleName())
                .setParameter("id", String.valueOf(id))
                .setParameter("actions", java.util.List.of(AuditAction.UPDATE, AuditAction.CREATE))
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(last -> new ConcurrentChange(type.getSimpleName(), id, last.getActor(), last.getAt()))
                .orElseGet(() -> new ConcurrentChange(type.getSimpleName(), id, "?", Instant.EPOCH));
    }
}
