package org.iopmanager.aftercare.entity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.platform.entity.InstantConverter;
import org.iopmanager.platform.entity.SiteOwned;

/**
 * One attempt to contact a discharged participant: when (an instant, with its day in the site's zone kept beside it
 * for the windows), how, whether the participant was reached, a note and who recorded it. Attempts are a log: they
 * are added, never edited.
 */
@Entity
@Table(name = "follow_up_attempt")
public class FollowUpAttempt extends BaseEntity implements SiteOwned {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "follow_up_id", nullable = false, updatable = false)
    private FollowUp followUp;

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @NotNull(message = "{followUp.attempt.at.required}")
    @Convert(converter = InstantConverter.class)
    @Column(name = "attempted_at", nullable = false, updatable = false)
    private Instant attemptedAt;

    @Column(name = "attempted_on", nullable = false, updatable = false)
    private LocalDate attemptedOn;

    @NotNull(message = "{followUp.attempt.method.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private ContactMethod method;

    @Column(nullable = false, updatable = false)
    private boolean reached;

    @Size(max = FollowUp.NOTE_MAX, message = "{followUp.note.size}")
    @Column(length = FollowUp.NOTE_MAX, updatable = false)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 60, updatable = false)
    private String recordedBy;

    public FollowUpAttempt() {
    }

    public FollowUpAttempt(FollowUp followUp, Instant attemptedAt, LocalDate attemptedOn, ContactMethod method,
            boolean reached, String note, String recordedBy) {
        this.followUp = followUp;
        this.siteId = followUp.owningSiteId();
        this.attemptedAt = attemptedAt;
        this.attemptedOn = attemptedOn;
        this.method = method;
        this.reached = reached;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.recordedBy = recordedBy;
    }

    @Override
    public Long owningSiteId() {
        return siteId;
    }

    public FollowUp getFollowUp() {
        return followUp;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public LocalDate getAttemptedOn() {
        return attemptedOn;
    }

    public ContactMethod getMethod() {
        return method;
    }

    public boolean isReached() {
        return reached;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
