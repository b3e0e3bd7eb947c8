package org.iopmanager.platform.boundary;

import java.util.List;

/** The body of every refused API call: an HTTP status, a message and, where the input was wrong, per-field messages. */
public record Problem(int status, String message, List<FieldProblem> fields, String changedBy, String changedAt) {

    public record FieldProblem(String field, String message) {
    }

    public static Problem of(int status, String message) {
        return new Problem(status, message, List.of(), null, null);
    }
}
