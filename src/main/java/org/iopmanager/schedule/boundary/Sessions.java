package org.iopmanager.schedule.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.audit.boundary.AuditLog;
import org.iopmanager.audit.entity.AuditAction;
import org.iopmanager.participant.entity.FamilyMember;
import org.iopmanager.platform.control.NotFound;
import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.platform.control.Versions;
import org.iopmanager.schedule.control.ClearanceText;
import org.iopmanager.schedule.control.Recurrence;
import org.iopmanager.schedule.control.SessionPlan;
import org.iopmanager.schedule.entity.SessionKind;
import org.iopmanager.schedule.entity.SessionSeries;
import org.iopmanager.schedule.entity.SessionStatus;
import org.iopmanager.schedule.entity.TherapySession;
import org.iopmanager.security.control.SiteScope;
import org.iopmanager.security.entity.Role;
import org.iopmanager.site.entity.Site;
import org.iopmanager.staff.boundary.Clearances;
import org.iopmanager.staff.control.Clearance;
import org.iopmanager.staff.entity.StaffMember;

/**
 * Therapy sessions of a site: one-off or generated weekly by a series, each led by a facilitator (and optional
 * co-facilitator) cleared for the session's service at the site on the day, by the same clearance the credentialing
 * office keeps. The clinical roles of the site plan them, auditors read them; the credentialing office never sees
 * the schedule, which names participants' sessions.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME, Role.AUDITOR_NAME})
public class Sessions {

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    SiteScope siteScope;

    @Inject
    Versions versions;

    @Inject
    AuditLog auditLog;

    @Inject
    Clearances clearances;

    @Inject
    Clock clock;

    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME})
    public TherapySession create(Long siteId, SessionPlan plan) {
        Site site = site(siteId);
        plan.check();
        StaffMember facilitator = cleared(plan.facilitatorId(), plan.kind(), site, plan.date(), "facilitator");
        StaffMember co = plan.coFacilitatorId() == null ? null
                : cleared(plan.coFacilitatorId(), plan.kind(), site, plan.date(), "coFacilitator");
        TherapySession session = new TherapySession(site, null);
        session.plan(plan, plan.date(), facilitator, co);
        session.setFamilyMembers(family(plan, site, Set.of()));
        em.persist(session);
        em.flush();
        return session;
    }

    /**
     * A weekly series and all its sessions; the facilitators must be cleared on the first and the last day of it
     * (a credential that lapses in between lapses before the last day).
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME})
    public SessionSeries createSeries(Long siteId, SessionPlan plan, Recurrence recurrence) {
        Site site = site(siteId);
        plan.check();
        List<LocalDate> dates = recurrence.dates();
        LocalDate first = dates.get(0);
        LocalDate last = dates.get(dates.size() - 1);
        StaffMember facilitator = cleared(plan.facilitatorId(), plan.kind(), site, first, "facilitator");
        cleared(plan.facilitatorId(), plan.kind(), site, last, "facilitator");
        StaffMember co = null;
        if (plan.coFacilitatorId() != null) {
            co = cleared(plan.coFacilitatorId(), plan.kind(), site, first, "coFacilitator");
            cleared(plan.coFacilitatorId(), plan.kind(), site, last, "coFacilitator");
        }
        SessionSeries series = new SessionSeries(site, plan, recurrence.weekdays(), first, last, facilitator, co);
        em.persist(series);
        Set<FamilyMember> family = family(plan, site, Set.of());
        for (LocalDate day : dates) {
            TherapySession session = new TherapySession(site, series);
            session.plan(plan, day, facilitator, co);
            session.setFamilyMembers(family);
            em.persist(session);
        }
        em.flush();
        return series;
    }

    public TherapySession find(Long id) {
        TherapySession session = siteScope.check(id == null ? null : em.find(TherapySession.class, id), id);
        if (session.getKind().isSingle()) {
            auditLog.record(AuditAction.VIEW, "TherapySession", session.getId(), session.owningSiteId(),
                    "Viewed " + session.getKind() + " session " + session.getId());
        }
        return session;
    }

    public SessionSeries findSeries(Long id) {
        return siteScope.check(id == null ? null : em.find(SessionSeries.class, id), id);
    }

    /** The sessions a series generated, in order. */
    public List<TherapySession> ofSeries(Long seriesId) {
        SessionSeries series = findSeries(seriesId);
        return em.createQuery("select s from TherapySession s join fetch s.facilitator left join fetch s.coFacilitator "
                + "left join fetch s.series where s.series = :series "
                + "order by s.sessionDate, s.id", TherapySession.class).setParameter("series", series).getResultList();
    }

    /** The sessions of a site that start between two local date-times of the site (the calendar's range). */
    public List<TherapySession> between(Long siteId, LocalDateTime from, LocalDateTime to) {
        Site site = site(siteId);
        ZoneId zone = site.zone();
        return em.createQuery("select s from TherapySession s join fetch s.facilitator left join fetch s.coFacilitator "
                        + "left join fetch s.series where s.site = :site "
                        + "and s.startsAt >= :from and s.startsAt < :to order by s.startsAt, s.id", TherapySession.class)
                .setParameter("site", site).setParameter("from", from.atZone(zone).toInstant())
                .setParameter("to", to.atZone(zone).toInstant()).setMaxResults(2000).getResultList();
    }

    /**
     * Edits one session (of a series or not); a held or cancelled session stays as it was. A plan that does not name
     * the invited family members keeps the session's; a newly invited one needs the participant's consent.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME})
    public TherapySession update(Long id, long loadedVersion, SessionPlan plan) {
        TherapySession session = versions.check(siteScope.check(id == null ? null : em.find(TherapySession.class, id), id),
                loadedVersion);
        if (session.getStatus() != SessionStatus.SCHEDULED) {
            throw new RuleViolation("schedule.session.notScheduled");
        }
        plan.check();
        if (plan.kind() != session.getKind()) {
            throw RuleViolation.onField("kind", "schedule.session.kind.fixed");
        }
        Site site = session.getSite();
        StaffMember facilitator = cleared(plan.facilitatorId(), plan.kind(), site, plan.date(), "facilitator");
        StaffMember co = plan.coFacilitatorId() == null ? null
                : cleared(plan.coFacilitatorId(), plan.kind(), site, plan.date(), "coFacilitator");
        session.plan(plan, plan.date(), facilitator, co);
        if (plan.namesFamily()) {
            session.setFamilyMembers(family(plan, site, session.getFamilyMembers()));
        }
        return versions.flush(session);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME})
    public TherapySession cancel(Long id, long loadedVersion) {
        TherapySession session = versions.check(siteScope.check(id == null ? null : em.find(TherapySession.class, id), id),
                loadedVersion);
        if (session.getStatus() != SessionStatus.SCHEDULED) {
            throw new RuleViolation("schedule.session.notScheduled");
        }
        session.cancel();
        return versions.flush(session);
    }

    /** Cancels the series' scheduled sessions on and after {@code from}; answers how many. */
    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME})
    public int cancelSeriesFrom(Long seriesId, long loadedVersion, LocalDate from) {
        SessionSeries series = versions.check(findSeries(seriesId), loadedVersion);
        if (from == null) {
            throw RuleViolation.onField("from", "schedule.series.cancelFrom.required");
        }
        series.cancelFrom(from);
        List<TherapySession> coming = em.createQuery("select s from TherapySession s where s.series = :series "
                + "and s.sessionDate >= :from and s.status = :scheduled", TherapySession.class).setParameter("series", series)
                .setParameter("from", from).setParameter("scheduled", SessionStatus.SCHEDULED).getResultList();
        coming.forEach(TherapySession::cancel);
        versions.flush(series);
        return coming.size();
    }

    /** Today at a session's site, the default day of a new session. */
    public LocalDate todayAt(Long siteId) {
        return LocalDate.now(clock.withZone(site(siteId).zone()));
    }

    private Site site(Long siteId) {
        siteScope.checkSite(siteId);
        Site site = siteId == null ? null : em.find(Site.class, siteId);
        if (site == null) {
            throw new NotFound("Site", siteId);
        }
        return site;
    }

    /** The staff member, provided they work at the site and are cleared for the kind's service on the day. */
    private StaffMember cleared(Long staffId, SessionKind kind, Site site, LocalDate day, String field) {
        StaffMember staff = em.find(StaffMember.class, staffId);
        if (staff == null || !staff.worksAt(site.getId())) {
            throw RuleViolation.onField(field, "schedule.session.facilitator.notAtSite");
        }
        Clearance clearance = clearances.check(staffId, kind.service(), site.getId(), day);
        if (!clearance.allowed()) {
            throw RuleViolation.onField(field, "schedule.session.facilitator.notCleared", staff.getFullName(), day.toString(),
                    ClearanceText.of(clearance.reasons()));
        }
        return staff;
    }

    /** The plan's family members, of the site; each one not invited already must have the consent to involve. */
    private Set<FamilyMember> family(SessionPlan plan, Site site, Set<FamilyMember> invited) {
        Set<FamilyMember> members = new HashSet<>();
        if (!plan.namesFamily()) {
            return members;
        }
        for (Long id : plan.familyMemberIds()) {
            FamilyMember member = em.find(FamilyMember.class, id);
            if (member == null || !site.getId().equals(member.owningSiteId())) {
                throw RuleViolation.onField("familyMembers", "schedule.session.family.unknown");
            }
            if (!member.isConsentToInvolve() && !invited.contains(member)) {
                throw RuleViolation.onField("familyMembers", "schedule.session.family.noConsent", member.getName());
            }
            members.add(member);
        }
        return members;
    }
}
