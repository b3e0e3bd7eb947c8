package org.iopmanager.platform.control;

import java.util.Arrays;

import jakarta.ejb.ApplicationException;

/**
 * A business rule said no. Carries a bundle key (and its arguments) and optionally the field it is about,
 * so the page can put the message next to that field. Rolls the transaction back: nothing half-written.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public RuleViolation(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    public static RuleViolation onField(String field, String messageKey, Object... arguments) {
        return new RuleViolation(field, messageKey, arguments);
    }

    protected RuleViolation(String field, String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** The HTTP status an API answers with: 400 (bad input) unless a kind of refusal says otherwise. */
    public int httpStatus() {
        return 400;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getField() {
        return field;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
