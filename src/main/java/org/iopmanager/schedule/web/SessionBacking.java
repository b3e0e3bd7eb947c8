package org.iopmanager.schedule.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.participant.entity.Episode;
import org.iopmanager.platform.web.Actions;
import org.iopmanager.platform.web.Messages;
import org.iopmanager.schedule.boundary.Attendances;
import org.iopmanager.schedule.boundary.Sessions;
import org.iopmanager.schedule.entity.AttendanceStatus;
import org.iopmanager.schedule.entity.TherapySession;

/**
 * One session ({@code ?id=}): its details, who is enrolled, enrolment of open episodes of the site, and the
 * attendance of the whole group entered on one form and saved in one transaction.
 */
@Named("sessionPage")
@ViewScoped
public class SessionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Sessions sessions;

    @Inject
    Attendances attendances;

    @Inject
    Actions actions;

    @Inject
    Messages messages;

    @Inject
    ScheduleRoles roles;

    private Long id;
    private TherapySession session;
    private List<AttendanceRow> rows;
    private List<Episode> enrollable;
    private Long episodeId;
    private boolean wholeSeries = true;
    private LocalDate cancelFrom;

    public void load() {
        actions.loadOrNotFound(() -> {
            session = sessions.find(id);
            var family = attendances.familyOf(id);
            rows = attendances.roster(id).stream().map(line -> new AttendanceRow(line,
                    family.getOrDefault(line.episode().getParticipant().getId(), List.of()))).toList();
            enrollable = roles.isEditor() ? attendances.enrollable(id) : List.of();
            cancelFrom = session.getSessionDate();
        });
    }

    public String enrol() {
        return redirectIf(actions.attemptOnce("enrol", () -> attendances.enrol(id, episodeId, wholeSeries)));
    }

    public String saveAttendance() {
        return redirectIf(actions.attempt("attendance", () -> attendances.record(id, session.getVersion(),
                rows.stream().filter(r -> r.getStatus() != null).map(AttendanceRow::toEntry).toList())));
    }

    public String cancel() {
        return redirectIf(actions.attempt("actions", () -> sessions.cancel(id, session.getVersion())));
    }

    public String cancelSeries() {
        return redirectIf(actions.attempt("actions", () -> sessions.cancelSeriesFrom(session.getSeries().getId(),
                session.getSeries().getVersion(), cancelFrom)));
    }

    private String redirectIf(boolean ok) {
        if (!ok) {
            return null;
        }
        messages.info("app.saved");
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/schedule/session?faces-redirect=true&id=" + id;
    }

    public AttendanceStatus[] getStatuses() {
        return AttendanceStatus.values();
    }

    public boolean isStarted() {
        return !session.getStartsAt().isAfter(java.time.Instant.now());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TherapySession getSession() {
        return session;
    }

    public List<AttendanceRow> getRows() {
        return rows;
    }

    public List<Episode> getEnrollable() {
        return enrollable;
    }

    public Long getEpisodeId() {
        return episodeId;
    }

    public void setEpisodeId(Long episodeId) {
        this.episodeId = episodeId;
    }

    public boolean isWholeSeries() {
        return wholeSeries;
    }

    public void setWholeSeries(boolean wholeSeries) {
        this.wholeSeries = wholeSeries;
    }

    public LocalDate getCancelFrom() {
        return cancelFrom;
    }

    public void setCancelFrom(LocalDate cancelFrom) {
        this.cancelFrom = cancelFrom;
    }
}
