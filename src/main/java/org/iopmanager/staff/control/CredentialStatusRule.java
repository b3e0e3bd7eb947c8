package org.iopmanager.staff.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.iopmanager.staff.entity.CredentialStatus;
import org.iopmanager.staff.entity.VerificationOutcome;

/**
 * Derives a credential's status on a given day. A credential counts as verified only while its latest
 * primary-source verification said "verified", is younger than the age limit (NCQA: 120 days since July 2025
 * for verifications used in a credentialing decision) and the credential itself is unexpired. What the
 * source said wins over the calendar when it is worse (suspended, restricted, discrepancy). "Expiring" is a
 * verified credential whose expiry falls within the horizon.
 *
 * @param verificationMaxAgeDays how old a verification may be (default 120)
 * @param expiringHorizonDays how close an expiry makes a credential "expiring" (default 90)
 */
public record CredentialStatusRule(int verificationMaxAgeDays, int expiringHorizonDays) implements Serializable {

    public static final CredentialStatusRule DEFAULT = new CredentialStatusRule(120, 90);

    public CredentialStatusRule {
        if (verificationMaxAgeDays < 1 || expiringHorizonDays < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * @param expiry the credential's expiry date, or null if it does not expire
     * @param latestOutcome the outcome of the latest verification, or null if never verified
     * @param verifiedOn the date of that verification
     * @param today the date where the credential is used (the site's date)
     */
    public CredentialStatus statusOn(LocalDate expiry, VerificationOutcome latestOutcome, LocalDate verifiedOn,
            LocalDate today) {
        if (latestOutcome == VerificationOutcome.SUSPENDED_OR_REVOKED) {
            return CredentialStatus.SUSPENDED_OR_REVOKED;
        }
        if (expiry != null && !today.isBefore(expiry)) {
            return CredentialStatus.EXPIRED;
        }
        if (latestOutcome == VerificationOutcome.RESTRICTED) {
            return CredentialStatus.RESTRICTED;
        }
        if (latestOutcome == VerificationOutcome.DISCREPANCY || latestOutcome == VerificationOutcome.NOT_FOUND) {
            return CredentialStatus.DISCREPANCY;
        }
        if (latestOutcome == null || verifiedOn == null || verifiedOn.isAfter(today)
                || ChronoUnit.DAYS.between(verifiedOn, today) > verificationMaxAgeDays) {
            return CredentialStatus.PENDING_VERIFICATION;
        }
        if (expiry != null && ChronoUnit.DAYS.between(today, expiry) <= expiringHorizonDays) {
            return CredentialStatus.EXPIRING;
        }
        return CredentialStatus.VERIFIED;
    }

    /** The last day a verification made on {@code verifiedOn} still counts. */
    public LocalDate verificationValidThrough(LocalDate verifiedOn) {
        return verifiedOn.plusDays(verificationMaxAgeDays);
    }
}
