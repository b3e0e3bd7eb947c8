package org.iopmanager.staff.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.iopmanager.platform.entity.BaseEntity;

/** One screening of all active staff against one list version: when, by whom, and what it found. */
@Entity
@Table(name = "screening_run")
public class ScreeningRun extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "list_id", nullable = false, updatable = false)
    private ExclusionList list;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "started_by", nullable = false, updatable = false, length = 60)
    private String startedBy;

    @Column(name = "staff_screened", nullable = false)
    private int staffScreened;

    @Column(name = "possible_matches", nullable = false)
    private int possibleMatches;

    protected ScreeningRun() {
    }

    public ScreeningRun(ExclusionList list, Instant startedAt, String startedBy) {
        this.list = list;
        this.startedAt = startedAt;
        this.startedBy = startedBy;
    }

    public void finish(Instant at, int screened, int matches) {
        this.finishedAt = at;
        this.staffScreened = screened;
        this.possibleMatches = matches;
    }

    public ExclusionList getList() {
        return list;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public int getStaffScreened() {
        return staffScreened;
    }

    public int getPossibleMatches() {
        return possibleMatches;
    }
}
