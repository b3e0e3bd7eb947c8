package org.iopmanager.participant.entity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.platform.entity.InstantConverter;
import org.iopmanager.platform.entity.SiteOwned;

/**
 * A positive answer to an instrument's safety item (PHQ-9 item 9: thoughts of being better off dead or of self-harm)
 * that a clinician must see and act on. It stays on the record, the participant list and the site's safety flag
 * list until a clinician acknowledges it with a note (who and when are kept); it is never deleted.
 */
@Entity
@Table(name = "safety_flag")
public class SafetyFlag extends BaseEntity implements SiteOwned {

    private static final long serialVersionUID = 1L;

    public static final int NOTE_MAX = 2000;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_result_id", nullable = false, updatable = false)
    private MeasureResult result;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "episode_id", nullable = false, updatable = false)
    private Episode episode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", nullable = false, updatable = false)
    private Participant participant;

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @Column(name = "raised_on", nullable = false, updatable = false)
    private LocalDate raisedOn;

    @Column(name = "item_value", nullable = false, updatable = false)
    private int itemValue;

    @Convert(converter = InstantConverter.class)
    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Column(name = "acknowledged_by", length = 60)
    private String acknowledgedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Size(max = NOTE_MAX, message = "{flag.note.size}")
    @Column(length = NOTE_MAX)
    private String note;

    public SafetyFlag() {
    }

    public SafetyFlag(MeasureResult result, Instant raisedAt) {
        this.result = result;
        this.episode = result.getEpisode();
        this.participant = episode.getParticipant();
        this.siteId = result.owningSiteId();
        this.raisedOn = result.getAdministeredOn();
        this.itemValue = result.getSafetyItem();
        this.raisedAt = raisedAt;
    }

    @Override
    public Long owningSiteId() {
        return siteId;
    }

    public boolean isOpen() {
        return acknowledgedAt == null;
    }

    public void acknowledge(String by, Instant at, String note) {
        this.acknowledgedBy = by;
        this.acknowledgedAt = at;
        this.note = note;
    }

    public MeasureResult getResult() {
        return result;
    }

    public Episode getEpisode() {
        return episode;
    }

    public Participant getParticipant() {
        return participant;
    }

    public LocalDate getRaisedOn() {
        return raisedOn;
    }

    public int getItemValue() {
        return itemValue;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getNote() {
        return note;
    }
}
