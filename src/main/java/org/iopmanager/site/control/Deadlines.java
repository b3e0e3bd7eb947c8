package org.iopmanager.site.control;

import java.time.LocalDate;

import org.iopmanager.site.entity.BodyType;

/**
 * The bodies' deadlines after a survey, counted from the day the written report arrived: The Joint
 * Commission wants evidence of standards compliance within 60 days, CARF a quality improvement plan within
 * 90; other bodies get a default. CARF also wants an annual conformance-to-quality report on each
 * anniversary of the accreditation's effective date. The numbers come from settings ({@link DeadlineSettings}).
 */
public record Deadlines(int tjcEscDays, int carfQipDays, int defaultDays) {

    /** When a plan of correction is due by default, or null while the report date is unknown. */
    public LocalDate correctionDue(BodyType body, LocalDate reportDate) {
        if (reportDate == null) {
            return null;
        }
        return reportDate.plusDays(daysFor(body));
    }

    public int daysFor(BodyType body) {
        if (body == BodyType.JOINT_COMMISSION) {
            return tjcEscDays;
        }
        if (body == BodyType.CARF) {
            return carfQipDays;
        }
        return defaultDays;
    }

    /**
     * The next anniversary of {@code effective} on or after {@code today}, counted from the effective date
     * itself (so 29 February falls on 28 February in common years and comes back in leap years), or null
     * before the first anniversary has a meaning (no effective date).
     */
    public static LocalDate nextAnniversary(LocalDate effective, LocalDate today) {
        if (effective == null) {
            return null;
        }
        int years = Math.max(1, today.getYear() - effective.getYear() - 1);
        LocalDate candidate = effective.plusYears(years);
        while (candidate.isBefore(today)) {
            years++;
            candidate = effective.plusYears(years);
        }
        return candidate;
    }
}
