package org.iopmanager.aftercare.entity;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.platform.entity.SiteOwned;

/**
 * One contact due after discharge (at 7 days, at 30 days): due on a day, done by a reached contact inside its window
 * (opens on the discharge day for the first check, a tolerance before the due day for later ones; closes a tolerance
 * after it). The dates are fixed when the check is made, so a later change of the settings does not move them.
 */
@Entity
@Table(name = "follow_up_check")
public class FollowUpCheck extends BaseEntity implements SiteOwned {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "follow_up_id", nullable = false, updatable = false)
    private FollowUp followUp;

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @Column(name = "offset_days", nullable = false, updatable = false)
    private int offsetDays;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Column(name = "opens_on", nullable = false, updatable = false)
    private LocalDate opensOn;

    @Column(name = "window_end", nullable = false, updatable = false)
    private LocalDate windowEnd;

    @Column(name = "done_on")
    private LocalDate doneOn;

    public FollowUpCheck() {
    }

    public FollowUpCheck(FollowUp followUp, int offsetDays, LocalDate opensOn, LocalDate dueDate, LocalDate windowEnd) {
        this.followUp = followUp;
        this.siteId = followUp.owningSiteId();
        this.offsetDays = offsetDays;
        this.opensOn = opensOn;
        this.dueDate = dueDate;
        this.windowEnd = windowEnd;
    }

    @Override
    public Long owningSiteId() {
        return siteId;
    }

    public boolean isDone() {
        return doneOn != null;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(windowEnd);
    }

    public void doneOn(LocalDate day) {
        this.doneOn = day;
    }

    public FollowUp getFollowUp() {
        return followUp;
    }

    public int getOffsetDays() {
        return offsetDays;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getWindowEnd() {
        return windowEnd;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }
}
