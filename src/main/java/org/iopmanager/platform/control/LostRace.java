package org.iopmanager.platform.control;

import java.time.Instant;

import jakarta.enterprise.inject.spi.CDI;

import org.iopmanager.platform.entity.BaseEntity;

/**
 * Two saves from the same version at the same moment: both pass the version check, the database takes the first and
 * the second fails at commit with an optimistic lock exception, which used to answer 500 (HostileInputIT's parallel
 * saves found it for accreditation records, plans of correction and care standards). It is the same conflict as a
 * stale save, and is answered the same way: 409, or a message on the page, with who changed the record.
 */
public final class LostRace {

    private LostRace() {
    }

    /** Whether an optimistic lock exception (JPA's or EclipseLink's) is anywhere in the chain of {@code problem}. */
    public static boolean isLock(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    /** The conflict behind {@code problem}, or null when it is not a lost race. */
    public static ConcurrentChange of(Throwable problem) {
        boolean lost = false;
        Object entity = null;
        // JPA's exception may carry no entity while EclipseLink's below it does: look through the whole chain
        for (Throwable t = problem; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException lock) {
                lost = true;
                entity = entity == null ? lock.getEntity() : entity;
            } else if (t instanceof org.eclipse.persistence.exceptions.OptimisticLockException lock) {
                lost = true;
                // a failed batch has no query, and getObject() then throws: the record is unknown
                entity = entity == null && lock.getQuery() != null ? lock.getObject() : entity;
            }
        }
        if (!lost) {
            return null;
        }
        if (entity instanceof BaseEntity record && record.getId() != null) {
            try {
                return CDI.current().select(Versions.class).get().conflict(record.getClass(), record.getId());
            } catch (RuntimeException unknown) {
                // who won cannot be read now: still a conflict
            }
        }
        if (entity == null) {
            // the batch failed as a whole: the record is the one this request checked the version of
            try {
                SavingNow saving = CDI.current().select(SavingNow.class).get();
                if (saving.type() != null && saving.id() != null) {
                    return CDI.current().select(LastChange.class).get().of(saving.type(), saving.id());
                }
            } catch (RuntimeException unknown) {
                // no request, or who won cannot be read now: still a conflict
            }
        }
        return new ConcurrentChange(entity == null ? "?" : entity.getClass().getSimpleName(), null, "?", Instant.EPOCH);
    }
}
