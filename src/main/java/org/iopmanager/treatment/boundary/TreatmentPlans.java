package org.iopmanager.treatment.boundary;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.audit.boundary.AuditLog;
import org.iopmanager.audit.entity.AuditAction;
import org.iopmanager.participant.entity.AsamAssessment;
import org.iopmanager.participant.entity.AsamDimension;
import org.iopmanager.participant.control.ViewAudit;
import org.iopmanager.participant.entity.Episode;
import org.iopmanager.participant.entity.Participant;
import org.iopmanager.platform.control.NotFound;
import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.platform.control.RuleViolations;
import org.iopmanager.platform.control.Versions;
import org.iopmanager.security.control.SiteScope;
import org.iopmanager.security.entity.Role;
import org.iopmanager.site.entity.Site;
import org.iopmanager.staff.boundary.Clearances;
import org.iopmanager.staff.control.Clearance;
import org.iopmanager.staff.entity.ClinicalService;
import org.iopmanager.staff.entity.StaffMember;
import org.iopmanager.treatment.control.CareStandard;
import org.iopmanager.treatment.control.Finding;
import org.iopmanager.treatment.control.PlanDiff;
import org.iopmanager.treatment.control.PlanPath;
import org.iopmanager.treatment.control.PlanPdf;
import org.iopmanager.treatment.control.PlanQuality;
import org.iopmanager.treatment.control.PlanRules;
import org.iopmanager.treatment.control.TextKey;
import org.iopmanager.treatment.control.WeeklyHours;
import org.iopmanager.treatment.entity.PlanGoal;
import org.iopmanager.treatment.entity.PlanIntervention;
import org.iopmanager.treatment.entity.PlanObjective;
import org.iopmanager.treatment.entity.PlanProblem;
import org.iopmanager.treatment.entity.PlanReview;
import org.iopmanager.treatment.entity.PlanStatus;
import org.iopmanager.treatment.entity.SignatureRole;
import org.iopmanager.treatment.entity.TreatmentPlan;

