package org.iopmanager.reporting.boundary;

import java.io.Serializable;
import java.time.LocalDate;

import org.iopmanager.site.control.Horizon;

/**
 * Something due for the user, from any feature: what (a bundle key and its arguments), where, by when, how
 * many days are left in the site's time zone (negative: overdue), and the page that deals with it.
 */
public record DueItem(Kind kind, Long siteId, String siteName, String subject, LocalDate dueDate, long daysLeft,
        String outcome, String parameterName, Long parameterValue) implements Serializable {

    public enum Kind { ACCREDITATION_EXPIRY, SURVEY_WINDOW, CORRECTION_DUE, CONFORMANCE_REPORT, FIRST_PLANS_DUE, PLAN_REVIEWS_DUE, SAFETY_FLAGS, HOURS_SHORT,
        FOLLOW_UPS_DUE }

    /** A method, not a getter: on Jakarta EL 6 (Payara 7) a record resolves only its components as properties. */
    public Horizon horizon() {
        return Horizon.of(daysLeft, daysLeft <= 0 && kind == Kind.ACCREDITATION_EXPIRY);
    }
}
