package org.iopmanager.staff.entity;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.iopmanager.platform.entity.BaseEntity;

/**
 * The record that one staff member was screened in one run, against which list version, and the result.
 * Kept for every run (NCQA's monthly monitoring is proven by these rows), never changed afterwards.
 */
@Entity
@Table(name = "screening")
public class Screening extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "run_id", nullable = false, updatable = false)
    private ScreeningRun run;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_id", nullable = false, updatable = false)
    private StaffMember staff;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "list_id", nullable = false, updatable = false)
    private ExclusionList list;

    @Column(name = "screened_on", nullable = false, updatable = false)
    private LocalDate screenedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private ScreeningResult result;

    protected Screening() {
    }

    public Screening(ScreeningRun run, StaffMember staff, LocalDate screenedOn, ScreeningResult result) {
        this.run = run;
        this.staff = staff;
        this.list = run.getList();
        this.screenedOn = screenedOn;
        this.result = result;
    }

    public ScreeningRun getRun() {
        return run;
    }

    public StaffMember getStaff() {
        return staff;
    }

    public ExclusionList getList() {
        return list;
    }

    public LocalDate getScreenedOn() {
        return screenedOn;
    }

    public ScreeningResult getResult() {
        return result;
    }
}
