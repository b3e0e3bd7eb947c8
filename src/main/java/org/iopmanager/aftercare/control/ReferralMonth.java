package org.iopmanager.aftercare.control;

import java.time.YearMonth;

/**
 * Referral completion of a site in a month of discharges: referrals sent for episodes discharged that month, and how
 * many of them have a verified first visit. For the aftercare rates dashboard.
 */
public record ReferralMonth(long siteId, YearMonth month, long referred, long verifiedAttended) {
}
