package org.iopmanager.aftercare.control;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

import org.iopmanager.aftercare.entity.DisclosureCategory;
import org.iopmanager.aftercare.entity.DisclosureConsent;
import org.iopmanager.aftercare.entity.SignedBy;

/**
 * The clear statement of a consent's scope that goes with every disclosure made under it (42 CFR §2.32 since the 2024
 * rule): who signed, when, to whom, for what, which information, until when, and that it can be revoked. For a
 * disclosure without SUD information and without consent, the statement says it was a HIPAA treatment disclosure.
 */
public final class ConsentStatement {

    /** The version of the §2.32 notice text in the bundle ({@code aftercare.notice.part2}). */
    public static final String NOTICE_VERSION = "42CFR2.32-2024";

    private ConsentStatement() {
    }

    public static String of(DisclosureConsent consent, ResourceBundle bundle) {
        if (consent == null) {
            return bundle.getString("aftercare.statement.noConsent");
        }
        String signer = consent.getSignedBy() == SignedBy.GUARDIAN
                ? MessageFormat.format(bundle.getString("aftercare.statement.guardian"), consent.getGuardianName())
                : bundle.getString("aftercare.statement.participant");
        String expiry = consent.getExpiresOn() != null ? consent.getExpiresOn().toString() : consent.getExpiryEvent();
        return MessageFormat.format(bundle.getString("aftercare.statement.consent"), String.valueOf(consent.getId()), signer,
                String.valueOf(consent.getSignedOn()), consent.getRecipientDescription(), consent.getPurpose(),
                categories(consent.getCategories(), bundle), expiry);
    }

    public static String categories(Set<DisclosureCategory> categories, ResourceBundle bundle) {
        return categories.stream().map(c -> bundle.getString("DisclosureCategory." + c.name())).collect(Collectors.joining(", "));
    }
}
