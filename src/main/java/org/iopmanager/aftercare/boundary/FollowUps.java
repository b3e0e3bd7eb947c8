package org.iopmanager.aftercare.boundary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.iopmanager.aftercare.control.FollowUpLog;
import org.iopmanager.aftercare.control.FollowUpRules;
import org.iopmanager.aftercare.control.FollowUpSettings;
import org.iopmanager.aftercare.entity.AlumniAttendance;
import org.iopmanager.aftercare.entity.ContactMethod;
import org.iopmanager.aftercare.entity.FollowUp;
import org.iopmanager.aftercare.entity.FollowUpAttempt;
import org.iopmanager.aftercare.entity.FollowUpOutcome;
import org.iopmanager.audit.boundary.AuditLog;
import org.iopmanager.audit.entity.AuditAction;
import org.iopmanager.participant.control.ViewAudit;
import org.iopmanager.participant.entity.Participant;
import org.iopmanager.platform.control.LikePattern;
import org.iopmanager.platform.control.NotFound;
import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.platform.control.Versions;
import org.iopmanager.security.control.CurrentUser;
import org.iopmanager.security.control.SiteScope;
import org.iopmanager.security.entity.Role;
import org.iopmanager.site.control.SiteZones;
import org.iopmanager.site.entity.Site;

