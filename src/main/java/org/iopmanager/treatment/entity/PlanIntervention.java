package org.iopmanager.treatment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.platform.entity.SiteOwned;
import org.iopmanager.staff.entity.StaffMember;

/**
 * What the programme does for an objective: a modality, how many sessions a week of how many minutes (the plan's
 * weekly hours add these up), and the staff member responsible, who must be cleared for the modality at the site.
 */
@Entity
@Table(name = "plan_intervention")
public class PlanIntervention extends BaseEntity implements SiteOwned {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "objective_id", nullable = false, updatable = false)
    private PlanObjective objective;

    @Column(name = "position_no", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Modality modality;

    @Column(name = "sessions_per_week", nullable = false)
    private Integer sessionsPerWeek;

    @Column(name = "minutes_per_session", nullable = false)
    private Integer minutesPerSession;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "responsible_staff_id", nullable = false)
    private StaffMember responsibleStaff;

    /** The responsible staff member as chosen on a page or in the API, until the service resolves it. */
    @Transient
    private Long staffId;

    public PlanIntervention() {
    }

    PlanIntervention(PlanObjective objective, int position) {
        this.objective = objective;
        this.position = position;
    }

    @Override
    public Long owningSiteId() {
        return objective.owningSiteId();
    }

    void copyFrom(PlanIntervention other) {
        modality = other.modality;
        sessionsPerWeek = other.sessionsPerWeek;
        minutesPerSession = other.minutesPerSession;
        responsibleStaff = other.responsibleStaff;
        staffId = other.getStaffId();
    }

    /** Sessions times minutes; nothing while either is missing. */
    public int weeklyMinutes() {
        return sessionsPerWeek == null || minutesPerSession == null ? 0 : sessionsPerWeek * minutesPerSession;
    }

    public PlanObjective getObjective() {
        return objective;
    }

    public int getPosition() {
        return position;
    }

    public Modality getModality() {
        return modality;
    }

    public void setModality(Modality modality) {
        this.modality = modality;
    }

    public Integer getSessionsPerWeek() {
        return sessionsPerWeek;
    }

    public void setSessionsPerWeek(Integer sessionsPerWeek) {
        this.sessionsPerWeek = sessionsPerWeek;
    }

    public Integer getMinutesPerSession() {
        return minutesPerSession;
    }

    public void setMinutesPerSession(Integer minutesPerSession) {
        this.minutesPerSession = minutesPerSession;
    }

    public StaffMember getResponsibleStaff() {
        return responsibleStaff;
    }

    public void setResponsibleStaff(StaffMember responsibleStaff) {
        this.responsibleStaff = responsibleStaff;
        this.staffId = responsibleStaff == null ? null : responsibleStaff.getId();
    }

    public Long getStaffId() {
        return staffId != null ? staffId : responsibleStaff == null ? null : responsibleStaff.getId();
    }

    public void setStaffId(Long staffId) {
        this.staffId = staffId;
    }
}
