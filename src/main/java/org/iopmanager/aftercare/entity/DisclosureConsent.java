package org.iopmanager.aftercare.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.iopmanager.participant.entity.Participant;
import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.platform.entity.SiteOwned;

/**
 * A participant's written consent to disclose (42 CFR §2.31): to whom (one service of the directory, or a class of
 * recipients: every service of a type), for what purpose, which information, until when (a date or an event), signed
 * by whom and when, and its revocation. Recorded from the signed paper; never deleted, since the accounting of
 * disclosures names it. Whether it covers a disclosure today is {@code ConsentRules}' answer.
 */
@Entity
@Table(name = "disclosure_consent")
public class DisclosureConsent extends BaseEntity implements SiteOwned {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", nullable = false, updatable = false)
    private Participant participant;

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recipient_service_id")
    private ResourceService recipientService;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_type", length = 40)
    private ResourceType recipientType;

    @NotBlank(message = "{aftercare.consent.recipient.required}")
    @Size(max = 300, message = "{aftercare.text.size}")
    @Column(name = "recipient_description", nullable = false, length = 300)
    private String recipientDescription;

    @NotBlank(message = "{aftercare.consent.purpose.required}")
    @Size(max = 500, message = "{aftercare.text.size}")
    @Column(nullable = false, length = 500)
    private String purpose;

    @Convert(converter = Categories.class)
    @Column(nullable = false, length = 300)
    private Set<DisclosureCategory> categories = Categories.of(null);

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Size(max = 300, message = "{aftercare.text.size}")
    @Column(name = "expiry_event", length = 300)
    private String expiryEvent;

    @NotNull(message = "{aftercare.consent.signedBy.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "signed_by", nullable = false, length = 20)
    private SignedBy signedBy;

    @Size(max = 120, message = "{aftercare.text.size}")
    @Column(name = "guardian_name", length = 120)
    private String guardianName;

    @NotNull(message = "{aftercare.consent.signedOn.required}")
    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 60)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "revoked_on")
    private LocalDate revokedOn;

    @Column(name = "revoked_by", length = 60)
    private String revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    public DisclosureConsent() {
    }

    public DisclosureConsent(Participant participant, String recordedBy, Instant recordedAt) {
        this.participant = participant;
        this.siteId = participant.owningSiteId();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    @Override
    public Long owningSiteId() {
        return siteId;
    }

    /** Names one service; its name is the recipient's description. */
    public void recipient(ResourceService service) {
        this.recipientService = service;
        this.recipientType = null;
        this.recipientDescription = service.recipientName();
    }

    /** Names a class of recipients: every service of a type, described in words. */
    public void recipientClass(ResourceType type, String description) {
        this.recipientService = null;
        this.recipientType = type;
        this.recipientDescription = description;
    }

    public void revoke(LocalDate on, String by, Instant at) {
        revokedOn = on;
        revokedBy = by;
        revokedAt = at;
    }

    public boolean isRevoked() {
        return revokedOn != null;
    }

    public Participant getParticipant() {
        return participant;
    }

    public ResourceService getRecipientService() {
        return recipientService;
    }

    public ResourceType getRecipientType() {
        return recipientType;
    }

    public String getRecipientDescription() {
        return recipientDescription;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public Set<DisclosureCategory> getCategories() {
        return Categories.of(categories);
    }

    public void setCategories(Set<DisclosureCategory> categories) {
        this.categories = Categories.of(categories);
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getExpiryEvent() {
        return expiryEvent;
    }

    public void setExpiryEvent(String expiryEvent) {
        this.expiryEvent = expiryEvent == null || expiryEvent.isBlank() ? null : expiryEvent;
    }

    public SignedBy getSignedBy() {
        return signedBy;
    }

    public void setSignedBy(SignedBy signedBy) {
        this.signedBy = signedBy;
    }

    public String getGuardianName() {
        return guardianName;
    }

    public void setGuardianName(String guardianName) {
        this.guardianName = guardianName == null || guardianName.isBlank() ? null : guardianName;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public LocalDate getRevokedOn() {
        return revokedOn;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
