package org.iopmanager.aftercare.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.aftercare.boundary.FollowUpDetail;
import org.iopmanager.aftercare.boundary.FollowUps;
import org.iopmanager.aftercare.entity.ContactMethod;
import org.iopmanager.aftercare.entity.FollowUpOutcome;
import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.platform.web.Actions;
import org.iopmanager.platform.web.Messages;

/**
 * One participant's follow-up after a discharge ({@code ?id=} or {@code ?episode=}): the checks, the attempts and the
 * alumni meetings, with forms to record an attempt (day and time in the site's zone), the outcome and a meeting. The
 * page keeps the version it loaded; a save against a newer one is refused with who changed it, the input stays.
 */
@Named("followUp")
@ViewScoped
public class FollowUpBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FollowUps service;

    @Inject
    Actions actions;

    @Inject
    Messages messages;

    private Long id;
    private Long episodeId;
    private FollowUpDetail detail;
    private long loadedVersion;

    private LocalDate attemptDate;
    private String attemptTime;
    private ContactMethod method = ContactMethod.PHONE;
    private boolean reached;
    private String attemptNote;

    private FollowUpOutcome outcome;
    private LocalDate outcomeOn;
    private String outcomeNote;

    private LocalDate alumniDate;
    private String groupName;

    public void load() {
        actions.loadOrNotFound(() -> {
            detail = id != null ? service.detail(id) : service.ofEpisode(episodeId);
            id = detail.id();
            loadedVersion = detail.version();
            LocalDate today = service.today(detail.siteId());
            attemptDate = today;
            attemptTime = LocalTime.now(ZoneId.of(detail.timeZone())).withSecond(0).withNano(0).toString();
            alumniDate = today;
            outcome = detail.outcome();
            outcomeOn = detail.outcomeOn() == null ? today : detail.outcomeOn();
            outcomeNote = detail.outcomeNote();
        });
    }

    public void recordAttempt() {
        if (actions.attemptOnce("attempt", () -> saved(service.recordAttempt(id, loadedVersion, attemptAt(), method, reached,
                attemptNote)))) {
            attemptNote = null;
            reached = false;
        }
    }

    public void conclude() {
        actions.attempt("outcome", () -> saved(service.conclude(id, loadedVersion, outcome, outcomeOn, outcomeNote)));
    }

    public void recordAlumni() {
        if (actions.attempt("alumni", () -> saved(service.recordAlumni(id, loadedVersion, alumniDate, groupName)))) {
            groupName = null;
        }
    }

    private void saved(FollowUpDetail updated) {
        detail = updated;
        loadedVersion = updated.version();
        messages.info("app.saved");
    }

    private java.time.Instant attemptAt() {
        if (attemptDate == null) {
            throw RuleViolation.onField("attemptedAt", "followUp.attempt.at.required");
        }
        try {
            LocalTime time = attemptTime == null || attemptTime.isBlank() ? LocalTime.NOON : LocalTime.parse(attemptTime.strip());
            return ZonedDateTime.of(attemptDate, time, ZoneId.of(detail.timeZone())).toInstant();
        } catch (DateTimeParseException e) {
            throw RuleViolation.onField("attemptTime", "followUp.attempt.time.invalid");
        }
    }

    public ContactMethod[] getMethods() {
        return ContactMethod.values();
    }

    public FollowUpOutcome[] getOutcomes() {
        return FollowUpOutcome.values();
    }

    public FollowUpDetail getDetail() {
        return detail;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getEpisodeId() {
        return episodeId;
    }

    public void setEpisodeId(Long episodeId) {
        this.episodeId = episodeId;
    }

    public LocalDate getAttemptDate() {
        return attemptDate;
    }

    public void setAttemptDate(LocalDate attemptDate) {
        this.attemptDate = attemptDate;
    }

    public String getAttemptTime() {
        return attemptTime;
    }

    public void setAttemptTime(String attemptTime) {
        this.attemptTime = attemptTime;
    }

    public ContactMethod getMethod() {
        return method;
    }

    public void setMethod(ContactMethod method) {
        this.method = method;
    }

    public boolean isReached() {
        return reached;
    }

    public void setReached(boolean reached) {
        this.reached = reached;
    }

    public String getAttemptNote() {
        return attemptNote;
    }

    public void setAttemptNote(String attemptNote) {
        this.attemptNote = attemptNote;
    }

    public FollowUpOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(FollowUpOutcome outcome) {
        this.outcome = outcome;
    }

    public LocalDate getOutcomeOn() {
        return outcomeOn;
    }

    public void setOutcomeOn(LocalDate outcomeOn) {
        this.outcomeOn = outcomeOn;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public void setOutcomeNote(String outcomeNote) {
        this.outcomeNote = outcomeNote;
    }

    public LocalDate getAlumniDate() {
        return alumniDate;
    }

    public void setAlumniDate(LocalDate alumniDate) {
        this.alumniDate = alumniDate;
    }

    public String getGroupName() {
        return groupName;
    }

    public void setGroupName(String groupName) {
        this.groupName = groupName;
    }
}
