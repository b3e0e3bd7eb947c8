package org.iopmanager.platform.boundary;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.iopmanager.platform.control.ConcurrentChange;
import org.iopmanager.platform.control.NotFound;
import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.platform.control.RuleViolations;

/**
 * Turns what a service refused into the same answers the pages give, as HTTP: 400 with field messages, 403,
 * 404 (also for records of other sites), 409 with who changed the record. Never a stack trace.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Exception exception) {
        Throwable problem = unwrap(exception);
        Problem body;
        if (problem instanceof WebApplicationException web && web.getResponse().getStatus() == 400 || unreadable(problem)) {
            // the JSON-B reader refused the body (empty, not JSON, a text where a number goes, a date or choice that does
            // not exist, which Jersey hands over as a ProcessingException): say so in words
            body = Problem.of(400, text("app.badRequest"));
        } else if (problem instanceof WebApplicationException web) {
            body = Problem.of(web.getResponse().getStatus(), web.getMessage());
        } else if (problem instanceof NotFound) {
            body = Problem.of(404, text("app.notFound"));
        } else if (problem instanceof EJBAccessException || problem instanceof AccessLocalException) {
            body = Problem.of(403, text("error.403.text"));
        } else if (problem instanceof ConcurrentChange change) {
            body = new Problem(409, text("app.conflict.short"), List.of(), change.getChangedBy(), String.valueOf(change.getChangedAt()));
        } else if (problem instanceof RuleViolations violations) {
            body = new Problem(400, text("app.invalid"), violations.getViolations().stream()
                    .map(v -> new Problem.FieldProblem(v.getField(), format(v))).toList(), null, null);
        } else if (problem instanceof RuleViolation violation) {
            String message = format(violation);
            body = new Problem(violation.httpStatus(), message, violation.getField() == null ? List.of()
                    : List.of(new Problem.FieldProblem(violation.getField(), message)), null, null);
        } else if (problem instanceof ConstraintViolationException invalid) {
            body = new Problem(400, text("app.invalid"), invalid.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldProblem(v.getPropertyPath().toString(), v.getMessage())).toList(), null, null);
        } else {
            LOG.log(Level.SEVERE, "Unexpected failure in the REST API", exception);
            body = Problem.of(500, text("error.500.text"));
        }
        return Response.status(body.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    private static Throwable unwrap(Throwable e) {
        ConcurrentChange race = org.iopmanager.platform.control.LostRace.of(e);
        if (race != null) {
            return race;
        }
        Throwable current = e;
        while (current instanceof EJBException && !(current instanceof EJBAccessException)
                && !(current instanceof AccessLocalException) && current.getCause() != null) {
            current = current.getCause();
        }
        for (Throwable t = current; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException || t instanceof RuleViolation || t instanceof RuleViolations) {
                return t; // also when Jersey wrapped it (a reader interceptor's refusal comes as a ProcessingException)
            }
        }
        return current;
    }

    /** The body could not be read into its type: JSON-B refused a value (an enum constant or a date that does not exist). */
    private static boolean unreadable(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause()) {
            if (t instanceof jakarta.json.bind.JsonbException || t instanceof jakarta.json.JsonException) {
                return true;
            }
        }
        return problem instanceof jakarta.ws.rs.ProcessingException;
    }

    private static String format(RuleViolation violation) {
        return java.text.MessageFormat.format(text(violation.getMessageKey()), violation.getArguments());
    }

    private static String text(String key) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.iopmanager.i18n.messages", Locale.ENGLISH);
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }
}
