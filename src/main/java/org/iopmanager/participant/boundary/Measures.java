package org.iopmanager.participant.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.iopmanager.audit.boundary.AuditLog;
import org.iopmanager.audit.entity.AuditAction;
import org.iopmanager.participant.control.InstrumentRules;
import org.iopmanager.participant.control.MeasureRules;
import org.iopmanager.participant.control.ViewAudit;
import org.iopmanager.participant.entity.Episode;
import org.iopmanager.participant.entity.Instrument;
import org.iopmanager.participant.entity.MeasureResult;
import org.iopmanager.participant.entity.SafetyFlag;
import org.iopmanager.platform.control.NotFound;
import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.platform.control.RuleViolations;
import org.iopmanager.platform.control.Versions;
import org.iopmanager.security.control.SiteScope;
import org.iopmanager.security.entity.Role;

/**
 * Standardised outcome measures of an episode and the safety flags they raise. A PHQ-9 with item 9 above 0 raises a
 * flag in the same transaction as the result, so no positive answer is ever recorded without one; the flag stays on
 * the record, the participant list and the site's flag list until a clinician acknowledges it with a note. The
 * instruments are provider-wide: every clinical role reads them, provider administrators add them.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME, Role.AUDITOR_NAME})
public class Measures {

    private static final String FLAG_ROW = "select f.id, f.version, p.id, p.recordNumber, p.firstName, p.lastName, "
            + "p.preferredName, i.code, f.raisedOn, f.itemValue, f.raisedAt, f.acknowledgedBy, f.acknowledgedAt, f.note "
            + "from SafetyFlag f join f.participant p join f.result r join r.instrument i ";

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    SiteScope siteScope;

    @Inject
    ViewAudit viewAudit;

    @Inject
    AuditLog auditLog;

    @Inject
    Versions versions;

    @Inject
    Clock clock;

    public List<Instrument> instruments() {
        return em.createQuery("select i from Instrument i where i.active = true order by i.code", Instrument.class)
                .getResultList();
    }

    public Instrument instrument(Long id) {
        Instrument instrument = id == null ? null : em.find(Instrument.class, id);
        if (instrument == null) {
            throw new NotFound("Instrument", id);
        }
        return instrument;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Instrument addInstrument(Instrument draft) {
        List<RuleViolation> violations = new ArrayList<>(InstrumentRules.check(draft));
        Long taken = em.createQuery("select count(i) from Instrument i where i.code = :code", Long.class)
                .setParameter("code", draft.getCode()).getSingleResult();
        if (taken > 0) {
            violations.add(RuleViolation.onField("code", "instrument.code.taken"));
        }
        RuleViolations.throwIfAny(violations);
        em.persist(draft);
        em.flush();
        return draft;
    }

    /** Records a result; a positive safety item raises a safety flag with it. */
    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME})
    public MeasureResult record(Long episodeId, Long instrumentId, MeasureResult draft) {
        Episode episode = load(episodeId);
        if (instrumentId == null) {
            throw RuleViolation.onField("instrument", "measure.instrument.required");
        }
        Instrument instrument = em.find(Instrument.class, instrumentId);
        if (instrument == null || !instrument.isActive()) {
            throw RuleViolation.onField("instrument", "measure.instrument.unknown");
        }
        RuleViolations.throwIfAny(MeasureRules.check(instrument, draft, episode.getAdmissionDate(),
                episode.getDischargeDate(), today(episode)));
        MeasureResult result = new MeasureResult(episode, instrument, siteScope.current().username(), clock.instant());
        result.copyScoresFrom(draft);
        em.persist(result);
        if (MeasureRules.raisesFlag(instrument, result)) {
            em.persist(new SafetyFlag(result, clock.instant()));
        }
        em.flush();
        return result;
    }

    /** An episode's results, by instrument and then in the order administered (the trend of each). */
    public List<MeasureResult> of(Long episodeId) {
        Episode episode = load(episodeId);
        viewed(episode);
        return em.createQuery("select m from MeasureResult m join fetch m.instrument where m.episode = :episode "
                + "order by m.instrument.code, m.administeredOn, m.id", MeasureResult.class).setParameter("episode", episode)
                .getResultList();
    }

    public MeasureResult find(Long id) {
        MeasureResult result = siteScope.check(id == null ? null : em.find(MeasureResult.class, id), id);
        viewed(result.getEpisode());
        return result;
    }

    /** A site's safety flags, the oldest first; only the unacknowledged ones unless asked. Audited as a list view. */
    public List<FlagRow> flags(Long siteId, boolean openOnly, int first, int pageSize) {
        siteScope.checkSite(siteId);
        List<FlagRow> rows = rows(em.createQuery(FLAG_ROW + "where f.siteId = :site"
                + (openOnly ? " and f.acknowledgedAt is null" : "") + " order by f.raisedOn, f.id", Object[].class)
                .setParameter("site", siteId).setFirstResult(first).setMaxResults(pageSize));
        auditLog.record(AuditAction.VIEW, "SafetyFlag", null, siteId, "Viewed the safety flag list (" + rows.size() + " rows)");
        return rows;
    }

    /** Unacknowledged safety flags over all the caller's sites (the home page's due item for the clinical roles). */
    public long openFlagCount() {
        var scope = siteScope.current();
        var query = em.createQuery("select count(f) from SafetyFlag f where f.acknowledgedAt is null"
                + (scope.coversAllSites() ? "" : " and f.siteId in :sites"), Long.class);
        if (!scope.coversAllSites()) {
            query.setParameter("sites", scope.queryableSiteIds());
        }
        return query.getSingleResult();
    }

    public long countFlags(Long siteId, boolean openOnly) {
        siteScope.checkSite(siteId);
        return em.createQuery("select count(f) from SafetyFlag f where f.siteId = :site"
                + (openOnly ? " and f.acknowledgedAt is null" : ""), Long.class).setParameter("site", siteId).getSingleResult();
    }

    /** A participant's safety flags, open ones first, then the newest. */
    public List<FlagRow> flagsOf(Long participantId) {
        var participant = siteScope.check(participantId == null ? null
                : em.find(org.iopmanager.participant.entity.Participant.class, participantId), participantId);
        viewAudit.viewed("Participant", participant.getId(), participant.owningSiteId(),
                "Viewed participant record " + participant.getRecordNumber());
        List<FlagRow> rows = rows(em.createQuery(FLAG_ROW + "where f.participant = :p order by f.raisedOn desc, f.id desc",
                Object[].class).setParameter("p", participant));
        rows.sort(java.util.Comparator.comparing(row -> !row.isOpen())); // stable: open ones first, each newest first
        return rows;
    }

    public FlagRow findFlag(Long id) {
        SafetyFlag flag = siteScope.check(id == null ? null : em.find(SafetyFlag.class, id), id);
        viewed(flag.getEpisode());
        return rows(em.createQuery(FLAG_ROW + "where f.id = :id", Object[].class).setParameter("id", id)).get(0);
    }

    /** A clinician saw the flag and acted: who, when and the note are kept. */
    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME})
    public FlagRow acknowledge(Long id, long loadedVersion, String note) {
        SafetyFlag flag = versions.check(siteScope.check(id == null ? null : em.find(SafetyFlag.class, id), id), loadedVersion);
        RuleViolations.throwIfAny(MeasureRules.acknowledgement(flag, note));
        flag.acknowledge(siteScope.current().username(), clock.instant(), note.strip());
        versions.flush(flag);
        return findFlag(id);
    }

    private static List<FlagRow> rows(TypedQuery<Object[]> query) {
        List<FlagRow> rows = new ArrayList<>();
        for (Object[] r : query.getResultList()) {
            String name = r[6] == null ? r[4] + " " + r[5] : r[6] + " (" + r[4] + ") " + r[5];
            rows.add(new FlagRow((Long) r[0], (Long) r[1], (Long) r[2], (String) r[3], name, (String) r[7],
                    (LocalDate) r[8], (Integer) r[9], (java.time.Instant) r[10], (String) r[11], (java.time.Instant) r[12],
                    (String) r[13]));
        }
        return rows;
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
