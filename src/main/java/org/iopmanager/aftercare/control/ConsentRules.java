package org.iopmanager.aftercare.control;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.iopmanager.aftercare.entity.DisclosureCategory;
import org.iopmanager.aftercare.entity.DisclosureConsent;
import org.iopmanager.aftercare.entity.ResourceService;

/**
 * Whether a written consent (42 CFR §2.31) covers a disclosure today: signed on or before today, not revoked on or
 * before today, not past its expiry date, naming the recipient (the service itself, or the class of services of its
 * type), and allowing every category that goes. An expiry event (not a date) holds until the consent is revoked for it.
 * Answers the bundle key of the first reason it does not, so the refusal says why.
 */
public final class ConsentRules {

    private ConsentRules() {
    }

    public static Optional<String> refusal(DisclosureConsent consent, ResourceService recipient,
            Set<DisclosureCategory> categories, LocalDate today) {
        if (consent == null) {
            return Optional.of("aftercare.consent.missing");
        }
        if (consent.getRevokedOn() != null && !consent.getRevokedOn().isAfter(today)) {
            return Optional.of("aftercare.consent.revoked");
        }
        if (consent.getExpiresOn() != null && consent.getExpiresOn().isBefore(today)) {
            return Optional.of("aftercare.consent.expired");
        }
        if (consent.getSignedOn() == null || consent.getSignedOn().isAfter(today)) {
            return Optional.of("aftercare.consent.notSigned");
        }
        if (!names(consent, recipient)) {
            return Optional.of("aftercare.consent.otherRecipient");
        }
        if (!consent.getCategories().containsAll(categories)) {
            return Optional.of("aftercare.consent.categories");
        }
        return Optional.empty();
    }

    /** Whether the consent is still usable on {@code today} at all (not revoked, not expired, signed). */
    public static boolean current(DisclosureConsent consent, LocalDate today) {
        return consent != null && (consent.getRevokedOn() == null || consent.getRevokedOn().isAfter(today))
                && (consent.getExpiresOn() == null || !consent.getExpiresOn().isBefore(today))
                && consent.getSignedOn() != null && !consent.getSignedOn().isAfter(today);
    }

    static boolean names(DisclosureConsent consent, ResourceService recipient) {
        if (recipient == null) {
            return false;
        }
        if (consent.getRecipientService() != null) {
            return consent.getRecipientService() == recipient
                    || consent.getRecipientService().getId() != null && consent.getRecipientService().getId().equals(recipient.getId());
        }
        return consent.getRecipientType() != null && consent.getRecipientType() == recipient.getType();
    }
}
