package org.iopmanager.participant.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.participant.control.AssessmentRules;
import org.iopmanager.participant.control.ViewAudit;
import org.iopmanager.participant.entity.AsamAssessment;
import org.iopmanager.participant.entity.AsamDimension;
import org.iopmanager.participant.entity.AsamEdition;
import org.iopmanager.participant.entity.Episode;
import org.iopmanager.platform.control.RuleViolations;
import org.iopmanager.security.control.SiteScope;
import org.iopmanager.security.entity.Role;

/**
 * ASAM multidimensional assessments of an episode (at intake, again at a level-of-care change): recorded by the
 * clinical roles of the site, read by them and auditors, every read audited as a view of the participant's record.
 * Treatment planning reads the latest ratings of an episode from here.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME, Role.AUDITOR_NAME})
public class Assessments {

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    SiteScope siteScope;

    @Inject
    ViewAudit viewAudit;

    @Inject
    Clock clock;

    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME})
    public AsamAssessment record(Long episodeId, AsamAssessment draft) {
        Episode episode = load(episodeId);
        RuleViolations.throwIfAny(AssessmentRules.check(draft, episode.getAdmissionDate(), episode.getDischargeDate(),
                today(episode)));
        AsamAssessment assessment = new AsamAssessment(episode, siteScope.current().username(), clock.instant());
        assessment.copyDetailsFrom(draft);
        em.persist(assessment);
        em.flush();
        return assessment;
    }

    /** Warnings (bundle keys) for recording an assessment of this edition in this episode; none stop it. */
    public List<String> warnings(Long episodeId, AsamEdition edition) {
        return AssessmentRules.warnings(edition, load(episodeId).getTrack());
    }

    /** An episode's assessments, newest first. */
    public List<AsamAssessment> of(Long episodeId) {
        Episode episode = load(episodeId);
        viewed(episode);
        return em.createQuery("select a from AsamAssessment a where a.episode = :episode "
                + "order by a.assessedOn desc, a.id desc", AsamAssessment.class).setParameter("episode", episode).getResultList();
    }

    public AsamAssessment find(Long id) {
        AsamAssessment assessment = siteScope.check(id == null ? null : em.find(AsamAssessment.class, id), id);
        viewed(assessment.getEpisode());
        return assessment;
    }

    /** The newest assessment of an episode, if there is one. */
    public Optional<AsamAssessment> latestFor(Long episodeId) {
        Episode episode = load(episodeId);
        viewed(episode);
        return em.createQuery("select a from AsamAssessment a where a.episode = :episode "
                + "order by a.assessedOn desc, a.id desc", AsamAssessment.class).setParameter("episode", episode)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The ratings of the newest assessment of an episode by dimension; an empty map when it has none. */
    public Map<AsamDimension, Integer> latestRatings(Long episodeId) {
        return latestFor(episodeId).map(AsamAssessment::ratings).orElseGet(() -> new EnumMap<>(AsamDimension.class));
    }

    private Episode load(Long episodeId) {
        return siteScope.check(episodeId == null ? null : em.find(Episode.class, episodeId), episodeId);
    }

    private void viewed(Episode episode) {
        viewAudit.viewed("Participant", episode.getParticipant().getId(), episode.owningSiteId(),
                "Viewed participant record " + episode.getParticipant().getRecordNumber());
    }

    private LocalDate today(Episode episode) {
        return LocalDate.now(clock.withZone(episode.getParticipant().getSite().zone()));
    }
}
