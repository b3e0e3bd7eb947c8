package org.iopmanager.participant.entity;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import org.iopmanager.platform.entity.BaseEntity;

/**
 * A standardised measure the provider administers (PHQ-9, GAD-7, BAM, AUDIT-C, DAST-10, or one an administrator
 * adds): the range of its total score and the severity bands over it, or instead up to three sub-scales with their
 * own ranges (the BAM has no total), and optionally a safety item whose positive answer raises a safety flag
 * (PHQ-9 item 9, thoughts of self-harm, 0-3). Provider-wide, not owned by a site; band labels are data.
 */
@Entity
@Table(name = "instrument")
public class Instrument extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 120;

    @NotBlank(message = "{instrument.code.required}")
    @Pattern(regexp = "[A-Z0-9-]{1,20}", message = "{instrument.code.pattern}")
    @Column(nullable = false, length = 20, updatable = false)
    private String code;

    @NotBlank(message = "{instrument.name.required}")
    @Size(max = NAME_MAX, message = "{instrument.name.size}")
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "min_score")
    private Integer minScore;

    @Column(name = "max_score")
    private Integer maxScore;

    @Column(name = "safety_item_max")
    private Integer safetyItemMax;

    @Column(nullable = false)
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "instrument_band", joinColumns = @JoinColumn(name = "instrument_id"))
    @OrderBy("lowerBound")
    private List<SeverityBand> bands = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "instrument_subscale", joinColumns = @JoinColumn(name = "instrument_id"))
    @OrderBy("position")
    private List<Subscale> subscales = new ArrayList<>();

    public Instrument() {
    }

    public Instrument(String code) {
        this.code = code == null ? null : code.strip();
    }

    /** Whether results have a total score (and its range); otherwise only sub-scores. */
    public boolean hasTotal() {
        return minScore != null && maxScore != null;
    }

    /** The label of the band a total score falls in: the last band whose lower bound it reaches (none without one). */
    public java.util.Optional<String> severityOf(Integer total) {
        String label = null;
        if (total != null) {
            for (SeverityBand band : bands) {
                if (total >= band.getLowerBound()) {
                    label = band.getLabel();
                }
            }
        }
        return java.util.Optional.ofNullable(label);
    }

    public boolean hasSafetyItem() {
        return safetyItemMax != null;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public Integer getMinScore() {
        return minScore;
    }

    public Integer getMaxScore() {
        return maxScore;
    }

    public void setRange(Integer minScore, Integer maxScore) {
        this.minScore = minScore;
        this.maxScore = maxScore;
    }

    public Integer getSafetyItemMax() {
        return safetyItemMax;
    }

    public void setSafetyItemMax(Integer safetyItemMax) {
        this.safetyItemMax = safetyItemMax;
    }

    public boolean isActive() {
        return active;
    }

    public List<SeverityBand> getBands() {
        return List.copyOf(bands);
    }

    public void setBands(List<SeverityBand> bands) {
        this.bands = new ArrayList<>(bands);
    }

    public List<Subscale> getSubscales() {
        return List.copyOf(subscales);
    }

    public void setSubscales(List<Subscale> subscales) {
        this.subscales = new ArrayList<>(subscales);
    }
}
