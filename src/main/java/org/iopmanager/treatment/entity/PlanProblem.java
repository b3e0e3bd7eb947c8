package org.iopmanager.treatment.entity;

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
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import org.iopmanager.participant.entity.AsamDimension;
import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.platform.entity.SiteOwned;

/** A problem the plan addresses, named by the ASAM dimension it belongs to; its goals follow in order. */
@Entity
@Table(name = "plan_problem")
public class PlanProblem extends BaseEntity implements SiteOwned {

    private static final long serialVersionUID = 1L;

    public static final int TEXT_MAX = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private TreatmentPlan plan;

    @Column(name = "position_no", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AsamDimension dimension;

    @Size(max = TEXT_MAX, message = "{plan.text.size}")
    @Column(nullable = false, length = TEXT_MAX)
    private String statement;

    @Valid
    @OneToMany(mappedBy = "problem", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchFetch(BatchFetchType.IN)
    @OrderBy("position")
    private List<PlanGoal> goals = new ArrayList<>();

    public PlanProblem() {
    }

    PlanProblem(TreatmentPlan plan, int position) {
        this.plan = plan;
        this.position = position;
    }

    @Override
    public Long owningSiteId() {
        return plan.owningSiteId();
    }

    void copyFrom(PlanProblem other) {
        dimension = other.dimension;
        statement = other.statement == null ? null : other.statement.strip();
        int number = 0;
        for (PlanGoal source : other.goals) {
            PlanGoal goal = new PlanGoal(this, ++number);
            goal.copyFrom(source);
            goals.add(goal);
        }
    }

    public TreatmentPlan getPlan() {
        return plan;
    }

    public int getPosition() {
        return position;
    }

    public AsamDimension getDimension() {
        return dimension;
    }

    public void setDimension(AsamDimension dimension) {
        this.dimension = dimension;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public List<PlanGoal> getGoals() {
        return goals;
    }
}
