package org.iopmanager.schedule.entity;

import java.time.Instant;
import java.time.LocalDate;
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

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import org.iopmanager.participant.entity.Episode;
import org.iopmanager.participant.entity.FamilyMember;
import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.platform.entity.InstantConverter;
import org.iopmanager.platform.entity.SiteOwned;

/**
 * How one enrolled participant attended one session, and the minutes that count toward the weekly hours. The
 * session's week (Monday in the site's zone) is copied here so that a site's weekly hours are one grouped query.
 * For a family session, the family members who came.
 */
@Entity
@Table(name = "attendance")
public class Attendance extends BaseEntity implements SiteOwned {

    private static final long serialVersionUID = 1L;

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private TherapySession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "episode_id", nullable = false, updatable = false)
    private Episode episode;

    @Column(name = "week_start", nullable = false, updatable = false)
    private LocalDate weekStart;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AttendanceStatus status;

    @Column(nullable = false)
    private int minutes;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @ManyToMany
    @JoinTable(name = "attendance_family_member", joinColumns = @JoinColumn(name = "attendance_id"),
            inverseJoinColumns = @JoinColumn(name = "family_member_id"))
    private Set<FamilyMember> familyMembers = new LinkedHashSet<>();

    public Attendance() {
    }

    public Attendance(TherapySession session, Episode episode) {
        this.session = session;
        this.episode = episode;
        this.siteId = session.owningSiteId();
        this.weekStart = session.getWeekStart();
    }

    @Override
    public Long owningSiteId() {
        return siteId;
    }

    public void record(AttendanceStatus status, int minutes, Set<FamilyMember> family, String by, Instant at) {
        this.status = status;
        this.minutes = minutes;
        this.familyMembers = new LinkedHashSet<>(family);
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public TherapySession getSession() {
        return session;
    }

    public Episode getEpisode() {
        return episode;
    }

    public LocalDate getWeekStart() {
        return weekStart;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public int getMinutes() {
        return minutes;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Set<FamilyMember> getFamilyMembers() {
        return familyMembers;
    }
}
