package org.iopmanager.schedule.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.platform.entity.SiteOwned;
import org.iopmanager.schedule.control.Recurrence;
import org.iopmanager.schedule.control.SessionPlan;
import org.iopmanager.site.entity.Site;
import org.iopmanager.staff.entity.StaffMember;

/**
 * A weekly recurring session (a morning process group on Monday, Wednesday and Thursday): the template its
 * sessions were generated from, and who is enrolled in all of them. Each generated session can then be edited or
 * cancelled on its own; cancelling the series from a day cancels the sessions still to come from that day.
 */
@Entity
@Table(name = "session_series")
public class SessionSeries extends BaseEntity implements SiteOwned {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "site_id", nullable = false, updatable = false)
    private Site site;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SessionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private WorkshopTopic topic;

    @Column(nullable = false, length = SessionPlan.TITLE_MAX)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "facilitator_id", nullable = false)
    private StaffMember facilitator;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "co_facilitator_id")
    private StaffMember coFacilitator;

    @Column(length = SessionPlan.ROOM_MAX)
    private String room;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(nullable = false, length = 80)
    private String weekdays;

    @Column(name = "first_date", nullable = false)
    private LocalDate firstDate;

    @Column(name = "last_date", nullable = false)
    private LocalDate lastDate;

    @Column(name = "cancelled_from")
    private LocalDate cancelledFrom;

    public SessionSeries() {
    }

    public SessionSeries(Site site, SessionPlan plan, Set<DayOfWeek> weekdays, LocalDate firstDate, LocalDate lastDate,
            StaffMember facilitator, StaffMember coFacilitator) {
        this.site = site;
        this.kind = plan.kind();
        this.topic = plan.topic();
        this.title = plan.title();
        this.room = plan.room();
        this.capacity = plan.seats();
        this.startTime = plan.startTime();
        this.durationMinutes = plan.durationMinutes();
        this.weekdays = Recurrence.format(weekdays);
        this.firstDate = firstDate;
        this.lastDate = lastDate;
        this.facilitator = facilitator;
        this.coFacilitator = coFacilitator;
    }

    @Override
    public Long owningSiteId() {
        return site == null ? null : site.getId();
    }

    public void cancelFrom(LocalDate day) {
        cancelledFrom = cancelledFrom == null || day.isBefore(cancelledFrom) ? day : cancelledFrom;
    }

    public Set<DayOfWeek> weekdaySet() {
        return Recurrence.parse(weekdays);
    }

    public Site getSite() {
        return site;
    }

    public SessionKind getKind() {
        return kind;
    }

    public WorkshopTopic getTopic() {
        return topic;
    }

    public String getTitle() {
        return title;
    }

    public StaffMember getFacilitator() {
        return facilitator;
    }

    public StaffMember getCoFacilitator() {
        return coFacilitator;
    }

    public String getRoom() {
        return room;
    }

    public int getCapacity() {
        return capacity;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getWeekdays() {
        return weekdays;
    }

    public LocalDate getFirstDate() {
        return firstDate;
    }

    public LocalDate getLastDate() {
        return lastDate;
    }

    public LocalDate getCancelledFrom() {
        return cancelledFrom;
    }
}
