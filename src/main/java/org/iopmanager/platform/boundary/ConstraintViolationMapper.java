package org.iopmanager.platform.boundary;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Jersey unwraps an EJB's exception and hands a {@link ConstraintViolationException} to its own validation
 * mapper, which answers 500 for violations found outside resource parameters. Ours answers 400 with field
 * messages, like every other refusal.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    private final ProblemMapper problems = new ProblemMapper();

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        return problems.toResponse(exception);
    }
}
