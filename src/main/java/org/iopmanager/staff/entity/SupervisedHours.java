package org.iopmanager.staff.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.iopmanager.platform.entity.BaseEntity;

/** Supervised practice logged by an associate licensee toward full licensure. */
@Entity
@Table(name = "supervised_hours")
public class SupervisedHours extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_id", nullable = false, updatable = false)
    private StaffMember staff;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supervisor_id", nullable = false)
    private StaffMember supervisor;

    @NotNull(message = "{hours.workedOn.required}")
    @Column(name = "worked_on", nullable = false)
    private LocalDate workedOn;

    @NotNull(message = "{hours.hours.required}")
    @DecimalMin(value = "0.25", message = "{hours.hours.range}")
    @DecimalMax(value = "24", message = "{hours.hours.range}")
    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal hours;

    @Size(max = 500, message = "{hours.note.size}")
    @Column(length = 500)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    public SupervisedHours() {
    }

    public SupervisedHours(StaffMember staff, StaffMember supervisor, String recordedBy) {
        this.staff = staff;
        this.supervisor = supervisor;
        this.recordedBy = recordedBy;
    }

    public StaffMember getStaff() {
        return staff;
    }

    public StaffMember getSupervisor() {
        return supervisor;
    }

    public LocalDate getWorkedOn() {
        return workedOn;
    }

    public void setWorkedOn(LocalDate workedOn) {
        this.workedOn = workedOn;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
