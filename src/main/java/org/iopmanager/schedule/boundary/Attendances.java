package org.iopmanager.schedule.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.audit.boundary.AuditLog;
import org.iopmanager.audit.entity.AuditAction;
import org.iopmanager.participant.control.ViewAudit;
import org.iopmanager.participant.entity.Episode;
import org.iopmanager.participant.entity.FamilyMember;
import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.platform.control.Versions;
import org.iopmanager.schedule.control.AttendanceEntry;
import org.iopmanager.schedule.control.AttendanceRule;
import org.iopmanager.schedule.control.RosterLine;
import org.iopmanager.schedule.entity.Attendance;
import org.iopmanager.schedule.entity.Enrolment;
import org.iopmanager.schedule.entity.SessionKind;
import org.iopmanager.schedule.entity.SessionSeries;
import org.iopmanager.schedule.entity.SessionStatus;
import org.iopmanager.schedule.entity.TherapySession;
import org.iopmanager.security.control.SiteScope;
import org.iopmanager.security.entity.Role;

/**
 * Who is enrolled in a session or series, and how they attended: participant data, so every read is audited as a
 * view. Enrolment takes open episodes of the session's site up to the capacity; it ends with the episode, and no
 * attendance is recorded after the discharge day. A clinician records the whole group at once: one form, one
 * transaction, each row checked against the version it was loaded at.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME, Role.AUDITOR_NAME})
public class Attendances {

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    SiteScope siteScope;

    @Inject
    Versions versions;

    @Inject
    AuditLog auditLog;

    @Inject
    ViewAudit viewAudit;

    @Inject
    Clock clock;

    /**
     * Enrols an open episode in the session's series (every session of it) or, with {@code wholeSeries} false or a
     * one-off session, in this session only.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME})
    public Enrolment enrol(Long sessionId, Long episodeId, boolean wholeSeries) {
        TherapySession session = siteScope.check(sessionId == null ? null : em.find(TherapySession.class, sessionId), sessionId);
        Episode episode = episodeId == null ? null : em.find(Episode.class, episodeId);
        if (episode == null || !episode.owningSiteId().equals(session.owningSiteId())) {
            throw RuleViolation.onField("episode", "schedule.enrolment.episode.otherSite");
        }
        if (!episode.isOpen()) {
            throw RuleViolation.onField("episode", "schedule.enrolment.discharged");
        }
        SessionSeries series = wholeSeries ? session.getSeries() : null;
        if (isEnrolled(session, episode)) {
            throw RuleViolation.onField("episode", "schedule.enrolment.already");
        }
        if (series != null) {
            requirePlaceInEverySession(series);
        } else if (enrolledIn(session) >= session.getCapacity()) {
            throw RuleViolation.onField("episode", "schedule.enrolment.full", session.getCapacity());
        }
        Enrolment enrolment = new Enrolment(episode, series, series == null ? session : null,
                siteScope.current().username(), clock.instant());
        em.persist(enrolment);
        em.flush();
        return enrolment;
    }

    /** The session's list: enrolled episodes open on the session's day, with attendance where recorded. */
    public List<RosterLine> roster(Long sessionId) {
        TherapySession session = siteScope.check(sessionId == null ? null : em.find(TherapySession.class, sessionId), sessionId);
        List<RosterLine> lines = rosterOf(session);
        auditLog.record(AuditAction.VIEW, "Attendance", session.getId(), session.owningSiteId(),
                "Viewed attendance of session " + session.getId() + " (" + lines.size() + " participants)");
        return lines;
    }

    /** Open episodes of the session's site not on its list yet, to enrol (participant names: audited). */
    public List<Episode> enrollable(Long sessionId) {
        TherapySession session = siteScope.check(sessionId == null ? null : em.find(TherapySession.class, sessionId), sessionId);
        Set<Long> listed = new java.util.HashSet<>();
        rosterOf(session).forEach(line -> listed.add(line.episode().getId()));
        List<Episode> open = em.createQuery("select e from Episode e join fetch e.participant p where e.siteId = :site "
                        + "and e.dischargeDate is null order by p.sortName, e.id", Episode.class)
                .setParameter("site", session.owningSiteId()).getResultList();
        List<Episode> choices = open.stream().filter(e -> !listed.contains(e.getId())).toList();
        auditLog.record(AuditAction.VIEW, "Episode", null, session.owningSiteId(),
                "Viewed the open episodes to enrol in session " + session.getId() + " (" + choices.size() + " rows)");
        return choices;
    }

    /**
     * The family members, involved with consent, of the participants on a family session's list (one: a family
     * session seats one participant), by participant id: who may be marked as having come. Nothing for other kinds.
     */
    public Map<Long, List<FamilyMember>> familyOf(Long sessionId) {
        TherapySession session = siteScope.check(sessionId == null ? null : em.find(TherapySession.class, sessionId), sessionId);
        Map<Long, List<FamilyMember>> family = new HashMap<>();
        if (session.getKind() != SessionKind.FAMILY_THERAPY) {
            return family;
        }
        List<Long> participants = rosterOf(session).stream().map(line -> line.episode().getParticipant().getId()).toList();
        if (participants.isEmpty()) {
            return family;
        }
        em.createQuery("select f from FamilyMember f join fetch f.participant where f.participant.id in :participants "
                        + "and f.consentToInvolve = true order by f.name, f.id", FamilyMember.class)
                .setParameter("participants", participants).getResultList()
                .forEach(f -> family.computeIfAbsent(f.getParticipant().getId(), id -> new ArrayList<>()).add(f));
        family.forEach((participantId, members) -> viewAudit.viewed("Participant", participantId, session.owningSiteId(),
                "Viewed the family members of participant record " + members.get(0).getParticipant().getRecordNumber()
                        + " for session " + session.getId()));
        return family;
    }

    /**
     * Records (or corrects) the attendance of the whole group at once, and marks the session held; a row whose
     * attendance changed since it was loaded refuses the whole form.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME})
    public List<Attendance> record(Long sessionId, long sessionVersion, List<AttendanceEntry> entries) {
        TherapySession session = versions.check(siteScope.check(sessionId == null ? null
                : em.find(TherapySession.class, sessionId), sessionId), sessionVersion);
        if (session.isCancelled()) {
            throw RuleViolation.onField("attendance", "schedule.attendance.cancelled");
        }
        AttendanceRule.requireStarted(session.getStartsAt(), clock.instant());
        Map<Long, RosterLine> listed = new HashMap<>();
        rosterOf(session).forEach(line -> listed.put(line.episode().getId(), line));
        List<Attendance> saved = new ArrayList<>();
        Set<Long> seen = new java.util.HashSet<>();
        for (AttendanceEntry entry : entries) {
            Episode episode = entry.episodeId() == null ? null : em.find(Episode.class, entry.episodeId());
            if (episode == null || !episode.owningSiteId().equals(session.owningSiteId()) || !seen.add(episode.getId())) {
                throw RuleViolation.onField("attendance", "schedule.attendance.notEnrolled", String.valueOf(entry.episodeId()));
            }
            String who = org.iopmanager.schedule.control.HoursRow.nameOf(episode.getParticipant());
            AttendanceRule.requireOpenOn(session.getSessionDate(), episode.getAdmissionDate(), episode.getDischargeDate(), who);
            RosterLine line = listed.get(episode.getId());
            if (line == null) {
                throw RuleViolation.onField("attendance", "schedule.attendance.notEnrolled", who);
            }
            int minutes = AttendanceRule.minutes(entry.status(), entry.minutes(), session.getDurationMinutes(), who);
            Attendance attendance = line.attendance();
            if (attendance == null) {
                attendance = new Attendance(session, episode);
                em.persist(attendance);
            } else if (entry.version() == null || attendance.getVersion() != entry.version()) {
                throw versions.conflict(Attendance.class, attendance.getId());
            }
            attendance.record(entry.status(), minutes, family(session, episode, entry), siteScope.current().username(),
                    clock.instant());
            saved.add(attendance);
        }
        if (!saved.isEmpty()) {
            session.markHeld();
        }
        versions.flush(session);
        return saved;
    }

    private Set<FamilyMember> family(TherapySession session, Episode episode, AttendanceEntry entry) {
        if (entry.familyMemberIds().isEmpty()) {
            return Set.of();
        }
        if (session.getKind() != SessionKind.FAMILY_THERAPY) {
            throw RuleViolation.onField("attendance", "schedule.session.family.familyOnly");
        }
        Set<FamilyMember> members = new LinkedHashSet<>();
        for (Long id : entry.familyMemberIds()) {
            FamilyMember member = em.find(FamilyMember.class, id);
            if (member == null || !member.getParticipant().equals(episode.getParticipant())) {
                throw RuleViolation.onField("attendance", "schedule.session.family.unknown");
            }
            if (!member.isConsentToInvolve()) {
                throw RuleViolation.onField("attendance", "schedule.session.family.noConsent", member.getName());
            }
            members.add(member);
        }
        return members;
    }

    private List<RosterLine> rosterOf(TherapySession session) {
        LocalDate day = session.getSessionDate();
        String target = session.getSeries() == null ? "n.session = :session" : "(n.session = :session or n.series = :series)";
        var query = em.createQuery("select e from Enrolment n join n.episode e join fetch e.participant p where " + target
                + " and e.admissionDate <= :day and (e.dischargeDate is null or e.dischargeDate >= :day) "
                + "order by p.sortName, e.id", Episode.class).setParameter("session", session).setParameter("day", day);
        if (session.getSeries() != null) {
            query.setParameter("series", session.getSeries());
        }
        List<Episode> episodes = query.getResultList();
        Map<Long, Attendance> recorded = new HashMap<>();
        em.createQuery("select distinct a from Attendance a left join fetch a.familyMembers where a.session = :session",
                        Attendance.class)
                .setParameter("session", session).getResultList()
                .forEach(a -> recorded.put(a.getEpisode().getId(), a));
        List<RosterLine> lines = new ArrayList<>();
        for (Episode episode : new LinkedHashSet<>(episodes)) {
            lines.add(new RosterLine(episode, recorded.get(episode.getId())));
        }
        return lines;
    }

    private boolean isEnrolled(TherapySession session, Episode episode) {
        String target = session.getSeries() == null ? "n.session = :session" : "(n.session = :session or n.series = :series)";
        var query = em.createQuery("select count(n) from Enrolment n where n.episode = :episode and " + target, Long.class)
                .setParameter("episode", episode).setParameter("session", session);
        if (session.getSeries() != null) {
            query.setParameter("series", session.getSeries());
        }
        return query.getSingleResult() > 0;
    }

    /**
     * A whole-series enrolment takes a place in every session of it that is not cancelled: each one's enrolled
     * (the series' and its own one-off enrolments of open episodes) must stay below its capacity. One query.
     */
    private void requirePlaceInEverySession(SessionSeries series) {
        List<Object[]> taken = em.createQuery("select s.capacity, count(n) from TherapySession s, Enrolment n "
                        + "where s.series = :series and s.status <> :cancelled and (n.session = s or n.series = :series) "
                        + "and n.episode.dischargeDate is null group by s.id, s.capacity", Object[].class)
                .setParameter("series", series).setParameter("cancelled", SessionStatus.CANCELLED).getResultList();
        for (Object[] row : taken) {
            int capacity = ((Number) row[0]).intValue();
            if (((Number) row[1]).longValue() >= capacity) {
                throw RuleViolation.onField("episode", "schedule.enrolment.full", capacity);
            }
        }
    }

    private long enrolledIn(TherapySession session) {
        String target = session.getSeries() == null ? "n.session = :session" : "(n.session = :session or n.series = :series)";
        var query = em.createQuery("select count(n) from Enrolment n where " + target + " and n.episode.dischargeDate is null",
                Long.class).setParameter("session", session);
        if (session.getSeries() != null) {
            query.setParameter("series", session.getSeries());
        }
        return query.getSingleResult();
    }
}
