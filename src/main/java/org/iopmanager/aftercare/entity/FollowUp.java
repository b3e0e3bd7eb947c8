package org.iopmanager.aftercare.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import org.iopmanager.participant.entity.Episode;
import org.iopmanager.participant.entity.Participant;
import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.platform.entity.SiteOwned;
import org.iopmanager.platform.entity.SiteWrites;

/**
 * The follow-up of one discharged episode: its checks (due 7 and 30 days after discharge by default), the contact
 * attempts and alumni meetings, and the outcome. The first reached contact is kept with the days it came after
 * discharge, and the alumni meetings are counted here, so that the monthly rates are one grouped query on this table
 * (month of discharge) instead of a walk through every attempt.
 */
@Entity
@EntityListeners(SiteWrites.class)
@Table(name = "follow_up")
public class FollowUp extends BaseEntity implements SiteOwned {

    private static final long serialVersionUID = 1L;

    public static final int NOTE_MAX = 500;

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "episode_id", nullable = false, updatable = false)
    private Episode episode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", nullable = false, updatable = false)
    private Participant participant;

    @Column(name = "discharge_date", nullable = false, updatable = false)
    private LocalDate dischargeDate;

    @Column(name = "discharge_month", nullable = false, updatable = false)
    private LocalDate dischargeMonth;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private FollowUpOutcome outcome;

    @Column(name = "outcome_on")
    private LocalDate outcomeOn;

    @Size(max = NOTE_MAX, message = "{followUp.note.size}")
    @Column(name = "outcome_note", length = NOTE_MAX)
    private String outcomeNote;

    @Column(name = "first_reached_on")
    private LocalDate firstReachedOn;

    @Column(name = "reached_days")
    private Integer reachedDays;

    @Column(name = "unreached_attempts", nullable = false)
    private int unreachedAttempts;

    @Column(name = "alumni_meetings", nullable = false)
    private int alumniMeetings;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "followUp", cascade = CascadeType.PERSIST)
    @OrderBy("offsetDays")
    private List<FollowUpCheck> checks = new ArrayList<>();

    public FollowUp() {
    }

    public FollowUp(Episode episode, Instant createdAt) {
        this.episode = episode;
        this.participant = episode.getParticipant();
        this.siteId = episode.owningSiteId();
        this.dischargeDate = episode.getDischargeDate();
        this.dischargeMonth = dischargeDate.withDayOfMonth(1);
        this.createdAt = createdAt;
    }

    @Override
    public Long owningSiteId() {
        return siteId;
    }

    /** Notes a reached contact on a day (the earliest one is the one the rates count). */
    public void reachedOn(LocalDate day) {
        if (firstReachedOn == null || day.isBefore(firstReachedOn)) {
            firstReachedOn = day;
            reachedDays = (int) java.time.temporal.ChronoUnit.DAYS.between(dischargeDate, day);
        }
        unreachedAttempts = 0;
    }

    public void notReached() {
        unreachedAttempts++;
    }

    public void conclude(FollowUpOutcome outcome, LocalDate on, String note) {
        this.outcome = outcome;
        this.outcomeOn = outcome == null ? null : on;
        this.outcomeNote = note == null || note.isBlank() ? null : note.strip();
    }

    public void alumniMeetingAttended() {
        alumniMeetings++;
    }

    public Long getSiteId() {
        return siteId;
    }

    public Episode getEpisode() {
        return episode;
    }

    public Participant getParticipant() {
        return participant;
    }

    public LocalDate getDischargeDate() {
        return dischargeDate;
    }

    public LocalDate getDischargeMonth() {
        return dischargeMonth;
    }

    public FollowUpOutcome getOutcome() {
        return outcome;
    }

    public LocalDate getOutcomeOn() {
        return outcomeOn;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public LocalDate getFirstReachedOn() {
        return firstReachedOn;
    }

    public Integer getReachedDays() {
        return reachedDays;
    }

    public int getUnreachedAttempts() {
        return unreachedAttempts;
    }

    public int getAlumniMeetings() {
        return alumniMeetings;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<FollowUpCheck> getChecks() {
        return checks;
    }
}
