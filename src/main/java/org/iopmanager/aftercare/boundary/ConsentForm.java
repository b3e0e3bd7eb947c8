package org.iopmanager.aftercare.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

import org.iopmanager.aftercare.entity.DisclosureCategory;
import org.iopmanager.aftercare.entity.ResourceType;
import org.iopmanager.aftercare.entity.SignedBy;

/**
 * A signed consent as the page or the API records it: one named service ({@code serviceId}) or a class of recipients
 * ({@code recipientType} and its description), purpose, categories, an expiry date or event, and the signature.
 */
public record ConsentForm(Long serviceId, ResourceType recipientType, String recipientDescription, String purpose,
        Set<DisclosureCategory> categories, LocalDate expiresOn, String expiryEvent, SignedBy signedBy, String guardianName,
        LocalDate signedOn) implements Serializable {
}
