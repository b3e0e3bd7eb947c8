package org.iopmanager.schedule.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.iopmanager.participant.entity.FamilyMember;
import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.platform.entity.InstantConverter;
import org.iopmanager.platform.entity.SiteOwned;
import org.iopmanager.schedule.control.SessionPlan;
import org.iopmanager.schedule.control.SiteCalendar;
import org.iopmanager.site.entity.Site;
import org.iopmanager.staff.entity.StaffMember;

/**
 * One therapy session at a site: a group, a workshop, an individual or a family session, with its facilitator
 * (cleared for the service at the site on the day), room, capacity and time. The start is an instant together with
 * the site's zone; its local day and the Monday of its week in that zone are kept with it, because weekly hours are
 * counted by the site's calendar. A session belongs to a series when one generated it.
 */
@Entity
@Table(name = "therapy_session")
public class TherapySession extends BaseEntity implements SiteOwned {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "site_id", nullable = false, updatable = false)
    private Site site;

    /** The site's id read from the same column, so that lists need not load the site. */
    @Column(name = "site_id", insertable = false, updatable = false)
    private Long siteId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "series_id", updatable = false)
    private SessionSeries series;

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

    @Convert(converter = InstantConverter.class)
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "session_date", nullable = false)
    private LocalDate sessionDate;

    @Column(name = "week_start", nullable = false)
    private LocalDate weekStart;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SessionStatus status = SessionStatus.SCHEDULED;

    @ManyToMany
    @JoinTable(name = "session_family_member", joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "family_member_id"))
    private Set<FamilyMember> familyMembers = new LinkedHashSet<>();

    public TherapySession() {
    }

    public TherapySession(Site site, SessionSeries series) {
        this.site = site;
        this.series = series;
    }

    @Override
    public Long owningSiteId() {
        return siteId != null ? siteId : site == null ? null : site.getId();
    }

    /** Takes the plan's details; the day and time are read in the site's zone. */
    public void plan(SessionPlan plan, LocalDate day, StaffMember facilitator, StaffMember coFacilitator) {
        kind = plan.kind();
        topic = plan.topic();
        title = plan.title();
        room = plan.room();
        capacity = plan.seats();
        durationMinutes = plan.durationMinutes();
        this.facilitator = facilitator;
        this.coFacilitator = coFacilitator;
        ZoneId zone = site.zone();
        timeZone = zone.getId();
        startsAt = SiteCalendar.start(day, plan.startTime(), zone);
        sessionDate = SiteCalendar.dayOf(startsAt, zone);
        weekStart = SiteCalendar.weekOf(sessionDate);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public LocalDateTime getLocalStart() {
        return SiteCalendar.localTime(startsAt, zone());
    }

    public LocalDateTime getLocalEnd() {
        return getLocalStart().plusMinutes(durationMinutes);
    }

    public LocalTime getStartTime() {
        return getLocalStart().toLocalTime();
    }

    public Instant getEndsAt() {
        return startsAt.plusSeconds(60L * durationMinutes);
    }

    public void markHeld() {
        status = SessionStatus.HELD;
    }

    public void cancel() {
        status = SessionStatus.CANCELLED;
    }

    public boolean isCancelled() {
        return status == SessionStatus.CANCELLED;
    }

    public Site getSite() {
        return site;
    }

    public SessionSeries getSeries() {
        return series;
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

    public Instant getStartsAt() {
        return startsAt;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public LocalDate getWeekStart() {
        return weekStart;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public Set<FamilyMember> getFamilyMembers() {
        return familyMembers;
    }

    public void setFamilyMembers(Set<FamilyMember> familyMembers) {
        this.familyMembers = new LinkedHashSet<>(familyMembers);
    }
}