/**
 * Treatment plans of episodes: protected health information, so only the clinical roles of the site and auditors
 * (read-only) see them, every read is audited as a view and a plan of another site answers like a missing one.
 * A version changes only while it is not yet active; an active plan changes by amendment. Each intervention's
 * responsible staff member must be cleared for its modality at the site on the day the plan is saved.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME, Role.AUDITOR_NAME})
public class TreatmentPlans {

    static final String BUNDLE = "org.iopmanager.i18n.messages";

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
    CareStandards careStandards;

    @Inject
    Clock clock;

    /** The episode a plan page is about (the plan's heading), audited as a view of the participant's record. */
    public Episode episode(Long episodeId) {
        Episode episode = loadEpisode(episodeId);
        auditLog.record(AuditAction.VIEW, "Episode", episode.getId(), episode.owningSiteId(), "Viewed the treatment plan page");
        return episode;
    }

    /** The latest version of an episode's plan (null while it has none). */
    public TreatmentPlan latest(Long episodeId) {
        Episode episode = loadEpisode(episodeId);
        TreatmentPlan plan = em.createQuery("select p from TreatmentPlan p where p.episode = :e order by p.versionNumber desc",
                TreatmentPlan.class).setParameter("e", episode).setMaxResults(1).getResultStream().findFirst().orElse(null);
        return plan == null ? null : viewed(loaded(plan));
    }

    /** One version with its whole content. */
    public TreatmentPlan find(Long id) {
        return viewed(loaded(load(id)));
    }

    /** Every version of an episode's plan, newest first (without content). */
    public List<TreatmentPlan> versionsOf(Long episodeId) {
        Episode episode = loadEpisode(episodeId);
        List<TreatmentPlan> list = em.createQuery("select p from TreatmentPlan p where p.episode = :e "
                + "order by p.versionNumber desc", TreatmentPlan.class).setParameter("e", episode).getResultList();
        auditLog.record(AuditAction.VIEW, "TreatmentPlan", null, episode.owningSiteId(),
                "Viewed the plan versions of episode " + episode.getId());
        return list;
    }

    /** The reviews of the episode's plan (every version), newest first; audited as a view of the plan. */
    public List<PlanReview> reviewsOf(Long planId) {
        TreatmentPlan plan = viewed(load(planId));
        return em.createQuery("select r from PlanReview r where r.plan.episode = :e order by r.reviewedOn desc, r.id desc",
                PlanReview.class).setParameter("e", plan.getEpisode()).getResultList();
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME})
    public TreatmentPlan createDraft(Long episodeId) {
        if (episodeId == null) {
            throw RuleViolation.onField("episodeId", "plan.required");
        }
        Episode episode = loadEpisode(episodeId);
        requireOpen(episode);
        lockPlansOf(episode);
        Long existing = em.createQuery("select count(p) from TreatmentPlan p where p.episode = :e", Long.class)
                .setParameter("e", episode).getSingleResult();
        if (existing > 0) {
            throw new RuleViolation("plan.exists");
        }
        TreatmentPlan plan = new TreatmentPlan(episode, 1, siteScope.current().username(), clock.instant());
        em.persist(plan);
        em.flush();
        return plan;
    }

    /**
     * Saves a draft's content (fields and the whole tree below them). A version awaiting signatures goes back to
     * draft and loses them: they signed other words.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME})
    public TreatmentPlan update(Long id, long loadedVersion, TreatmentPlan content) {
        TreatmentPlan plan = versions.check(load(id), loadedVersion);
        PlanRules.requireEditable(plan);
        requireOpen(plan.getEpisode());
        PlanRules.validate(content);
        resolveStaff(plan, content, today(plan));
        if (plan.getStatus() == PlanStatus.AWAITING_SIGNATURES) {
            plan.clearSignatures();
        }
        plan.copyContentFrom(content, clock.instant());
        return versions.flush(plan);
    }

    /** The quality findings of a version as it stands (they quote the plan, so the read is audited as a view). */
    public List<Finding> quality(Long id) {
        return findings(viewed(loaded(load(id))));
    }

    public WeeklyHours hoursOf(TreatmentPlan plan) {
        Episode episode = plan.getEpisode();
        return WeeklyHours.of(plan, careStandards.standardOf(plan.owningSiteId()), episode.getLevelOfCare(), episode.getTrack());
    }

    /**
     * One signature by the signing user: the participant (with the guardian's name on the adolescent track), the
     * clinician (the staff member named, by default the episode's primary clinician, cleared for counselling at the
     * site today; over quality findings only with a reason), the supervisor (the clinician's supervisor on record,
     * needed when only an associate licence clears the clinician). With the last one the version becomes active and
     * the one it amends superseded.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME})
    public TreatmentPlan sign(Long id, long loadedVersion, SignatureRole role, Long staffId, String guardianName,
            String overrideReason) {
        TreatmentPlan plan = loaded(versions.check(load(id), loadedVersion));
        Episode episode = plan.getEpisode();
        requireOpen(episode);
        if (role == null) {
            throw RuleViolation.onField("role", "plan.required");
        }
        LocalDate today = today(plan);
        StaffMember staff = null;
        boolean supervisedPractice = false;
        if (role == SignatureRole.CLINICIAN) {
            staff = clearedClinician(plan, staffId == null ? episode.getPrimaryClinician() : em.find(StaffMember.class, staffId),
                    today);
            supervisedPractice = clearances.clearedOnlyUnderSupervision(staff.getId(), ClinicalService.INDIVIDUAL_COUNSELLING,
                    plan.owningSiteId(), today);
        } else if (role == SignatureRole.SUPERVISOR && staffId != null) {
            staff = em.find(StaffMember.class, staffId);
            if (staff == null) {
                throw RuleViolation.onField("supervisor", "plan.sign.supervisor.unknown");
            }
        }
        List<Finding> findings = role == SignatureRole.CLINICIAN ? findings(plan) : List.of();
        boolean complete = PlanRules.sign(plan, new PlanRules.Signature(role, siteScope.current().username(), staff,
                supervisedPractice, guardianName, overrideReason), episode.getTrack(), findings, clock.instant());
        if (complete) {
            for (TreatmentPlan earlier : em.createQuery("select p from TreatmentPlan p where p.episode = :e "
                    + "and p.status = :active", TreatmentPlan.class).setParameter("e", episode)
                    .setParameter("active", PlanStatus.ACTIVE).getResultList()) {
                earlier.supersede();
            }
            plan.activate(today, standard(plan).reviewDue(today));
        }
        return versions.flush(plan);
    }

    /** A new draft version copied from the active one, with the reason; the active one holds until it is signed. */
    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME})
    public TreatmentPlan amend(Long id, long loadedVersion, String reason) {
        TreatmentPlan active = loaded(versions.check(load(id), loadedVersion));
        requireOpen(active.getEpisode());
        lockPlansOf(active.getEpisode());
        Long open = em.createQuery("select count(p) from TreatmentPlan p where p.episode = :e and p.status in :open", Long.class)
                .setParameter("e", active.getEpisode())
                .setParameter("open", List.of(PlanStatus.DRAFT, PlanStatus.AWAITING_SIGNATURES)).getSingleResult();
        PlanRules.requireAmendable(active, open > 0, reason);
        Integer last = em.createQuery("select max(p.versionNumber) from TreatmentPlan p where p.episode = :e", Integer.class)
                .setParameter("e", active.getEpisode()).getSingleResult();
        TreatmentPlan amendment = new TreatmentPlan(active.getEpisode(), last + 1, siteScope.current().username(),
                clock.instant());
        amendment.amends(active, reason.strip(), clock.instant());
        em.persist(amendment);
        em.flush();
        return amendment;
    }

    /** Records a review of the active plan and moves its next review day on from the review's day. */
    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME})
    public PlanReview review(Long id, long loadedVersion, LocalDate reviewedOn, String note) {
        TreatmentPlan plan = versions.check(load(id), loadedVersion);
        requireOpen(plan.getEpisode());
        if (plan.getStatus() != PlanStatus.ACTIVE) {
            throw new RuleViolation("plan.review.notActive");
        }
        if (reviewedOn == null || reviewedOn.isAfter(today(plan)) || reviewedOn.isBefore(plan.getSignedOn())) {
            throw RuleViolation.onField("reviewedOn", "plan.review.date");
        }
        PlanReview review = new PlanReview(plan, reviewedOn, siteScope.current().username(), note, clock.instant());
        em.persist(review);
        plan.reviewed(reviewedOn, standard(plan).reviewDue(reviewedOn));
        versions.flush(plan);
        return review;
    }

    /** What changed from {@code againstId} (by default the previous version) to this version. */
    public List<PlanDiff.Change> diff(Long id, Long againstId) {
        TreatmentPlan plan = loaded(load(id));
        TreatmentPlan older;
        if (againstId != null) {
            older = load(againstId);
            if (!older.getEpisode().equals(plan.getEpisode())) {
                throw new NotFound("TreatmentPlan", againstId);
            }
        } else {
            older = em.createQuery("select p from TreatmentPlan p where p.episode = :e and p.versionNumber = :n",
                    TreatmentPlan.class).setParameter("e", plan.getEpisode()).setParameter("n", plan.getVersionNumber() - 1)
                    .getResultStream().findFirst().orElse(null);
            if (older == null) {
                return List.of();
            }
        }
        viewed(plan);
        return PlanDiff.between(loaded(older), plan);
    }

    /** At discharge every version still in force or in writing is closed (called by the discharge). */
    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME})
    public void closeForDischarge(Long episodeId) {
        Episode episode = loadEpisode(episodeId);
        em.createQuery("select p from TreatmentPlan p where p.episode = :e and p.status in :live", TreatmentPlan.class)
                .setParameter("e", episode)
                .setParameter("live", List.of(PlanStatus.DRAFT, PlanStatus.AWAITING_SIGNATURES, PlanStatus.ACTIVE))
                .getResultList().forEach(TreatmentPlan::close);
        em.flush();
    }

    /** A file name and the PDF's bytes. */
    public record Pdf(String fileName, byte[] content) {
    }

    /** The printable plan for the participant; the file leaves the system, so it is audited as an export too. */
    public Pdf pdf(Long id, Locale locale) {
        TreatmentPlan plan = find(id);
        byte[] content = new PlanPdf(ResourceBundle.getBundle(BUNDLE, locale), zoneAt(plan.owningSiteId())).render(plan, hoursOf(plan), clock.instant());
        auditLog.record(AuditAction.EXPORT, "TreatmentPlan", plan.getId(), plan.owningSiteId(),
                "Treatment plan version " + plan.getVersionNumber() + " printed (PDF)");
        return new Pdf("treatment-plan-" + plan.getEpisode().getParticipant().getRecordNumber() + "-v"
                + plan.getVersionNumber() + ".pdf", content);
    }

    /** The site's standard (the first plan's due day the pages show). */
    public CareStandard standardAt(Long siteId) {
        return careStandards.at(siteId);
    }

    /** Today at a site the caller may see. */
    public LocalDate todayAt(Long siteId) {
        return LocalDate.now(clock.withZone(zoneAt(siteId)));
    }

    /** The time zone of a site the caller may see, in which pages and the PDF show the plan's signature times. */
    public ZoneId zoneAt(Long siteId) {
        siteScope.checkSite(siteId);
        Site site = em.find(Site.class, siteId);
        if (site == null) {
            throw new NotFound("Site", siteId);
        }
        return site.zone();
    }

    // ---- helpers ----

    private TreatmentPlan load(Long id) {
        return siteScope.check(id == null ? null : em.find(TreatmentPlan.class, id), id);
    }

    private Episode loadEpisode(Long episodeId) {
        return siteScope.check(episodeId == null ? null : em.find(Episode.class, episodeId), episodeId);
    }

    /** One view line per plan version and request, however many reads a page render makes. */
    private TreatmentPlan viewed(TreatmentPlan plan) {
        viewAudit.viewed("TreatmentPlan", plan.getId(), plan.owningSiteId(),
                "Viewed treatment plan version " + plan.getVersionNumber() + " of episode " + plan.getEpisode().getId());
        return plan;
    }

    /** The whole tree, read now, so that pages and the API can use it after the transaction. */
    static TreatmentPlan loaded(TreatmentPlan plan) {
        plan.getEpisode().getParticipant().getSortName();
        plan.getEpisode().getPrimaryClinician().getFullName();
        touch(plan.getClinicianStaff());
        touch(plan.getSupervisorStaff());
        for (PlanProblem problem : plan.getProblems()) {
            for (PlanGoal goal : problem.getGoals()) {
                for (PlanObjective objective : goal.getObjectives()) {
                    objective.getInterventions().forEach(i -> touch(i.getResponsibleStaff()));
                }
            }
        }
        return plan;
    }

    private static void touch(StaffMember staff) {
        if (staff != null) {
            staff.getFullName();
        }
    }

    /**
     * Serialises the writers that add a version to an episode's plan (a first draft, an amendment): the second of
     * two concurrent calls waits, then sees the first one's version and is refused by the rule instead of hitting
     * the unique version number.
     */
    private void lockPlansOf(Episode episode) {
        em.lock(episode, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The clinician who signs: staff of the plan's site, cleared for counselling there today (refusals beside the field). */
    private StaffMember clearedClinician(TreatmentPlan plan, StaffMember clinician, LocalDate today) {
        if (clinician == null || !clinician.worksAt(plan.owningSiteId())) {
            throw RuleViolation.onField("clinician", "plan.sign.clinician.required");
        }
        Clearance answer = clearances.check(clinician.getId(), ClinicalService.INDIVIDUAL_COUNSELLING, plan.owningSiteId(), today);
        if (!answer.allowed()) {
            throw RuleViolation.onField("clinician", "plan.sign.clinician.notCleared", clinician.getFullName(),
                    reasons(answer, ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH)));
        }
        return clinician;
    }

    private void requireOpen(Episode episode) {
        if (!episode.isOpen()) {
            throw new RuleViolation("plan.episode.discharged");
        }
    }

    private CareStandard standard(TreatmentPlan plan) {
        return careStandards.standardOf(plan.owningSiteId());
    }

    private LocalDate today(TreatmentPlan plan) {
        return todayAt(plan.owningSiteId());
    }

    /** Each responsible staff member, cleared for the modality at the plan's site today; refusals beside the field. */
    private void resolveStaff(TreatmentPlan plan, TreatmentPlan content, LocalDate today) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
        List<RuleViolation> refused = new ArrayList<>();
        int p = 0;
        for (PlanProblem problem : content.getProblems()) {
            String problemPath = PlanPath.child("", 'P', ++p);
            int g = 0;
            for (PlanGoal goal : problem.getGoals()) {
                String goalPath = PlanPath.child(problemPath, 'G', ++g);
                int o = 0;
                for (PlanObjective objective : goal.getObjectives()) {
                    String objectivePath = PlanPath.child(goalPath, 'O', ++o);
                    int i = 0;
                    for (PlanIntervention intervention : objective.getInterventions()) {
                        String field = PlanPath.field(PlanPath.child(objectivePath, 'I', ++i), "staff");
                        StaffMember staff = em.find(StaffMember.class, intervention.getStaffId());
                        Clearance answer = staff == null || !staff.worksAt(plan.owningSiteId()) ? null
                                : clearances.check(staff.getId(), intervention.getModality().service(), plan.owningSiteId(), today);
                        if (answer == null) {
                            refused.add(RuleViolation.onField(field, "plan.intervention.staff.unknown"));
                        } else if (!answer.allowed()) {
                            refused.add(RuleViolation.onField(field, "plan.intervention.notCleared", staff.getFullName(),
                                    reasons(answer, bundle)));
                        } else {
                            intervention.setResponsibleStaff(staff);
                        }
                    }
                }
            }
        }
        RuleViolations.throwIfAny(refused);
    }

    private static String reasons(Clearance answer, ResourceBundle bundle) {
        return answer.reasons().stream().map(r -> bundle.containsKey(r.key())
                ? MessageFormat.format(bundle.getString(r.key()), r.arguments()) : r.key()).collect(Collectors.joining("; "));
    }

    private List<Finding> findings(TreatmentPlan plan) {
        Map<AsamDimension, Integer> ratings = em.createQuery("select a from AsamAssessment a where a.episode = :e "
                + "order by a.assessedOn desc, a.id desc", AsamAssessment.class).setParameter("e", plan.getEpisode())
                .setMaxResults(1).getResultStream().findFirst().map(AsamAssessment::ratings).orElse(Map.of());
        return PlanQuality.check(plan, ratings, copiedKeys(plan), today(plan));
    }

    /** The text keys of this plan that a plan of another participant has too, in one query. */
    private Set<String> copiedKeys(TreatmentPlan plan) {
        Set<String> keys = new HashSet<>();
        for (PlanProblem problem : plan.getProblems()) {
            for (PlanGoal goal : problem.getGoals()) {
                keys.add(TextKey.of(goal.getStatement()));
                goal.getObjectives().forEach(o -> keys.add(TextKey.of(o.getText())));
            }
        }
        keys.remove("");
        if (keys.isEmpty()) {
            return Set.of();
        }
        // goals and objectives apart, each by its text key's index: one query with "goal's key in … or objective's
        // key in …" over the join of both read every goal and objective of every plan (0.45 s on bench large)
        Participant participant = plan.getEpisode().getParticipant();
        Set<String> copied = new HashSet<>(em.createQuery("select distinct g.textKey from PlanGoal g join g.problem pr "
                + "join pr.plan p where g.textKey in :keys and p.episode.participant <> :participant", String.class)
                .setParameter("participant", participant).setParameter("keys", keys).getResultList());
        copied.addAll(em.createQuery("select distinct o.textKey from PlanObjective o join o.goal g join g.problem pr "
                + "join pr.plan p where o.textKey in :keys and p.episode.participant <> :participant", String.class)
                .setParameter("participant", participant).setParameter("keys", keys).getResultList());
        return copied;
    }
}
