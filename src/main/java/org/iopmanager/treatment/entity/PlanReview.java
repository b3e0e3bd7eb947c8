package org.iopmanager.treatment.entity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.platform.entity.InstantConverter;
import org.iopmanager.platform.entity.SiteOwned;

/** A periodic review of an active plan: on which day, by whom, what was found; it moves the next review day on. */
@Entity
@Table(name = "plan_review")
public class PlanReview extends BaseEntity implements SiteOwned {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private TreatmentPlan plan;

    @Column(name = "reviewed_on", nullable = false, updatable = false)
    private LocalDate reviewedOn;

    @Column(name = "reviewed_by", nullable = false, updatable = false, length = 60)
    private String reviewedBy;

    @Size(max = TreatmentPlan.TEXT_MAX, message = "{plan.text.size}")
    @Column(length = TreatmentPlan.TEXT_MAX, updatable = false)
    private String note;

    @Convert(converter = InstantConverter.class)
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    public PlanReview() {
    }

    public PlanReview(TreatmentPlan plan, LocalDate reviewedOn, String reviewedBy, String note, Instant recordedAt) {
        this.plan = plan;
        this.reviewedOn = reviewedOn;
        this.reviewedBy = reviewedBy;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.recordedAt = recordedAt;
    }

    @Override
    public Long owningSiteId() {
        return plan.owningSiteId();
    }

    public TreatmentPlan getPlan() {
        return plan;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public String getNote() {
        return note;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
