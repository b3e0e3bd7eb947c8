package org.iopmanager.schedule.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import org.iopmanager.participant.entity.Episode;
import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.platform.entity.InstantConverter;
import org.iopmanager.platform.entity.SiteOwned;

/**
 * An episode enrolled in a series (every session of it) or in one session. It ends with the episode: after the
 * discharge day the participant is no longer on the session's list and no attendance can be recorded.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment extends BaseEntity implements SiteOwned {

    private static final long serialVersionUID = 1L;

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "episode_id", nullable = false, updatable = false)
    private Episode episode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "series_id", updatable = false)
    private SessionSeries series;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id", updatable = false)
    private TherapySession session;

    @Column(name = "enrolled_by", nullable = false, length = 60, updatable = false)
    private String enrolledBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "enrolled_at", nullable = false, updatable = false)
    private Instant enrolledAt;

    public Enrolment() {
    }

    public Enrolment(Episode episode, SessionSeries series, TherapySession session, String enrolledBy, Instant enrolledAt) {
        this.episode = episode;
        this.siteId = episode.owningSiteId();
        this.series = series;
        this.session = session;
        this.enrolledBy = enrolledBy;
        this.enrolledAt = enrolledAt;
    }

    @Override
    public Long owningSiteId() {
        return siteId;
    }

    public Episode getEpisode() {
        return episode;
    }

    public SessionSeries getSeries() {
        return series;
    }

    public TherapySession getSession() {
        return session;
    }

    public String getEnrolledBy() {
        return enrolledBy;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }
}
