package org.iopmanager.platform.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.iopmanager.platform.control.ConcurrentChange;
import org.iopmanager.platform.control.NotFound;
import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.platform.control.RuleViolations;

/**
 * Runs a page action against a service and turns what the service refused into messages: a broken rule
 * next to its field, a concurrent change with who and when, a missing record. The page stays as it was,
 * with the user's input, and nothing was written (the service rolled back).
 */
@ApplicationScoped
public class Actions {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @Inject
    Messages messages;

    /** @param formId the form whose inputs are named after the entity's fields */
    public boolean attempt(String formId, Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            report(formId, unwrap(e));
            return false;
        }
    }

    /**
     * Loads a page's record: one that does not exist, or is outside the caller's sites, answers 404 (with the
     * 404 page) rather than an error.
     */
    public void loadOrNotFound(Runnable load) {
        try {
            load.run();
        } catch (RuntimeException e) {
            if (!(unwrap(e) instanceof NotFound)) {
                throw e;
            }
            try {
                jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
                faces.getExternalContext().responseSendError(404, null);
                faces.responseComplete();
            } catch (java.io.IOException io) {
                throw new java.io.UncheckedIOException(io);
            }
        }
    }

    private void report(String formId, Throwable problem) {
        if (problem instanceof RuleViolations violations) {
            violations.getViolations().forEach(violation -> report(formId, violation));
        } else if (problem instanceof RuleViolation violation) {
            String clientId = violation.getField() == null ? null : formId + ":" + violation.getField();
            messages.error(clientId, violation.getMessageKey(), violation.getArguments());
        } else if (problem instanceof ConcurrentChange change) {
            messages.error(null, "app.conflict", change.getChangedBy(), WHEN.format(change.getChangedAt()));
        } else if (problem instanceof EJBAccessException || problem instanceof AccessLocalException) {
            messages.error(null, "error.403.text");
        } else if (problem instanceof NotFound) {
            messages.error(null, "app.notFound");
        } else if (problem instanceof ConstraintViolationException invalid) {
            for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
                String clientId = formId + ":" + violation.getPropertyPath();
                messages.error(clientId, violation.getMessage());
            }
        } else if (problem instanceof RuntimeException runtime) {
            throw runtime;
        } else {
            throw new IllegalStateException(problem);
        }
    }

    private static Throwable unwrap(Throwable e) {
        ConcurrentChange race = org.iopmanager.platform.control.LostRace.of(e);
        if (race != null) {
            return race;
        }
        Throwable current = e;
        while ((current instanceof EJBException && !(current instanceof EJBAccessException)
                && !(current instanceof AccessLocalException) || current.getClass().getName().endsWith("RollbackException"))
                && current.getCause() != null) {
            current = current.getCause();
        }
        for (Throwable t = current; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException) {
                return t;
            }
        }
        return current;
    }
}
