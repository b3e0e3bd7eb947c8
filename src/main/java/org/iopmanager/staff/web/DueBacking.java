package org.iopmanager.staff.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.platform.web.PagedList;
import org.iopmanager.staff.boundary.Credentialing;
import org.iopmanager.staff.boundary.Verifications;
import org.iopmanager.staff.entity.StaffMember;

/**
 * The credentialing office's due lists: recredentialing due within the window (lapsed ones first), staff never
 * decided on, and staff whose monthly licence check or exclusion screening is overdue. One day for the page:
 * the provider's day of the work list.
 */
@Named("due")
@ViewScoped
public class DueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Credentialing credentialing;

    @Inject
    Verifications verifications;

    private LocalDate today;
    private LocalDate monitoringBefore;
    private int windowDays;

    private final PagedList<StaffMember> recredentialing = new PagedList<>(() -> credentialing.recredentialingDueCount(today),
            (first, pageSize, order) -> credentialing.recredentialingDue(today, first, pageSize), StaffMember::getId);

    private final PagedList<StaffMember> pending = new PagedList<>(() -> credentialing.pendingCount(),
            (first, pageSize, order) -> credentialing.pending(first, pageSize), StaffMember::getId);

    private final PagedList<StaffMember> monitoring = new PagedList<>(() -> credentialing.monitoringOverdueCount(today),
            (first, pageSize, order) -> credentialing.monitoringOverdue(today, first, pageSize), StaffMember::getId);

    @PostConstruct
    void init() {
        today = verifications.today();
        monitoringBefore = credentialing.cycle().monitoringOverdueBefore(today);
        windowDays = credentialing.cycle().dueWindowDays();
    }

    public long daysLeft(StaffMember staff) {
        return ChronoUnit.DAYS.between(today, staff.getLatestDecision().getRecredentialDue());
    }

    /** No grace period: on the due date itself the credentialing has lapsed. */
    public boolean lapsed(StaffMember staff) {
        return !today.isBefore(staff.getLatestDecision().getRecredentialDue());
    }

    /** Whether one monthly check (its last date, or null if never made) is overdue today. */
    public boolean overdue(LocalDate lastCheck) {
        return lastCheck == null || lastCheck.isBefore(monitoringBefore);
    }

    public int getWindowDays() {
        return windowDays;
    }

    public LocalDate getToday() {
        return today;
    }

    public PagedList<StaffMember> getRecredentialing() {
        return recredentialing;
    }

    public PagedList<StaffMember> getPending() {
        return pending;
    }

    public PagedList<StaffMember> getMonitoring() {
        return monitoring;
    }
}
