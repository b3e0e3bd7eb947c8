package org.iopmanager.participant.entity;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.platform.entity.SiteOwned;
import org.iopmanager.platform.entity.SiteWrites;
import org.iopmanager.staff.entity.StaffMember;

/**
 * One episode of care of a participant: from admission to discharge, at a level of care, with a primary
 * clinician who must be cleared to counsel at the site on the admission day. A participant has at most one open
 * episode; step-up and step-down change the level of care by discharge and a new admission.
 */
@Entity
@EntityListeners(SiteWrites.class)
@Table(name = "episode")
public class Episode extends BaseEntity implements SiteOwned {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "participant_id", nullable = false, updatable = false)
    private Participant participant;

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @NotNull(message = "{episode.admissionDate.required}")
    @Column(name = "admission_date", nullable = false)
    private LocalDate admissionDate;

    @NotNull(message = "{episode.track.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Track track;

    @NotNull(message = "{episode.levelOfCare.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "level_of_care", nullable = false, length = 20)
    private LevelOfCare levelOfCare;

    @NotNull(message = "{episode.referralSource.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "referral_source", nullable = false, length = 30)
    private ReferralSource referralSource;

    @NotNull(message = "{episode.primaryClinician.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "primary_clinician_id", nullable = false)
    private StaffMember primaryClinician;

    @NotNull(message = "{episode.focus.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Focus focus;

    @Column(name = "discharge_date")
    private LocalDate dischargeDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "discharge_reason", length = 30)
    private DischargeReason dischargeReason;

    public Episode() {
    }

    public Episode(Participant participant) {
        this.participant = participant;
        this.siteId = participant.owningSiteId();
    }

    @Override
    public Long owningSiteId() {
        return siteId;
    }

    public boolean isOpen() {
        return dischargeDate == null;
    }

    public void copyDetailsFrom(Episode other) {
        admissionDate = other.admissionDate;
        track = other.track;
        levelOfCare = other.levelOfCare;
        referralSource = other.referralSource;
        focus = other.focus;
    }

    public void discharge(LocalDate on, DischargeReason reason) {
        dischargeDate = on;
        dischargeReason = reason;
    }

    public Participant getParticipant() {
        return participant;
    }

    public LocalDate getAdmissionDate() {
        return admissionDate;
    }

    public void setAdmissionDate(LocalDate admissionDate) {
        this.admissionDate = admissionDate;
    }

    public Track getTrack() {
        return track;
    }

    public void setTrack(Track track) {
        this.track = track;
    }

    public LevelOfCare getLevelOfCare() {
        return levelOfCare;
    }

    public void setLevelOfCare(LevelOfCare levelOfCare) {
        this.levelOfCare = levelOfCare;
    }

    public ReferralSource getReferralSource() {
        return referralSource;
    }

    public void setReferralSource(ReferralSource referralSource) {
        this.referralSource = referralSource;
    }

    public StaffMember getPrimaryClinician() {
        return primaryClinician;
    }

    public void setPrimaryClinician(StaffMember primaryClinician) {
        this.primaryClinician = primaryClinician;
    }

    public Focus getFocus() {
        return focus;
    }

    public void setFocus(Focus focus) {
        this.focus = focus;
    }

    public LocalDate getDischargeDate() {
        return dischargeDate;
    }

    public DischargeReason getDischargeReason() {
        return dischargeReason;
    }
}
