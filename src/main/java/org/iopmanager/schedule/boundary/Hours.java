package org.iopmanager.schedule.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.iopmanager.audit.boundary.AuditLog;
import org.iopmanager.audit.entity.AuditAction;
import org.iopmanager.participant.entity.Episode;
import org.iopmanager.platform.control.NotFound;
import org.iopmanager.schedule.control.Compliance;
import org.iopmanager.schedule.control.HoursRow;
import org.iopmanager.schedule.control.SiteCalendar;
import org.iopmanager.schedule.control.WeekReport;
import org.iopmanager.schedule.control.WeeklyHours;
import org.iopmanager.schedule.entity.Attendance;
import org.iopmanager.security.control.SiteScope;
import org.iopmanager.security.entity.Role;
import org.iopmanager.site.entity.Site;
import org.iopmanager.treatment.boundary.CareStandards;
import org.iopmanager.treatment.control.CareStandard;

/**
 * Hours delivered: per participant per week (Monday to Sunday in the site's zone) the minutes attended, against
 * the weekly minimum of the episode's level of care at the site, prorated in a week the episode is open only in
 * part. The database adds the minutes up (one grouped query per page, by the indexed week column); clinicians see
 * who falls short this week and last, administrators and auditors the site's compliance rate. Reads are audited.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME, Role.AUDITOR_NAME})
public class Hours {

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    SiteScope siteScope;

    @Inject
    AuditLog auditLog;

    @Inject
    CareStandards careStandards;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "iop.schedule.compliance-weeks", defaultValue = "8")
    int complianceWeeks;

    /** The Monday of this week at the site. */
    public LocalDate thisWeek(Long siteId) {
        return SiteCalendar.weekOf(LocalDate.now(clock.withZone(site(siteId).zone())));
    }

    public long count(Long siteId, LocalDate week) {
        site(siteId);
        return em.createQuery("select count(e) from Episode e where e.siteId = :site and e.admissionDate <= :end "
                        + "and (e.dischargeDate is null or e.dischargeDate >= :week)", Long.class)
                .setParameter("site", siteId).setParameter("week", week).setParameter("end", week.plusDays(6)).getSingleResult();
    }

    /** A page of the episodes open in the week, by name, each with delivered and required minutes. */
    public List<HoursRow> page(Long siteId, LocalDate week, int first, int pageSize) {
        site(siteId);
        List<Episode> episodes = episodes(siteId, week, week).setFirstResult(first).setMaxResults(pageSize).getResultList();
        List<HoursRow> rows = rows(siteId, week, episodes);
        auditLog.record(AuditAction.VIEW, "Attendance", null, siteId,
                "Viewed hours delivered in the week of " + week + " (" + rows.size() + " participants)");
        return rows;
    }

    /** The whole week's report of a site: every open episode, the shortfalls, the compliance rate for administrators. */
    public WeekReport report(Long siteId, LocalDate week) {
        site(siteId);
        List<HoursRow> rows = rows(siteId, week, episodes(siteId, week, week).getResultList());
        auditLog.record(AuditAction.VIEW, "Attendance", null, siteId,
                "Viewed hours delivered in the week of " + week + " (" + rows.size() + " participants)");
        return new WeekReport(siteId, week, rows, rows.stream().filter(HoursRow::isShort).toList(),
                seesCompliance() ? compliance(siteId) : null);
    }

    /** Open episodes of a site under the minimum this week (so far) and last week. */
    public List<HoursRow> shortfalls(Long siteId, LocalDate week) {
        site(siteId);
        List<HoursRow> rows = rows(siteId, week, episodes(siteId, week, week).getResultList());
        auditLog.record(AuditAction.VIEW, "Attendance", null, siteId, "Viewed hours shortfalls in the week of " + week);
        return rows.stream().filter(HoursRow::isShort).toList();
    }

    /**
     * How many open episodes of a site were under the minimum in a week: a count for the home page, which names nobody
     * (so it is not a view of participant data; the list it links to is).
     */
    public long countShort(Long siteId, LocalDate week) {
        site(siteId);
        return rows(siteId, week, episodes(siteId, week, week).getResultList()).stream().filter(HoursRow::isShort).count();
    }

    /**
     * The share of participant-weeks at or above the minimum over the last completed weeks (configured by
     * {@code iop.schedule.compliance-weeks}, this week not counted).
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.AUDITOR_NAME})
    public Compliance compliance(Long siteId) {
        LocalDate to = thisWeek(siteId).minusWeeks(1);
        LocalDate from = to.minusWeeks(complianceWeeks - 1L);
        List<Compliance.EpisodeSpan> spans = episodes(siteId, from, to).getResultList().stream()
                .map(e -> new Compliance.EpisodeSpan(e.getId(), e.getLevelOfCare(), e.getTrack(), e.getAdmissionDate(),
                        e.getDischargeDate())).toList();
        Map<Long, Map<LocalDate, Integer>> minutes = new HashMap<>();
        for (Object[] row : em.createQuery("select a.episode.id, a.weekStart, sum(a.minutes) from Attendance a "
                        + "where a.siteId = :site and a.weekStart between :from and :to group by a.episode.id, a.weekStart",
                        Object[].class).setParameter("site", siteId).setParameter("from", from).setParameter("to", to)
                .getResultList()) {
            minutes.computeIfAbsent((Long) row[0], id -> new HashMap<>()).put((LocalDate) row[1], ((Number) row[2]).intValue());
        }
        return Compliance.of(from, to, spans, minutes, careStandards.standardOf(siteId));
    }

    /** One participant's sessions and minutes in a week (the "participant's week" view). */
    public List<Attendance> participantWeek(Long episodeId, LocalDate week) {
        Episode episode = siteScope.check(episodeId == null ? null : em.find(Episode.class, episodeId), episodeId);
        List<Attendance> attended = em.createQuery("select a from Attendance a join fetch a.session s where a.episode = :e "
                + "and a.weekStart = :week order by s.startsAt", Attendance.class).setParameter("e", episode)
                .setParameter("week", week).getResultList();
        auditLog.record(AuditAction.VIEW, "Attendance", episode.getId(), episode.owningSiteId(),
                "Viewed the week of " + week + " of episode " + episode.getId());
        return attended;
    }

    public boolean seesCompliance() {
        Role role = siteScope.current().role();
        return role == Role.ADMIN || role == Role.SITE_ADMIN || role == Role.AUDITOR;
    }

    private jakarta.persistence.TypedQuery<Episode> episodes(Long siteId, LocalDate fromWeek, LocalDate toWeek) {
        return em.createQuery("select e from Episode e join fetch e.participant p where e.siteId = :site "
                        + "and e.admissionDate <= :end and (e.dischargeDate is null or e.dischargeDate >= :week) "
                        + "order by p.sortName, e.id", Episode.class)
                .setParameter("site", siteId).setParameter("week", fromWeek).setParameter("end", toWeek.plusDays(6));
    }

    /** The minutes of all the given episodes in one grouped query. */
    private List<HoursRow> rows(Long siteId, LocalDate week, List<Episode> episodes) {
        if (episodes.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> minutes = new HashMap<>();
        for (Object[] row : em.createQuery("select a.episode.id, sum(a.minutes) from Attendance a where a.siteId = :site "
                        + "and a.weekStart = :week and a.episode in :episodes group by a.episode.id", Object[].class)
                .setParameter("site", siteId).setParameter("week", week).setParameter("episodes", episodes).getResultList()) {
            minutes.put((Long) row[0], ((Number) row[1]).intValue());
        }
        CareStandard standard = careStandards.standardOf(siteId);
        List<HoursRow> rows = new ArrayList<>();
        for (Episode e : episodes) {
            int required = WeeklyHours.requiredMinutes(standard.weeklyMinimumMinutes(e.getLevelOfCare(), e.getTrack()), week,
                    e.getAdmissionDate(), e.getDischargeDate());
            rows.add(new HoursRow(e.getId(), e.getParticipant().getId(), HoursRow.nameOf(e.getParticipant()),
                    e.getParticipant().getRecordNumber(), e.getLevelOfCare(), e.getTrack(), e.getAdmissionDate(),
                    e.getDischargeDate(), minutes.getOrDefault(e.getId(), 0), required));
        }
        return rows;
    }

    private Site site(Long siteId) {
        siteScope.checkSite(siteId);
        Site site = siteId == null ? null : em.find(Site.class, siteId);
        if (site == null) {
            throw new NotFound("Site", siteId);
        }
        return site;
    }
}
