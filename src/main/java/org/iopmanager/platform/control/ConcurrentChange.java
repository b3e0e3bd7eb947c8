package org.iopmanager.platform.control;

import java.time.Instant;

import jakarta.ejb.ApplicationException;

/**
 * Somebody saved the record after the caller loaded it. Says who and when, so the page can tell the user
 * and keep their input on screen.
 */
@ApplicationException(rollback = true)
public class ConcurrentChange extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String changedBy;
    private final Instant changedAt;

    public ConcurrentChange(String entity, Object id, String changedBy, Instant changedAt) {
        super(entity + " " + id + " was changed by " + changedBy + " at " + changedAt);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
