package org.iopmanager.aftercare.control;

/**
 * Where a check stands on a day: done (reached inside its window), closed (the outcome ended the contacts), upcoming,
 * due today, overdue (past the due day, still inside the window) or missed (the window closed without a reached
 * contact).
 */
public enum FollowUpState {
    DONE, CLOSED, UPCOMING, DUE_TODAY, OVERDUE, MISSED
}
