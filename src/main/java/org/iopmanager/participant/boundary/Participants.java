package org.iopmanager.participant.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.audit.boundary.AuditLog;
import org.iopmanager.audit.entity.AuditAction;
import org.iopmanager.platform.control.LikePattern;
import org.iopmanager.platform.control.NotFound;
import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.platform.control.Versions;
import org.iopmanager.participant.entity.DischargeReason;
import org.iopmanager.participant.entity.Episode;
import org.iopmanager.participant.entity.EpisodeDischarged;
import org.iopmanager.participant.control.ViewAudit;
import org.iopmanager.participant.entity.FamilyMember;
import org.iopmanager.participant.entity.LevelOfCare;
import org.iopmanager.participant.entity.Participant;
import org.iopmanager.participant.entity.Track;
import org.iopmanager.security.control.SiteScope;
import org.iopmanager.security.entity.Role;
import org.iopmanager.site.entity.Site;
import org.iopmanager.staff.boundary.Clearances;
import org.iopmanager.staff.control.Clearance;
import org.iopmanager.staff.entity.ClinicalService;
import org.iopmanager.staff.entity.StaffMember;

/**
 * Participants and their episodes of care: protected health information. Only the clinical roles of the
 * participant's site (clinicians, site administrators, provider administrators) and auditors (read-only) see
 * them; the credentialing office never does. Every opened record is audited as a view, and a record of another
 * site answers like a missing one. An episode's primary clinician must be cleared to counsel at the site on the
 * admission day, by the same clearance the credentialing office keeps.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME, Role.AUDITOR_NAME})
public class Participants {

    /** List sort fields and the columns they sort by. */
    private static final Map<String, String> SORTABLE = Map.of("recordNumber", "p.recordNumber", "sortName", "p.sortName",
            "dateOfBirth", "p.dateOfBirth", "admissionDate", "e.admissionDate");

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
    Clearances clearances;

    @Inject
    Clock clock;

    @Inject
    Event<EpisodeDischarged> discharged;

    /** A page of the participants of a site the caller may see, by name; the list view itself is audited. */
    public List<Participant> search(Long siteId, String text, int first, int pageSize) {
        siteScope.checkSite(siteId);
        boolean filtered = text != null && !text.isBlank();
        var query = em.createQuery("select p from Participant p where p.site.id = :site"
                + (filtered ? " and (p.sortName like :text or lower(p.recordNumber) like :text)" : "")
                + " order by p.sortName, p.id", Participant.class).setParameter("site", siteId);
        if (filtered) {
            query.setParameter("text", LikePattern.contains(text));
        }
        List<Participant> page = query.setFirstResult(first).setMaxResults(pageSize).getResultList();
        auditLog.record(AuditAction.VIEW, "Participant", null, siteId,
                "Viewed the participant list (" + page.size() + " rows)");
        return page;
    }

    /**
     * A page of the participant list of a site with each one's open episode, primary clinician and unacknowledged
     * safety flag: one query for the page and one for the flags of its rows. The list view is audited.
     */
    public List<ParticipantRow> rows(ParticipantFilter filter, int first, int pageSize, Map<String, Boolean> sortAscending) {
        siteScope.checkSite(filter.siteId());
        StringBuilder order = new StringBuilder();
        sortAscending.forEach((field, ascending) -> {
            if (SORTABLE.containsKey(field)) {
                order.append(SORTABLE.get(field)).append(ascending ? " asc, " : " desc, ");
            }
        });
        var query = em.createQuery("select p.id, p.recordNumber, p.firstName, p.lastName, p.preferredName, p.dateOfBirth, "
                + "e.id, e.track, e.levelOfCare, e.admissionDate, c.firstName, c.lastName " + listFrom(filter)
                + " order by " + order + "p.sortName, p.id", Object[].class);
        List<Object[]> page = bindList(query, filter).setFirstResult(first).setMaxResults(pageSize).getResultList();
        Set<Long> flagged = page.isEmpty() ? Set.of() : new HashSet<>(em.createQuery("select distinct f.participant.id "
                + "from SafetyFlag f where f.participant.id in :ids and f.acknowledgedAt is null", Long.class)
                .setParameter("ids", page.stream().map(row -> (Long) row[0]).toList()).getResultList());
        List<ParticipantRow> rows = new ArrayList<>();
        for (Object[] r : page) {
            rows.add(new ParticipantRow((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    (LocalDate) r[5], (Long) r[6], (Track) r[7], (LevelOfCare) r[8], (LocalDate) r[9],
                    r[10] == null ? null : r[10] + " " + r[11], flagged.contains((Long) r[0])));
        }
        auditLog.record(AuditAction.VIEW, "Participant", null, filter.siteId(),
                "Viewed the participant list (" + rows.size() + " rows)");
        return rows;
    }

    public long count(ParticipantFilter filter) {
        siteScope.checkSite(filter.siteId());
        return bindList(em.createQuery("select count(p) " + listFrom(filter), Long.class), filter).getSingleResult();
    }

    private static String listFrom(ParticipantFilter filter) {
        return "from Participant p left join Episode e on (e.participant = p and e.dischargeDate is null) "
                + "left join e.primaryClinician c where p.site.id = :site"
                + (filtered(filter) ? " and (p.sortName like :text or lower(p.recordNumber) like :text "
                        + "or lower(p.preferredName) like :text)" : "")
                + (filter.openOnly() ? " and e.id is not null" : "");
    }

    private static boolean filtered(ParticipantFilter filter) {
        return filter.text() != null && !filter.text().isBlank();
    }

    private static <T> jakarta.persistence.TypedQuery<T> bindList(jakarta.persistence.TypedQuery<T> query,
            ParticipantFilter filter) {
        query.setParameter("site", filter.siteId());
        if (filtered(filter)) {
            query.setParameter("text", LikePattern.contains(filter.text()));
        }
        return query;
    }

    /** One participant's record; audited as a view of protected health information (once per request). */
    public Participant find(Long id) {
        Participant participant = siteScope.check(id == null ? null : em.find(Participant.class, id), id);
        viewAudit.viewed("Participant", participant.getId(), participant.owningSiteId(),
                "Viewed participant record " + participant.getRecordNumber());
        return participant;
    }

    /** An episode of a participant the caller may see; audited as a view of the participant's record. */
    public Episode findEpisode(Long episodeId) {
        Episode episode = siteScope.check(episodeId == null ? null : em.find(Episode.class, episodeId), episodeId);
        Participant participant = episode.getParticipant();
        viewAudit.viewed("Participant", participant.getId(), participant.owningSiteId(),
                "Viewed participant record " + participant.getRecordNumber());
        return episode;
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME})
    public Participant create(Long siteId, Participant draft) {
        Site site = siteScope.check(siteId == null ? null : em.find(Site.class, siteId), siteId);
        Participant participant = new Participant(site, clock.instant());
        participant.copyDetailsFrom(draft);
        requireUniqueRecordNumber(participant, null);
        em.persist(participant);
        em.flush();
        return participant;
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME})
    public Participant update(Long id, long loadedVersion, Participant edited) {
        Participant participant = versions.check(siteScope.check(id == null ? null : em.find(Participant.class, id), id),
                loadedVersion);
        Participant probe = new Participant(participant.getSite(), participant.getCreatedAt());
        probe.copyDetailsFrom(edited);
        requireUniqueRecordNumber(probe, participant.getId());
        participant.copyDetailsFrom(edited);
        return versions.flush(participant);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME})
    public FamilyMember addFamilyMember(Long participantId, FamilyMember draft) {
        Participant participant = siteScope.check(participantId == null ? null : em.find(Participant.class, participantId),
                participantId);
        FamilyMember member = new FamilyMember(participant);
        member.setName(draft.getName() == null ? null : draft.getName().strip());
        member.setRelationship(draft.getRelationship() == null ? null : draft.getRelationship().strip());
        member.setConsentToInvolve(draft.isConsentToInvolve());
        em.persist(member);
        em.flush();
        return member;
    }

    /**
     * Edits a family member: name, relationship and the consent to involve them. A withdrawn consent stops new
     * invitations to family sessions and their attendance there (the sessions ask for it each time).
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME})
    public FamilyMember updateFamilyMember(Long participantId, Long memberId, long loadedVersion, FamilyMember edited) {
        FamilyMember member = siteScope.check(memberId == null ? null : em.find(FamilyMember.class, memberId), memberId);
        if (!member.getParticipant().getId().equals(participantId)) {
            throw new NotFound("FamilyMember", memberId);
        }
        versions.check(member, loadedVersion);
        member.setName(edited.getName() == null ? null : edited.getName().strip());
        member.setRelationship(edited.getRelationship() == null ? null : edited.getRelationship().strip());
        member.setConsentToInvolve(edited.isConsentToInvolve());
        return versions.flush(member);
    }

    public List<FamilyMember> familyOf(Long participantId) {
        Participant participant = find(participantId);
        return em.createQuery("select f from FamilyMember f where f.participant = :p order by f.name, f.id", FamilyMember.class)
                .setParameter("p", participant).getResultList();
    }

    public List<Episode> episodesOf(Long participantId) {
        Participant participant = find(participantId);
        return em.createQuery("select e from Episode e join fetch e.primaryClinician where e.participant = :p "
                + "order by e.admissionDate desc, e.id desc", Episode.class).setParameter("p", participant).getResultList();
    }

    /**
     * Admits a participant: one open episode at a time, not dated in the future, with a primary clinician who is
     * cleared to counsel at the site on the admission day (the answer's reasons are the refusal's).
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME})
    public Episode admit(Long participantId, Episode draft, Long primaryClinicianId) {
        Participant participant = siteScope.check(participantId == null ? null : em.find(Participant.class, participantId),
                participantId);
        Long siteId = participant.owningSiteId();
        if (draft.getAdmissionDate() != null && draft.getAdmissionDate().isAfter(today(participant))) {
            throw RuleViolation.onField("admissionDate", "episode.admissionDate.future");
        }
        Long open = em.createQuery("select count(e) from Episode e where e.participant = :p and e.dischargeDate is null", Long.class)
                .setParameter("p", participant).getSingleResult();
        if (open > 0) {
            throw new RuleViolation("episode.open.exists");
        }
        if (primaryClinicianId == null) {
            throw RuleViolation.onField("primaryClinician", "episode.primaryClinician.required");
        }
        if (draft.getAdmissionDate() != null) {
            Clearance clearance = clearances.check(primaryClinicianId, ClinicalService.INDIVIDUAL_COUNSELLING, siteId,
                    draft.getAdmissionDate());
            if (!clearance.allowed()) {
                throw RuleViolation.onField("primaryClinician", "episode.primaryClinician.notCleared",
                        clearance.reasons().stream().map(Clearance.Reason::key).collect(Collectors.joining(", ")));
            }
        }
        Episode episode = new Episode(participant);
        episode.copyDetailsFrom(draft);
        episode.setPrimaryClinician(em.find(StaffMember.class, primaryClinicianId));
        em.persist(episode);
        em.flush();
        return episode;
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME})
    public Episode discharge(Long episodeId, long loadedVersion, LocalDate on, DischargeReason reason) {
        Episode episode = versions.check(siteScope.check(episodeId == null ? null : em.find(Episode.class, episodeId),
                episodeId), loadedVersion);
        if (!episode.isOpen()) {
            throw new RuleViolation("episode.discharged.already");
        }
        if (on == null || on.isBefore(episode.getAdmissionDate())) {
            throw RuleViolation.onField("dischargeDate", "episode.dischargeDate.beforeAdmission");
        }
        if (on.isAfter(today(episode.getParticipant()))) {
            throw RuleViolation.onField("dischargeDate", "episode.dischargeDate.future");
        }
        if (reason == null) {
            throw RuleViolation.onField("dischargeReason", "episode.dischargeReason.required");
        }
        episode.discharge(on, reason);
        Episode saved = versions.flush(episode);
        discharged.fire(new EpisodeDischarged(saved.getId()));
        return saved;
    }

    private LocalDate today(Participant participant) {
        return LocalDate.now(clock.withZone(participant.getSite().zone()));
    }

    private void requireUniqueRecordNumber(Participant participant, Long self) {
        Long clash = em.createQuery("select count(p) from Participant p where p.site = :site and p.recordNumber = :number "
                        + "and p.id <> :self", Long.class)
                .setParameter("site", participant.getSite()).setParameter("number", participant.getRecordNumber())
                .setParameter("self", self == null ? -1L : self).getSingleResult();
        if (clash > 0) {
            throw RuleViolation.onField("recordNumber", "participant.recordNumber.taken");
        }
    }
}
