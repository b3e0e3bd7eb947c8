package org.iopmanager.platform.control;

import java.util.List;
import java.util.function.UnaryOperator;

import org.iopmanager.platform.entity.StorableValidator;

/**
 * The entity's {@code @Storable} check as rule violations, for a service that must run it before the insert does:
 * before it looks one of the values up (PostgreSQL answers a NUL in a query parameter with an error, so a code with a
 * NUL made a 500 at the "already taken" query), or where the field is named by a path of the service's own (the
 * nested rows of a plan, whose insert names only the row's field). Each refusal names its field.
 */
public final class Unstorable {

    private Unstorable() {
    }

    /** Throws the refusals of {@code entity}'s fields that cannot be stored, if any. */
    public static void refuse(Object entity) {
        RuleViolations.throwIfAny(of(entity, UnaryOperator.identity()));
    }

    /** The refusals of {@code entity}'s fields that cannot be stored, each on the field {@code fieldName} gives. */
    public static List<RuleViolation> of(Object entity, UnaryOperator<String> fieldName) {
        return StorableValidator.problems(entity).entrySet().stream()
                .map(problem -> RuleViolation.onField(fieldName.apply(problem.getKey()), problem.getValue())).toList();
    }
}
