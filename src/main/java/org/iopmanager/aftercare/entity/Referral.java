package org.iopmanager.aftercare.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.iopmanager.participant.entity.Episode;
import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.platform.entity.SiteOwned;
import org.iopmanager.platform.entity.SiteWrites;

/**
 * A referral of an episode's discharge (aftercare) plan to a directory service: why, what information goes with it,
 * where it stands and since when. Whether it carries substance use disorder information follows from its categories
 * and decides whether it needs a Part 2 consent to be sent. The verified first visit is kept apart from the status:
 * "closed" is an administrative end, not proof that the participant connected.
 */
@Entity
@EntityListeners(SiteWrites.class)
@Table(name = "referral")
public class Referral extends BaseEntity implements SiteOwned {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "episode_id", nullable = false, updatable = false)
    private Episode episode;

    @Column(name = "participant_id", nullable = false, updatable = false)
    private Long participantId;

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @NotNull(message = "{aftercare.referral.service.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id", nullable = false)
    private ResourceService service;

    @NotBlank(message = "{aftercare.referral.reason.required}")
    @Size(max = 1000, message = "{aftercare.text.size}")
    @Column(nullable = false, length = 1000)
    private String reason;

    @Convert(converter = Categories.class)
    @Column(nullable = false, length = 300)
    private Set<DisclosureCategory> categories = Categories.of(null);

    @Column(name = "sud_information", nullable = false)
    private boolean sudInformation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ReferralStatus status = ReferralStatus.DRAFT;

    @Column(name = "status_since", nullable = false)
    private Instant statusSince;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "consent_id")
    private DisclosureConsent consent;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "decline_reason", length = 500)
    private String declineReason;

    @Column(name = "appointment_date")
    private LocalDate appointmentDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "closing_outcome", length = 30)
    private ClosingOutcome closingOutcome;

    @Column(name = "created_by", nullable = false, updatable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "first_visit_on")
    private LocalDate firstVisitOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "confirmed_by", length = 30)
    private VisitConfirmer confirmedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "confirmation_method", length = 30)
    private ConfirmationMethod confirmationMethod;

    @Size(max = 500, message = "{aftercare.text.size}")
    @Column(name = "confirmation_note", length = 500)
    private String confirmationNote;

    @Column(name = "verified_by", length = 60)
    private String verifiedBy;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    public Referral() {
    }

    public Referral(Episode episode, ResourceService service, String createdBy, Instant createdAt) {
        this.episode = episode;
        this.participantId = episode.getParticipant().getId();
        this.siteId = episode.owningSiteId();
        this.service = service;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.statusSince = createdAt;
    }

    @Override
    public Long owningSiteId() {
        return siteId;
    }

    /** Moves to {@code to} (the lifecycle has said it may) with what that step records. */
    public void moveTo(ReferralStatus to, Instant at) {
        status = to;
        statusSince = at;
    }

    public void sent(Instant at) {
        sentAt = at;
    }

    public void declined(String why) {
        declineReason = why;
    }

    public void appointment(LocalDate on) {
        appointmentDate = on;
    }

    public void closed(ClosingOutcome outcome) {
        closingOutcome = outcome;
    }

    public void verifyFirstVisit(LocalDate on, VisitConfirmer by, ConfirmationMethod how, String note, String user, Instant at) {
        firstVisitOn = on;
        confirmedBy = by;
        confirmationMethod = how;
        confirmationNote = note == null || note.isBlank() ? null : note;
        verifiedBy = user;
        verifiedAt = at;
    }

    public boolean isVerified() {
        return firstVisitOn != null;
    }

    public Episode getEpisode() {
        return episode;
    }

    public Long getParticipantId() {
        return participantId;
    }

    public ResourceService getService() {
        return service;
    }

    public void setService(ResourceService service) {
        this.service = service;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Set<DisclosureCategory> getCategories() {
        return Categories.of(categories);
    }

    /** Sets what goes with the referral; whether that is SUD information follows from it. */
    public void setCategories(Set<DisclosureCategory> categories) {
        this.categories = Categories.of(categories);
        this.sudInformation = Categories.anySud(categories);
    }

    public boolean isSudInformation() {
        return sudInformation;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public Instant getStatusSince() {
        return statusSince;
    }

    public DisclosureConsent getConsent() {
        return consent;
    }

    public void setConsent(DisclosureConsent consent) {
        this.consent = consent;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public LocalDate getAppointmentDate() {
        return appointmentDate;
    }

    public ClosingOutcome getClosingOutcome() {
        return closingOutcome;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public LocalDate getFirstVisitOn() {
        return firstVisitOn;
    }

    public VisitConfirmer getConfirmedBy() {
        return confirmedBy;
    }

    public ConfirmationMethod getConfirmationMethod() {
        return confirmationMethod;
    }

    public String getConfirmationNote() {
        return confirmationNote;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }
}
