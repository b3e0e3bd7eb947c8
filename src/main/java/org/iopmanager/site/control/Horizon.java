package org.iopmanager.site.control;

/**
 * How close an expiry is, for the readiness matrix's colours and the due list: expired, under 30, 90 or
 * 180 days, fine, or no expiry at all.
 */
public enum Horizon {
    EXPIRED,
    UNDER_30,
    UNDER_90,
    UNDER_180,
    FINE,
    NONE;

    public static Horizon of(Long daysToExpiry, boolean expired) {
        if (expired) {
            return EXPIRED;
        }
        if (daysToExpiry == null) {
            return NONE;
        }
        if (daysToExpiry < 0) {
            return EXPIRED;
        }
        if (daysToExpiry < 30) {
            return UNDER_30;
        }
        if (daysToExpiry < 90) {
            return UNDER_90;
        }
        if (daysToExpiry < 180) {
            return UNDER_180;
        }
        return FINE;
    }

    public String getStyleClass() {
        return "horizon-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
