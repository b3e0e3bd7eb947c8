package org.iopmanager.platform.control;

/**
 * The National Provider Identifier check digit (CMS): a Luhn check over the prefix 80840 followed by the
 * ten digits. Same rule for organisations (type 2, sites) and individuals (type 1, staff); NPIs issued so far
 * start with 1 or 2, but the first digit does not say which type an NPI is (NPPES does).
 */
public final class NpiCheck {

    private static final String PREFIX = "80840";

    private NpiCheck() {
    }

    public static boolean isValid(String npi) {
        if (npi == null || npi.length() != 10 || !npi.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        if (npi.charAt(0) != '1' && npi.charAt(0) != '2') {
            return false;
        }
        return luhn(PREFIX + npi);
    }

    /** The check digit that completes nine NPI digits. */
    public static int checkDigit(String firstNine) {
        for (int digit = 0; digit <= 9; digit++) {
            if (luhn(PREFIX + firstNine + digit)) {
                return digit;
            }
        }
        throw new IllegalStateException("no Luhn digit for " + firstNine);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
