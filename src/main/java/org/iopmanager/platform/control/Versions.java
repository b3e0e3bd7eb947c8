package org.iopmanager.platform.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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

    @Inject
    LastChange lastChange;

    @Inject
    SavingNow savingNow;

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
        try {
            savingNow.saving(entity);
        } catch (jakarta.enterprise.context.ContextNotActiveException noRequest) {
            // a job outside any request: a lost race then names no record
        }
        return entity;
    }

    /**
     * Writes now, so a concurrent save that slipped in between fails here with a clear conflict naming the winner.
     * With JDBC batch writing EclipseLink answers the lost race with its own optimistic lock exception, untranslated
     * and knowing no record (the batch failed as a whole, seen on PostgreSQL): the record is the one being saved here.
     */
    public <T extends BaseEntity> T flush(T entity) {
        try {
            em.flush();
            return entity;
        } catch (RuntimeException e) {
            if (!LostRace.isLock(e)) {
                throw e;
            }
            throw lastChange.of(entity.getClass(), entity.getId());
        }
    }

    /** The conflict with who saved the record last (read in a transaction of its own: see {@link LastChange}). */
    public ConcurrentChange conflict(Class<?> type, Long id) {
        return lastChange.of(type, id);
    }
}
