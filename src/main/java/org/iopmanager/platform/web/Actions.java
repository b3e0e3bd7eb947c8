package org.iopmanager.platform.web;

import java.security.Principal;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.FacesException;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UISelectBoolean;
import jakarta.faces.component.UISelectMany;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.iopmanager.platform.control.ConcurrentChange;
import org.iopmanager.platform.control.IdempotencyStore;
import org.iopmanager.platform.control.IdempotencyStore.Claim;
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

    /** How long after a create a post identical to it counts as the same submit sent twice. */
    static final Duration SAME_SUBMIT = Duration.ofSeconds(30);
    /** How long a second copy waits for the first one's outcome before it is told the first is still running. */
    static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(15);

    @Inject
    Messages messages;

    @Inject
    IdempotencyStore submits;

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
     * Runs a create like {@link #attempt}, once per submit (issue 8, double submit): the same post sent again by the
     * same user within {@link #SAME_SUBMIT} (a double click, a resubmit after a slow answer, the browser's "send
     * again") does not run the action a second time; it waits for the first copy if that is still running and then
     * tells the user the form was saved once. A copy whose first attempt was refused (a field message) runs again.
     * The claim is kept in the database, so two copies arriving at two cluster nodes still run once.
     *
     * @return true only for the copy that ran and succeeded
     */
    public boolean attemptOnce(String formId, Runnable action) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Principal user = faces == null ? null : faces.getExternalContext().getUserPrincipal();
        if (user == null || !(faces.getExternalContext().getRequest() instanceof HttpServletRequest request)) {
            return attempt(formId, action);
        }
        String fingerprint = FormSubmit.fingerprint(request);
        String key = "form:" + fingerprint;
        long giveUp = System.nanoTime() + WAIT_FOR_FIRST.toNanos();
        while (true) {
            Claim claim;
            try {
                claim = submits.claimFresh(user.getName(), key, fingerprint, SAME_SUBMIT);
            } catch (EJBException | PersistenceException twoAtOnce) {
                // the other copy claimed it between our look-up and our insert
                claim = new Claim(Claim.Kind.IN_PROGRESS, null, null);
            }
            switch (claim.kind()) {
                case CLAIMED -> {
                    return runClaimed(formId, action, user.getName(), key);
                }
                case REPLAY, MISMATCH -> {
                    messages.error(null, "app.submit.twice");
                    return false;
                }
                case IN_PROGRESS -> {
                    if (System.nanoTime() > giveUp) {
                        messages.error(null, "app.submit.inProgress");
                        return false;
                    }
                    pause();
                }
                default -> throw new IllegalStateException(claim.kind().name());
            }
        }
    }

    /** {@link #attemptOnce} for a create, {@link #attempt} for an update (a save form that does both). */
    public boolean attemptOnceIf(boolean create, String formId, Runnable action) {
        return create ? attemptOnce(formId, action) : attempt(formId, action);
    }

    private boolean runClaimed(String formId, Runnable action, String user, String key) {
        boolean ok = false;
        try {
            ok = attempt(formId, action);
            return ok;
        } finally {
            if (ok) {
                submits.complete(user, key, 200, null);
            } else {
                submits.release(user, key);
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the first copy of a submit", e);
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
            markInvalid(clientId);
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
                markInvalid(clientId);
            }
        } else if (problem instanceof RuntimeException runtime) {
            throw runtime;
        } else {
            throw new IllegalStateException(problem);
        }
    }

    /**
     * Marks the input a service refused as invalid, as a converter or validator would (red outline, {@code aria-invalid}
     * for screen readers), and shows it with what the user typed. The service refused after the model was updated, so
     * the input has no submitted value of its own any more, and PrimeFaces renders an invalid input without one as
     * empty: the typed text is put back from the request. Only inputs posted as one text (text, text area, date, a
     * single choice); a field the form does not have, a check box or a multiple choice keeps the message beside it only.
     */
    private static void markInvalid(String clientId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (clientId == null || faces == null || faces.getViewRoot() == null) {
            return;
        }
        Map<String, String> posted = faces.getExternalContext().getRequestParameterMap();
        try {
            faces.getViewRoot().invokeOnComponent(faces, clientId, (context, component) -> {
                if (component instanceof UIInput input && !(component instanceof UISelectMany)
                        && !(component instanceof UISelectBoolean)) {
                    String typed = posted.containsKey(clientId) ? posted.get(clientId) : posted.get(clientId + "_input");
                    if (typed != null) {
                        input.setSubmittedValue(typed);
                        input.setValid(false);
                    }
                }
            });
        } catch (IllegalArgumentException | FacesException notAnInputPath) {
            // a rule's field that is no component's id (e.g. inside a row of a repeat): the message is enough
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
