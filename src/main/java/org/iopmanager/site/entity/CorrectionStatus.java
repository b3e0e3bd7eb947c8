package org.iopmanager.site.entity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a plan of correction stands. It moves forward one step at a time (open, submitted to the body,
 * accepted by it, closed once the evidence is in) and only goes back when the body returns a submitted
 * plan. "Overdue" is not a status: it is derived from the due date in the site's time zone.
 */
public enum CorrectionStatus {
    OPEN,
    SUBMITTED,
    ACCEPTED,
    CLOSED;

    private static final Map<CorrectionStatus, Set<CorrectionStatus>> NEXT = Map.of(
            OPEN, EnumSet.of(SUBMITTED),
            SUBMITTED, EnumSet.of(ACCEPTED, OPEN),
            ACCEPTED, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(CorrectionStatus.class));

    /** Staying put is always allowed; otherwise only the next step (or a returned submission). */
    public boolean canMoveTo(CorrectionStatus next) {
        return next == this || NEXT.get(this).contains(next);
    }

    /** Accepted and closed plans are done: never overdue, no longer an open finding. */
    public boolean isDone() {
        return this == ACCEPTED || this == CLOSED;
    }

    public static final Set<CorrectionStatus> DONE = EnumSet.of(ACCEPTED, CLOSED);
}
