package org.iopmanager.platform.control;

import java.util.List;

import jakarta.ejb.ApplicationException;

/** Several rules broken at once: every one is shown next to its field, not just the first. */
@ApplicationException(rollback = true)
public class RuleViolations extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<RuleViolation> violations;

    public RuleViolations(List<RuleViolation> violations) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
    }

    public static void throwIfAny(List<RuleViolation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolations(violations);
        }
    }

    public List<RuleViolation> getViolations() {
        return violations;
    }
}
