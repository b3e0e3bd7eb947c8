package org.iopmanager.schedule.boundary;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.schedule.control.AttendanceEntry;
import org.iopmanager.schedule.control.Recurrence;
import org.iopmanager.schedule.control.RosterLine;
import org.iopmanager.schedule.control.SessionPlan;
import org.iopmanager.schedule.entity.Attendance;
import org.iopmanager.schedule.entity.AttendanceStatus;
import org.iopmanager.schedule.entity.Enrolment;
import org.iopmanager.schedule.entity.SessionKind;
import org.iopmanager.schedule.entity.SessionSeries;
import org.iopmanager.schedule.entity.SessionStatus;
import org.iopmanager.schedule.entity.TherapySession;
import org.iopmanager.schedule.entity.WorkshopTopic;
import org.iopmanager.participant.entity.FamilyMember;

/** Sessions, series, enrolment and attendance over HTTP; the facades check roles and site scope and audit views. */
@Path("sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionsResource {

    @Inject
    Sessions sessions;

    @Inject
    Attendances attendances;

    public record SessionView(Long id, long version, Long siteId, Long seriesId, SessionKind kind, WorkshopTopic topic,
            String title, Long facilitatorId, Long coFacilitatorId, String room, int capacity, Instant startsAt,
            String timeZone, LocalDateTime localStart, LocalDate sessionDate, LocalDate weekStart, int durationMinutes,
            SessionStatus status, List<Long> familyMemberIds) {

        /** A session of a list: its invited family members are not read (null). */
        static SessionView of(TherapySession s) {
            return of(s, null);
        }

        /** One session with the ids of the family members invited to it. */
        static SessionView withFamily(TherapySession s) {
            return of(s, s.getFamilyMembers().stream().map(FamilyMember::getId).sorted().toList());
        }

        private static SessionView of(TherapySession s, List<Long> familyMemberIds) {
            return new SessionView(s.getId(), s.getVersion(), s.owningSiteId(), s.getSeries() == null ? null : s.getSeries().getId(),
                    s.getKind(), s.getTopic(), s.getTitle(), s.getFacilitator().getId(),
                    s.getCoFacilitator() == null ? null : s.getCoFacilitator().getId(), s.getRoom(), s.getCapacity(),
                    s.getStartsAt(), s.getTimeZone(), s.getLocalStart(), s.getSessionDate(), s.getWeekStart(),
                    s.getDurationMinutes(), s.getStatus(), familyMemberIds);
        }
    }

    /** A session to create or edit; with weekdays (and an end: until or count) it creates a weekly series. */
    public record SessionEdit(Long version, Long siteId, SessionKind kind, WorkshopTopic topic, String title,
            Long facilitatorId, Long coFacilitatorId, String room, Integer capacity, LocalDate date, String startTime,
            Integer durationMinutes, List<Long> familyMemberIds, List<DayOfWeek> weekdays, LocalDate until, Integer count) {

        SessionPlan toPlan() {
            return new SessionPlan(kind, topic, title, facilitatorId, coFacilitatorId, room, capacity, date, time(),
                    durationMinutes, familyMemberIds);
        }

        private LocalTime time() {
            try {
                return startTime == null ? null : LocalTime.parse(startTime);
            } catch (java.time.format.DateTimeParseException e) {
                throw RuleViolation.onField("startTime", "schedule.session.startTime.required");
            }
        }

        Recurrence toRecurrence() {
            return new Recurrence(weekdays == null || weekdays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekdays),
                    date, until, count);
        }
    }

    public record SeriesView(Long id, long version, Long siteId, String weekdays, LocalDate firstDate, LocalDate lastDate,
            LocalDate cancelledFrom, int capacity, List<SessionView> sessions) {
    }

    public record VersionOnly(long version, LocalDate from) {
    }

    public record EnrolmentEdit(Long episodeId, Boolean wholeSeries) {
    }

    public record EnrolmentView(Long id, Long episodeId, Long seriesId, Long sessionId) {

        static EnrolmentView of(Enrolment e) {
            return new EnrolmentView(e.getId(), e.getEpisode().getId(), e.getSeries() == null ? null : e.getSeries().getId(),
                    e.getSession() == null ? null : e.getSession().getId());
        }
    }

    public record AttendanceView(Long episodeId, Long participantId, String name, Long attendanceId, Long version,
            AttendanceStatus status, Integer minutes, List<Long> familyMemberIds) {

        static AttendanceView of(RosterLine line) {
            Attendance a = line.attendance();
            return new AttendanceView(line.episode().getId(), line.episode().getParticipant().getId(),
                    org.iopmanager.schedule.control.HoursRow.nameOf(line.episode().getParticipant()), a == null ? null : a.getId(), a == null ? null : a.getVersion(),
                    a == null ? null : a.getStatus(), a == null ? null : a.getMinutes(),
                    a == null ? List.of() : a.getFamilyMembers().stream().map(FamilyMember::getId).toList());
        }
    }

    public record AttendanceSheet(long sessionVersion, List<AttendanceEntry> entries) {
    }

    @GET
    public List<SessionView> list(@QueryParam("site") Long siteId, @QueryParam("from") String fromText,
            @QueryParam("to") String toText) {
        if (siteId == null) {
            throw RuleViolation.onField("site", "schedule.site.required");
        }
        LocalDate from = HoursResource.date(fromText, "from");
        LocalDate to = HoursResource.date(toText, "to");
        if (from == null || to == null || to.isBefore(from) || to.isAfter(from.plusDays(100))) {
            throw RuleViolation.onField("from", "schedule.range.invalid");
        }
        return sessions.between(siteId, from.atStartOfDay(), to.plusDays(1).atStartOfDay()).stream().map(SessionView::of).toList();
    }

    @POST
    public SessionView create(SessionEdit edit) {
        requireBody(edit);
        return SessionView.withFamily(sessions.create(edit.siteId(), edit.toPlan()));
    }

    @POST
    @Path("series")
    public SeriesView createSeries(SessionEdit edit) {
        requireBody(edit);
        SessionSeries series = sessions.createSeries(edit.siteId(), edit.toPlan(), edit.toRecurrence());
        return series(series);
    }

    @GET
    @Path("series/{id}")
    public SeriesView findSeries(@PathParam("id") Long id) {
        return series(sessions.findSeries(id));
    }

    @POST
    @Path("series/{id}/cancel")
    public SeriesView cancelSeries(@PathParam("id") Long id, VersionOnly body) {
        requireBody(body);
        sessions.cancelSeriesFrom(id, body.version(), body.from());
        return series(sessions.findSeries(id));
    }

    @GET
    @Path("{id}")
    public SessionView find(@PathParam("id") Long id) {
        return SessionView.withFamily(sessions.find(id));
    }

    @PUT
    @Path("{id}")
    public SessionView update(@PathParam("id") Long id, SessionEdit edit) {
        requireBody(edit);
        return SessionView.withFamily(sessions.update(id, edit.version() == null ? -1 : edit.version(), edit.toPlan()));
    }

    @POST
    @Path("{id}/cancel")
    public SessionView cancel(@PathParam("id") Long id, VersionOnly body) {
        requireBody(body);
        return SessionView.of(sessions.cancel(id, body.version()));
    }

    @POST
    @Path("{id}/enrolments")
    public EnrolmentView enrol(@PathParam("id") Long id, EnrolmentEdit edit) {
        requireBody(edit);
        return EnrolmentView.of(attendances.enrol(id, edit.episodeId(), edit.wholeSeries() == null || edit.wholeSeries()));
    }

    @GET
    @Path("{id}/attendance")
    public List<AttendanceView> attendance(@PathParam("id") Long id) {
        return attendances.roster(id).stream().map(AttendanceView::of).toList();
    }

    @PUT
    @Path("{id}/attendance")
    public List<AttendanceView> record(@PathParam("id") Long id, AttendanceSheet sheet) {
        requireBody(sheet);
        attendances.record(id, sheet.sessionVersion(), sheet.entries() == null ? List.of() : sheet.entries());
        return attendances.roster(id).stream().map(AttendanceView::of).toList();
    }

    private SeriesView series(SessionSeries series) {
        List<SessionView> occurrences = sessions.ofSeries(series.getId()).stream().map(SessionView::of).toList();
        return new SeriesView(series.getId(), series.getVersion(), series.owningSiteId(), series.getWeekdays(),
                series.getFirstDate(), series.getLastDate(), series.getCancelledFrom(), series.getCapacity(), occurrences);
    }

    /** A request without its JSON body answers 400 with a message, not 500. */
    private static void requireBody(Object body) {
        if (body == null) {
            throw new RuleViolation("schedule.body.required");
        }
    }
}
