package org.iopmanager.aftercare.boundary;

import java.io.Serializable;
import java.time.YearMonth;

import org.iopmanager.aftercare.control.FollowUpRules;

/**
 * The follow-up figures of one site for one month of discharge: discharges, those reached within 7 and within 30 days
 * of discharge (a reached contact on or before the discharge day plus 7, plus 30), and those who attended an alumni
 * group meeting after discharge. Percentages are of the month's discharges (null without any). Beside them the
 * referrals sent for the month's discharges and those whose first visit was verified (not merely closed): referrals
 * completed is a percentage of the referrals sent.
 */
public record AftercareRatesRow(long siteId, String siteName, YearMonth month, long discharges, long reachedWithin7,
        long reachedWithin30, long alumni, long referred, long referralsAttended) implements Serializable {

    public Integer percentWithin7() {
        return FollowUpRules.percent(reachedWithin7, discharges);
    }

    public Integer percentWithin30() {
        return FollowUpRules.percent(reachedWithin30, discharges);
    }

    public Integer percentAlumni() {
        return FollowUpRules.percent(alumni, discharges);
    }

    public Integer percentReferralsCompleted() {
        return FollowUpRules.percent(referralsAttended, referred);
    }

    /** This row and another of the same month added up (the all-sites line of the chart). */
    public AftercareRatesRow plus(AftercareRatesRow other) {
        return new AftercareRatesRow(0, null, month, discharges + other.discharges, reachedWithin7 + other.reachedWithin7,
                reachedWithin30 + other.reachedWithin30, alumni + other.alumni, referred + other.referred,
                referralsAttended + other.referralsAttended);
    }
}
