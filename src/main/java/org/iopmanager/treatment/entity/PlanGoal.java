package org.iopmanager.treatment.entity;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

import org.iopmanager.platform.entity.AuditIgnored;
import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.platform.entity.SiteOwned;
import org.iopmanager.treatment.control.TextKey;

/** A long-term goal: the clinical statement and the participant's own words for it. */
@Entity
@Table(name = "plan_goal")
public class PlanGoal extends BaseEntity implements SiteOwned {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "problem_id", nullable = false, updatable = false)
    private PlanProblem problem;

    @Column(name = "position_no", nullable = false)
    private int position;

    @Size(max = PlanProblem.TEXT_MAX, message = "{plan.text.size}")
    @Column(nullable = false, length = PlanProblem.TEXT_MAX)
    private String statement;

    @Size(max = PlanProblem.TEXT_MAX, message = "{plan.text.size}")
    @Column(name = "own_words", length = PlanProblem.TEXT_MAX)
    private String ownWords;

    @AuditIgnored
    @Column(name = "text_key", nullable = false, length = PlanProblem.TEXT_MAX)
    private String textKey;

    @Valid
    @OneToMany(mappedBy = "goal", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchFetch(BatchFetchType.IN)
    @OrderBy("position")
    private List<PlanObjective> objectives = new ArrayList<>();

    public PlanGoal() {
    }

    PlanGoal(PlanProblem problem, int position) {
        this.problem = problem;
        this.position = position;
    }

    @Override
    public Long owningSiteId() {
        return problem.owningSiteId();
    }

    void copyFrom(PlanGoal other) {
        statement = other.statement == null ? null : other.statement.strip();
        ownWords = other.ownWords == null || other.ownWords.isBlank() ? null : other.ownWords.strip();
        textKey = TextKey.of(statement);
        int number = 0;
        for (PlanObjective source : other.objectives) {
            PlanObjective objective = new PlanObjective(this, ++number);
            objective.copyFrom(source);
            objectives.add(objective);
        }
    }

    public PlanProblem getProblem() {
        return problem;
    }

    public int getPosition() {
        return position;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public String getOwnWords() {
        return ownWords;
    }

    public void setOwnWords(String ownWords) {
        this.ownWords = ownWords;
    }

    public String getTextKey() {
        return textKey;
    }

    public List<PlanObjective> getObjectives() {
        return objectives;
    }
}
