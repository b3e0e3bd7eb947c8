package org.iopmanager.aftercare.entity;

import java.time.Instant;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.platform.entity.SiteOwned;

/**
 * One disclosure of a participant's information to a recipient (42 CFR §2.24/§2.25 accounting): when, to whom, what,
 * under which consent (none for a HIPAA treatment referral without SUD information), by whom, and which version of
 * the §2.32 notice went with it, plus the consent statement as it read then. Written once, never changed.
 */
@Entity
@Table(name = "disclosure")
public class Disclosure extends BaseEntity implements SiteOwned {

    private static final long serialVersionUID = 1L;

    @Column(name = "participant_id", nullable = false, updatable = false)
    private Long participantId;

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "referral_id", updatable = false)
    private Referral referral;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_id", updatable = false)
    private ResourceService service;

    @Column(nullable = false, length = 300, updatable = false)
    private String recipient;

    @Convert(converter = Categories.class)
    @Column(nullable = false, length = 300, updatable = false)
    private Set<DisclosureCategory> categories;

    @Column(name = "sud_information", nullable = false, updatable = false)
    private boolean sudInformation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "consent_id", updatable = false)
    private DisclosureConsent consent;

    @Column(name = "consent_statement", nullable = false, length = 2000, updatable = false)
    private String consentStatement;

    @Column(name = "notice_version", nullable = false, length = 40, updatable = false)
    private String noticeVersion;

    @Column(name = "disclosed_at", nullable = false, updatable = false)
    private Instant disclosedAt;

    @Column(name = "disclosed_by", nullable = false, length = 60, updatable = false)
    private String disclosedBy;

    public Disclosure() {
    }

    public Disclosure(Referral referral, String consentStatement, String noticeVersion, Instant at, String by) {
        this.participantId = referral.getParticipantId();
        this.siteId = referral.owningSiteId();
        this.referral = referral;
        this.service = referral.getService();
        this.recipient = referral.getService().recipientName();
        this.categories = referral.getCategories();
        this.sudInformation = referral.isSudInformation();
        this.consent = referral.getConsent();
        this.consentStatement = consentStatement.length() <= 2000 ? consentStatement : consentStatement.substring(0, 2000);
        this.noticeVersion = noticeVersion;
        this.disclosedAt = at;
        this.disclosedBy = by;
    }

    @Override
    public Long owningSiteId() {
        return siteId;
    }

    public Long getParticipantId() {
        return participantId;
    }

    public Referral getReferral() {
        return referral;
    }

    public ResourceService getService() {
        return service;
    }

    public String getRecipient() {
        return recipient;
    }

    public Set<DisclosureCategory> getCategories() {
        return Categories.of(categories);
    }

    public boolean isSudInformation() {
        return sudInformation;
    }

    public DisclosureConsent getConsent() {
        return consent;
    }

    public String getConsentStatement() {
        return consentStatement;
    }

    public String getNoticeVersion() {
        return noticeVersion;
    }

    public Instant getDisclosedAt() {
        return disclosedAt;
    }

    public String getDisclosedBy() {
        return disclosedBy;
    }
}