/**
 * Follow-up after discharge: the due list of a site (checks due at 7 and 30 days, paged, sorted and filtered in the
 * database on the indexed due day), one follow-up with its checks, attempts and alumni meetings, and what clinicians
 * and site administrators record on it. Participant data: the clinical roles of the site and auditors (read-only) see
 * it, the credentialing office never does; a follow-up of another site answers like a missing one. Reads are audited
 * as views, changes by the change auditor; every change is checked against the version the caller loaded.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME, Role.AUDITOR_NAME})
public class FollowUps {

    private static final Map<String, String> SORTABLE = Map.of("dueDate", "c.dueDate", "name", "p.sortName",
            "dischargeDate", "f.dischargeDate", "offsetDays", "c.offsetDays", "recordNumber", "p.recordNumber");

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    SiteScope siteScope;

    @Inject
    SiteZones siteZones;

    @Inject
    AuditLog auditLog;

    @Inject
    ViewAudit viewAudit;

    @Inject
    Versions versions;

    @Inject
    CurrentUser currentUser;

    @Inject
    FollowUpSettings settings;

    @Inject
    Clock clock;

    @Inject
    FollowUpLog log;

    /** A page of a site's due list; the page read is audited as a view of participant data. */
    public List<FollowUpRow> rows(FollowUpFilter filter, int first, int pageSize, Map<String, Boolean> sortAscending) {
        LocalDate today = today(filter.siteId());
        StringBuilder order = new StringBuilder();
        sortAscending.forEach((field, ascending) -> {
            if (SORTABLE.containsKey(field)) {
                order.append(SORTABLE.get(field)).append(ascending ? " asc, " : " desc, ");
            }
        });
        // the row's columns, not the entities: with the entities each row's participant was read again by its id
        // (benchmark, issue 7: four rows, four more statements), and the page needs none of their other fields
        List<Object[]> page = bind(em.createQuery("select c.id, f.id, p.id, p.lastName, p.firstName, p.recordNumber, "
                + "f.dischargeDate, c.offsetDays, c.dueDate, c.windowEnd, c.doneOn, f.outcome, f.unreachedAttempts "
                + "from FollowUpCheck c join c.followUp f join f.participant p " + where(filter) + " order by " + order
                + "c.dueDate, p.sortName, c.id", Object[].class), filter, today)
                .setFirstResult(first).setMaxResults(pageSize).getResultList();
        List<FollowUpRow> rows = new ArrayList<>();
        for (Object[] r : page) {
            LocalDate dueDate = (LocalDate) r[8];
            LocalDate windowEnd = (LocalDate) r[9];
            FollowUpOutcome outcome = (FollowUpOutcome) r[11];
            rows.add(new FollowUpRow((Long) r[0], (Long) r[1], (Long) r[2], r[3] + ", " + r[4], (String) r[5],
                    (LocalDate) r[6], ((Number) r[7]).intValue(), dueDate, windowEnd, ChronoUnit.DAYS.between(today, dueDate),
                    FollowUpRules.state(dueDate, windowEnd, (LocalDate) r[10], outcome, today), ((Number) r[12]).intValue(),
                    outcome));
        }
        auditLog.record(AuditAction.VIEW, "FollowUp", null, filter.siteId(),
                "Viewed the follow-ups due (" + filter.show() + ", " + rows.size() + " rows)");
        return rows;
    }

    public long count(FollowUpFilter filter) {
        LocalDate today = today(filter.siteId());
        return bind(em.createQuery("select count(c) from FollowUpCheck c join c.followUp f join f.participant p "
                + where(filter), Long.class), filter, today).getSingleResult();
    }

    /** How many checks of a site are overdue, due today or due within the notice days: a count for the home page, naming nobody. */
    public long countDue(Long siteId) {
        return count(new FollowUpFilter(siteId, FollowUpFilter.Show.OPEN, null));
    }

    private static String where(FollowUpFilter filter) {
        String open = " and c.doneOn is null and (f.outcome is null or f.outcome not in :ending)";
        String shown = switch (filter.show()) {
            case OPEN -> open + " and c.dueDate <= :horizon and c.windowEnd >= :today";
            case OVERDUE -> open + " and c.dueDate < :today and c.windowEnd >= :today";
            case DUE_TODAY -> open + " and c.dueDate = :today";
            case UPCOMING -> open + " and c.dueDate > :today";
            case MISSED -> open + " and c.windowEnd < :today";
            case DONE -> " and c.doneOn is not null";
            case ALL -> open;
        };
        return "where c.siteId = :site" + shown
                + (filter.hasText() ? " and (p.sortName like :text or lower(p.recordNumber) like :text)" : "");
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query, FollowUpFilter filter, LocalDate today) {
        query.setParameter("site", filter.siteId());
        FollowUpFilter.Show show = filter.show();
        if (show != FollowUpFilter.Show.DONE) {
            query.setParameter("ending", List.of(FollowUpOutcome.READMITTED, FollowUpOutcome.DECLINED,
                    FollowUpOutcome.LOST_TO_FOLLOW_UP));
        }
        if (show == FollowUpFilter.Show.OPEN) {
            query.setParameter("horizon", today.plusDays(settings.noticeDays()));
        }
        if (show != FollowUpFilter.Show.DONE && show != FollowUpFilter.Show.ALL) {
            query.setParameter("today", today);
        }
        if (filter.hasText()) {
            query.setParameter("text", LikePattern.contains(filter.text()));
        }
        return query;
    }

    /** One follow-up with everything recorded on it; audited as a view of the participant's record. */
    public FollowUpDetail detail(Long id) {
        FollowUp f = load(id);
        Participant p = f.getParticipant();
        viewAudit.viewed("Participant", p.getId(), p.owningSiteId(), "Viewed the follow-up after discharge of "
                + p.getRecordNumber());
        return detailOf(f);
    }

    /** The follow-up of a discharged episode (the participant page links to it by episode); audited as a view. */
    public FollowUpDetail ofEpisode(Long episodeId) {
        List<FollowUp> found = em.createQuery("select f from FollowUp f where f.episode.id = :e", FollowUp.class)
                .setParameter("e", episodeId).getResultList();
        if (found.isEmpty()) {
            throw new NotFound("FollowUp", episodeId);
        }
        return detail(found.get(0).getId());
    }

    /** The follow-ups of a participant (one per discharged episode), newest discharge first. */
    public List<FollowUpDetail> ofParticipant(Long participantId) {
        Participant p = siteScope.check(participantId == null ? null : em.find(Participant.class, participantId), participantId);
        viewAudit.viewed("Participant", p.getId(), p.owningSiteId(), "Viewed the follow-up after discharge of "
                + p.getRecordNumber());
        return em.createQuery("select f from FollowUp f where f.participant = :p order by f.dischargeDate desc, f.id desc",
                FollowUp.class).setParameter("p", p).getResultList().stream().map(this::detailOf).toList();
    }

    /**
     * Records an attempt to contact the participant. A reached contact does the earliest open check whose window holds
     * its day and, if it is the first, fixes the days after discharge the rates count; an unreached one that makes
     * {@code iop.aftercare.lost-after-attempts} in a row marks the participant lost to follow-up.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME})
    public FollowUpDetail recordAttempt(Long id, Long loadedVersion, Instant at, ContactMethod method, boolean reached,
            String note) {
        FollowUp f = versions.check(load(id), required(loadedVersion));
        if (at == null) {
            throw RuleViolation.onField("attemptedAt", "followUp.attempt.at.required");
        }
        if (method == null) {
            throw RuleViolation.onField("method", "followUp.attempt.method.required");
        }
        if (note != null && note.strip().length() > FollowUp.NOTE_MAX) {
            throw RuleViolation.onField("note", "followUp.note.size");
        }
        LocalDate today = today(f.owningSiteId());
        if (at.isAfter(clock.instant())) {
            throw RuleViolation.onField("attemptedAt", "followUp.attempt.future");
        }
        LocalDate day = LocalDate.ofInstant(at, zoneOf(f.owningSiteId()));
        FollowUpRules.checkAttemptDay(day, f.getDischargeDate(), today);
        log.attempt(f, at, day, method, reached, note, currentUser.username());
        versions.flush(f);
        return detailOf(f);
    }

    /** Records (or clears, with no outcome) how the follow-up ended up. */
    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME})
    public FollowUpDetail conclude(Long id, Long loadedVersion, FollowUpOutcome outcome, LocalDate on, String note) {
        FollowUp f = versions.check(load(id), required(loadedVersion));
        if (note != null && note.strip().length() > FollowUp.NOTE_MAX) {
            throw RuleViolation.onField("outcomeNote", "followUp.note.size");
        }
        FollowUpRules.checkOutcome(outcome, on, f.getDischargeDate(), today(f.owningSiteId()));
        f.conclude(outcome, on, note);
        versions.flush(f);
        return detailOf(f);
    }

    /**
     * Records an alumni group meeting the participant attended after discharge; without an outcome yet, attending the
     * alumni group becomes it.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME})
    public FollowUpDetail recordAlumni(Long id, Long loadedVersion, LocalDate on, String groupName) {
        FollowUp f = versions.check(load(id), required(loadedVersion));
        if (on == null) {
            throw RuleViolation.onField("attendedOn", "alumni.attendedOn.required");
        }
        LocalDate today = today(f.owningSiteId());
        if (on.isBefore(f.getDischargeDate()) || on.isAfter(today)) {
            throw RuleViolation.onField("attendedOn", "alumni.attendedOn.range", f.getDischargeDate().toString());
        }
        if (groupName == null || groupName.isBlank()) {
            throw RuleViolation.onField("groupName", "alumni.groupName.required");
        }
        if (groupName.strip().length() > AlumniAttendance.GROUP_MAX) {
            throw RuleViolation.onField("groupName", "alumni.groupName.size");
        }
        log.alumni(f, on, groupName, currentUser.username());
        versions.flush(f);
        return detailOf(f);
    }

    /** Today in the site's zone. */
    public LocalDate today(Long siteId) {
        return LocalDate.now(clock.withZone(zoneOf(siteId)));
    }

    private ZoneId zoneOf(Long siteId) {
        siteScope.checkSite(siteId);
        return siteZones.requireZoneOf(siteId);
    }

    /** The version the caller loaded, asked for after the access check (so a refused role hears 403 first). */
    private static long required(Long loadedVersion) {
        if (loadedVersion == null) {
            throw RuleViolation.onField("version", "followup.version.required");
        }
        return loadedVersion;
    }

    private FollowUp load(Long id) {
        return siteScope.check(id == null ? null : em.find(FollowUp.class, id), id);
    }

    private FollowUpDetail detailOf(FollowUp f) {
        Site site = em.find(Site.class, f.owningSiteId());
        LocalDate today = LocalDate.now(clock.withZone(site.zone()));
        Participant p = f.getParticipant();
        List<FollowUpDetail.Check> checks = f.getChecks().stream().map(c -> new FollowUpDetail.Check(c.getId(),
                c.getOffsetDays(), c.getOpensOn(), c.getDueDate(), c.getWindowEnd(), c.getDoneOn(),
                FollowUpRules.state(c.getDueDate(), c.getWindowEnd(), c.getDoneOn(), f.getOutcome(), today))).toList();
        List<FollowUpDetail.Attempt> attempts = em.createQuery("select a from FollowUpAttempt a where a.followUp = :f "
                + "order by a.attemptedAt desc, a.id desc", FollowUpAttempt.class).setParameter("f", f).getResultList()
                .stream().map(a -> new FollowUpDetail.Attempt(a.getId(), a.getAttemptedAt(), a.getAttemptedOn(), a.getMethod(),
                        a.isReached(), a.getNote(), a.getRecordedBy())).toList();
        List<FollowUpDetail.Alumni> alumni = em.createQuery("select a from AlumniAttendance a where a.followUp = :f "
                + "order by a.attendedOn desc, a.id desc", AlumniAttendance.class).setParameter("f", f).getResultList()
                .stream().map(a -> new FollowUpDetail.Alumni(a.getId(), a.getAttendedOn(), a.getGroupName(), a.getRecordedBy()))
                .toList();
        LocalDate lastWindowEnd = checks.isEmpty() ? null : checks.get(checks.size() - 1).windowEnd();
        return new FollowUpDetail(f.getId(), f.getVersion(), f.owningSiteId(), site.getTimeZone(), p.getId(),
                p.getLastName() + ", " + p.getFirstName(), p.getRecordNumber(), f.getEpisode().getId(), f.getDischargeDate(),
                f.getOutcome(), f.getOutcomeOn(), f.getOutcomeNote(),
                FollowUpRules.effectiveOutcome(f.getOutcome(), f.getFirstReachedOn(), lastWindowEnd, today).orElse(null),
                f.getFirstReachedOn(), f.getReachedDays(), f.getUnreachedAttempts(), f.getAlumniMeetings(), checks, attempts,
                alumni);
    }
}
