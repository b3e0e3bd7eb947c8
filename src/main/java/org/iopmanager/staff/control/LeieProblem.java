package org.iopmanager.staff.control;

/**
 * A line of the LEIE file that was skipped, and why; {@code detail} is the column or the count the reason
 * is about. The page words it with the bundle key {@code LeieProblem.<reason>}.
 */
public record LeieProblem(int line, Reason reason, String detail) implements java.io.Serializable {

    public enum Reason {
        FIELD_COUNT,
        UNTERMINATED_QUOTE,
        BAD_DATE,
        BAD_NPI,
        TOO_LONG,
        NO_NAME
    }
}
