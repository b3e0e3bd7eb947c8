package org.iopmanager.platform.control;

import jakarta.ejb.ApplicationException;

/**
 * The record does not exist, or the caller may not know that it does. A read of another site's record
 * answers exactly like a missing one (404), so ids cannot be probed.
 */
@ApplicationException(rollback = true)
public class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFound(String entity, Object id) {
        super(entity + " " + id + " not found");
    }
}
