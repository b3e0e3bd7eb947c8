package org.iopmanager.participant.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.platform.entity.InstantConverter;
import org.iopmanager.platform.entity.SiteOwned;

/**
 * A multidimensional ASAM assessment of an episode (at intake, and again at a level-of-care change): the edition of
 * the criteria it follows, each of the six dimensions rated 0 (no risk) to 4 (severe) with a note, and the level of
 * care it recommends. A treatment plan must address every dimension rated 2 or higher.
 */
@Entity
@Table(name = "asam_assessment")
public class AsamAssessment extends BaseEntity implements SiteOwned {

    private static final long serialVersionUID = 1L;

    public static final int NOTE_MAX = 2000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "episode_id", nullable = false, updatable = false)
    private Episode episode;

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @NotNull(message = "{assessment.assessedOn.required}")
    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @NotNull(message = "{assessment.edition.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AsamEdition edition;

    @NotNull(message = "{assessment.rating.required}")
    @Min(value = 0, message = "{assessment.rating.range}")
    @Max(value = 4, message = "{assessment.rating.range}")
    @Column(name = "d1_rating", nullable = false)
    private Integer d1Rating;

    @NotNull(message = "{assessment.rating.required}")
    @Min(value = 0, message = "{assessment.rating.range}")
    @Max(value = 4, message = "{assessment.rating.range}")
    @Column(name = "d2_rating", nullable = false)
    private Integer d2Rating;

    @NotNull(message = "{assessment.rating.required}")
    @Min(value = 0, message = "{assessment.rating.range}")
    @Max(value = 4, message = "{assessment.rating.range}")
    @Column(name = "d3_rating", nullable = false)
    private Integer d3Rating;

    @NotNull(message = "{assessment.rating.required}")
    @Min(value = 0, message = "{assessment.rating.range}")
    @Max(value = 4, message = "{assessment.rating.range}")
    @Column(name = "d4_rating", nullable = false)
    private Integer d4Rating;

    @NotNull(message = "{assessment.rating.required}")
    @Min(value = 0, message = "{assessment.rating.range}")
    @Max(value = 4, message = "{assessment.rating.range}")
    @Column(name = "d5_rating", nullable = false)
    private Integer d5Rating;

    @NotNull(message = "{assessment.rating.required}")
    @Min(value = 0, message = "{assessment.rating.range}")
    @Max(value = 4, message = "{assessment.rating.range}")
    @Column(name = "d6_rating", nullable = false)
    private Integer d6Rating;

    @Size(max = NOTE_MAX, message = "{assessment.note.size}")
    @Column(name = "d1_note", length = NOTE_MAX)
    private String d1Note;

    @Size(max = NOTE_MAX, message = "{assessment.note.size}")
    @Column(name = "d2_note", length = NOTE_MAX)
    private String d2Note;

    @Size(max = NOTE_MAX, message = "{assessment.note.size}")
    @Column(name = "d3_note", length = NOTE_MAX)
    private String d3Note;

    @Size(max = NOTE_MAX, message = "{assessment.note.size}")
    @Column(name = "d4_note", length = NOTE_MAX)
    private String d4Note;

    @Size(max = NOTE_MAX, message = "{assessment.note.size}")
    @Column(name = "d5_note", length = NOTE_MAX)
    private String d5Note;

    @Size(max = NOTE_MAX, message = "{assessment.note.size}")
    @Column(name = "d6_note", length = NOTE_MAX)
    private String d6Note;

    @Enumerated(EnumType.STRING)
    @Column(name = "recommended_level", length = 20)
    private LevelOfCare recommendedLevel;

    @Column(name = "assessed_by", nullable = false, length = 60, updatable = false)
    private String assessedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    public AsamAssessment() {
    }

    public AsamAssessment(Episode episode, String assessedBy, Instant recordedAt) {
        this.episode = episode;
        this.siteId = episode.owningSiteId();
        this.assessedBy = assessedBy;
        this.recordedAt = recordedAt;
    }

    @Override
    public Long owningSiteId() {
        return siteId;
    }

    public Integer rating(AsamDimension dimension) {
        return switch (dimension) {
            case D1 -> d1Rating;
            case D2 -> d2Rating;
            case D3 -> d3Rating;
            case D4 -> d4Rating;
            case D5 -> d5Rating;
            case D6 -> d6Rating;
        };
    }

    public void rate(AsamDimension dimension, Integer rating) {
        switch (dimension) {
            case D1 -> d1Rating = rating;
            case D2 -> d2Rating = rating;
            case D3 -> d3Rating = rating;
            case D4 -> d4Rating = rating;
            case D5 -> d5Rating = rating;
            case D6 -> d6Rating = rating;
        }
    }

    public String note(AsamDimension dimension) {
        return switch (dimension) {
            case D1 -> d1Note;
            case D2 -> d2Note;
            case D3 -> d3Note;
            case D4 -> d4Note;
            case D5 -> d5Note;
            case D6 -> d6Note;
        };
    }

    public void annotate(AsamDimension dimension, String note) {
        String value = note == null || note.isBlank() ? null : note.strip();
        switch (dimension) {
            case D1 -> d1Note = value;
            case D2 -> d2Note = value;
            case D3 -> d3Note = value;
            case D4 -> d4Note = value;
            case D5 -> d5Note = value;
            case D6 -> d6Note = value;
        }
    }

    /** Every dimension's rating (null where not rated). */
    public Map<AsamDimension, Integer> ratings() {
        Map<AsamDimension, Integer> ratings = new EnumMap<>(AsamDimension.class);
        for (AsamDimension dimension : AsamDimension.values()) {
            ratings.put(dimension, rating(dimension));
        }
        return ratings;
    }

    public void copyDetailsFrom(AsamAssessment other) {
        assessedOn = other.assessedOn;
        edition = other.edition;
        recommendedLevel = other.recommendedLevel;
        for (AsamDimension dimension : AsamDimension.values()) {
            rate(dimension, other.rating(dimension));
            annotate(dimension, other.note(dimension));
        }
    }

    public Episode getEpisode() {
        return episode;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public AsamEdition getEdition() {
        return edition;
    }

    public void setEdition(AsamEdition edition) {
        this.edition = edition;
    }

    public LevelOfCare getRecommendedLevel() {
        return recommendedLevel;
    }

    public void setRecommendedLevel(LevelOfCare recommendedLevel) {
        this.recommendedLevel = recommendedLevel;
    }

    public String getAssessedBy() {
        return assessedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
