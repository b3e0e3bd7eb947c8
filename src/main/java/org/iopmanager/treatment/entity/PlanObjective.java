package org.iopmanager.treatment.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import org.iopmanager.platform.entity.AuditIgnored;
import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.platform.entity.SiteOwned;
import org.iopmanager.treatment.control.TextKey;

/** A measurable objective of a goal: what, measured how, by when, and how far it has come. */
@Entity
@Table(name = "plan_objective")
public class PlanObjective extends BaseEntity implements SiteOwned {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "goal_id", nullable = false, updatable = false)
    private PlanGoal goal;

    @Column(name = "position_no", nullable = false)
    private int position;

    @Size(max = PlanProblem.TEXT_MAX, message = "{plan.text.size}")
    @Column(name = "objective_text", nullable = false, length = PlanProblem.TEXT_MAX)
    private String text;

    @Size(max = 500, message = "{plan.text.size}")
    @Column(length = 500)
    private String measure;

    @Column(name = "target_date")
    private LocalDate targetDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ObjectiveStatus status = ObjectiveStatus.NOT_STARTED;

    @AuditIgnored
    @Column(name = "text_key", nullable = false, length = PlanProblem.TEXT_MAX)
    private String textKey;

    @OneToMany(mappedBy = "objective", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchFetch(BatchFetchType.IN)
    @OrderBy("position")
    private List<PlanIntervention> interventions = new ArrayList<>();

    public PlanObjective() {
    }

    PlanObjective(PlanGoal goal, int position) {
        this.goal = goal;
        this.position = position;
    }

    @Override
    public Long owningSiteId() {
        return goal.owningSiteId();
    }

    void copyFrom(PlanObjective other) {
        text = other.text == null ? null : other.text.strip();
        measure = other.measure == null || other.measure.isBlank() ? null : other.measure.strip();
        targetDate = other.targetDate;
        status = other.status == null ? ObjectiveStatus.NOT_STARTED : other.status;
        textKey = TextKey.of(text);
        int number = 0;
        for (PlanIntervention source : other.interventions) {
            PlanIntervention intervention = new PlanIntervention(this, ++number);
            intervention.copyFrom(source);
            interventions.add(intervention);
        }
    }

    public PlanGoal getGoal() {
        return goal;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(LocalDate targetDate) {
        this.targetDate = targetDate;
    }

    public ObjectiveStatus getStatus() {
        return status;
    }

    public void setStatus(ObjectiveStatus status) {
        this.status = status;
    }

    public String getTextKey() {
        return textKey;
    }

    public List<PlanIntervention> getInterventions() {
        return interventions;
    }
}
