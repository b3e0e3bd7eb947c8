package org.iopmanager.participant.entity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.platform.entity.InstantConverter;
import org.iopmanager.platform.entity.SiteOwned;

/**
 * One administration of a standardised measure in an episode: a total score (for instruments that have one), up to
 * three sub-scores by the instrument's sub-scale positions (BAM: Use, Risk, Protective), and the answer to the
 * instrument's safety item (PHQ-9 item 9). The severity label is read from the instrument's bands, not stored.
 */
@Entity
@Table(name = "measure_result")
public class MeasureResult extends BaseEntity implements SiteOwned {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "episode_id", nullable = false, updatable = false)
    private Episode episode;

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @NotNull(message = "{measure.instrument.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "instrument_id", nullable = false, updatable = false)
    private Instrument instrument;

    @NotNull(message = "{measure.administeredOn.required}")
    @Column(name = "administered_on", nullable = false)
    private LocalDate administeredOn;

    @Column(name = "total_score")
    private Integer totalScore;

    @Column(name = "sub_score_1")
    private Integer subScore1;

    @Column(name = "sub_score_2")
    private Integer subScore2;

    @Column(name = "sub_score_3")
    private Integer subScore3;

    @Column(name = "safety_item")
    private Integer safetyItem;

    @Column(name = "recorded_by", nullable = false, length = 60, updatable = false)
    private String recordedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    public MeasureResult() {
    }

    public MeasureResult(Episode episode, Instrument instrument, String recordedBy, Instant recordedAt) {
        this.episode = episode;
        this.siteId = episode.owningSiteId();
        this.instrument = instrument;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    @Override
    public Long owningSiteId() {
        return siteId;
    }

    public void copyScoresFrom(MeasureResult other) {
        administeredOn = other.administeredOn;
        totalScore = other.totalScore;
        subScore1 = other.subScore1;
        subScore2 = other.subScore2;
        subScore3 = other.subScore3;
        safetyItem = other.safetyItem;
    }

    /** The sub-score at a sub-scale position (1 to 3). */
    public Integer subScore(int position) {
        return switch (position) {
            case 1 -> subScore1;
            case 2 -> subScore2;
            case 3 -> subScore3;
            default -> throw new IllegalArgumentException("Sub-scale position " + position);
        };
    }

    public void score(int position, Integer score) {
        switch (position) {
            case 1 -> subScore1 = score;
            case 2 -> subScore2 = score;
            case 3 -> subScore3 = score;
            default -> throw new IllegalArgumentException("Sub-scale position " + position);
        }
    }

    /** The severity band label of the total score, from the instrument's bands (empty when none applies). */
    public String getSeverity() {
        return instrument.severityOf(totalScore).orElse(null);
    }

    public Episode getEpisode() {
        return episode;
    }

    public Instrument getInstrument() {
        return instrument;
    }

    public LocalDate getAdministeredOn() {
        return administeredOn;
    }

    public void setAdministeredOn(LocalDate administeredOn) {
        this.administeredOn = administeredOn;
    }

    public Integer getTotalScore() {
        return totalScore;
    }

    public void setTotalScore(Integer totalScore) {
        this.totalScore = totalScore;
    }

    public Integer getSubScore1() {
        return subScore1;
    }

    public void setSubScore1(Integer subScore1) {
        this.subScore1 = subScore1;
    }

    public Integer getSubScore2() {
        return subScore2;
    }

    public void setSubScore2(Integer subScore2) {
        this.subScore2 = subScore2;
    }

    public Integer getSubScore3() {
        return subScore3;
    }

    public void setSubScore3(Integer subScore3) {
        this.subScore3 = subScore3;
    }

    public Integer getSafetyItem() {
        return safetyItem;
    }

    public void setSafetyItem(Integer safetyItem) {
        this.safetyItem = safetyItem;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
