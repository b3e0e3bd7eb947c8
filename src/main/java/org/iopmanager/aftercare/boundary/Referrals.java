package org.iopmanager.aftercare.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.iopmanager.aftercare.control.ConsentRules;
import org.iopmanager.aftercare.control.ConsentStatement;
import org.iopmanager.aftercare.control.LoadedVersion;
import org.iopmanager.aftercare.control.MonthlyFigures;
import org.iopmanager.aftercare.control.ReferralLifecycle;
import org.iopmanager.aftercare.control.ReferralMonth;
import org.iopmanager.aftercare.control.ReferralPdf;
import org.iopmanager.aftercare.control.ReferralRecords;
import org.iopmanager.aftercare.control.ReferralRefused;
import org.iopmanager.aftercare.control.ReferralStep;
import org.iopmanager.aftercare.entity.Disclosure;
import org.iopmanager.aftercare.entity.DisclosureCategory;
import org.iopmanager.aftercare.entity.DisclosureConsent;
import org.iopmanager.aftercare.entity.Referral;
import org.iopmanager.aftercare.entity.ReferralStatus;
import org.iopmanager.aftercare.entity.ReferralTransition;
import org.iopmanager.aftercare.entity.ResourceService;
import org.iopmanager.audit.boundary.AuditLog;
import org.iopmanager.audit.entity.AuditAction;
import org.iopmanager.document.control.FileResponses;
import org.iopmanager.participant.control.ViewAudit;
import org.iopmanager.participant.entity.Episode;
import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.platform.control.RuleViolations;
import org.iopmanager.platform.control.Versions;
import org.iopmanager.security.control.CurrentUser;
import org.iopmanager.security.control.Scope;
import org.iopmanager.security.control.SiteScope;
import org.iopmanager.security.entity.Role;
import org.iopmanager.site.control.SiteChoice;
import org.iopmanager.site.control.SiteDirectory;
import org.iopmanager.site.control.SiteZones;
import org.iopmanager.site.entity.Site;

/**
 * The referrals of episodes' discharge (aftercare) plans, through their lifecycle. Sending discloses information, so
 * a referral with substance use disorder information is sent only under a valid written consent that covers its
 * recipient and its categories today; every sending, with or without consent, writes a {@link Disclosure} row (with the
 * §2.32 notice version and the consent statement) and an audit line in the same transaction. The verified first visit
 * is recorded apart from the status. Clinical roles of the episode's site act, auditors read, the credentialing office
 * never sees a referral.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME, Role.AUDITOR_NAME})
public class Referrals {

    private static final String BUNDLE = "org.iopmanager.i18n.messages";

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    MonthlyFigures monthlyFigures;

    @Inject
    SiteDirectory siteDirectory;

    @Inject
    SiteScope siteScope;

    @Inject
    Versions versions;

    @Inject
    ViewAudit viewAudit;

    @Inject
    AuditLog auditLog;

    @Inject
    CurrentUser currentUser;

    @Inject
    ResourceServices services;

    @Inject
    Clock clock;

    @Inject
    SiteZones siteZones;

    @Inject
    ReferralRecords records;

    @Inject
    @ConfigProperty(name = "iop.aftercare.plan-days-after-discharge", defaultValue = "30")
    int planDaysAfterDischarge;

    @Inject
    @ConfigProperty(name = "iop.aftercare.answer-days", defaultValue = "7")
    int answerDays;

    /** The discharge plan of an episode: its referrals, newest last, with service and consent. */
    public List<Referral> ofEpisode(Long episodeId) {
        Episode episode = siteScope.check(episodeId == null ? null : em.find(Episode.class, episodeId), episodeId);
        viewAudit.viewed("Participant", episode.getParticipant().getId(), episode.owningSiteId(),
                "Viewed the discharge plan of episode " + episode.getId());
        return em.createQuery("select r from Referral r join fetch r.service left join fetch r.consent "
                + "where r.episode = :episode order by r.id", Referral.class).setParameter("episode", episode).getResultList();
    }

    /** The episode a discharge plan belongs to, with its participant (scope-checked). */
    public Episode episode(Long episodeId) {
        Episode episode = siteScope.check(episodeId == null ? null : em.find(Episode.class, episodeId), episodeId);
        episode.getParticipant().getLastName();
        return episode;
    }

    public Referral find(Long id) {
        Referral referral = siteScope.check(id == null ? null : em.find(Referral.class, id), id);
        viewAudit.viewed("Referral", referral.getId(), referral.owningSiteId(), "Viewed referral " + referral.getId());
        return referral;
    }

    public List<ReferralTransition> transitions(Long referralId) {
        Referral referral = find(referralId);
        return em.createQuery("select t from ReferralTransition t where t.referral = :r order by t.at, t.id",
                ReferralTransition.class).setParameter("r", referral).getResultList();
    }

    /** Whether an episode's plan still takes new referrals: open, or discharged at most the configured days ago. */
    public boolean takesReferrals(Episode episode) {
        return episode.isOpen() || !episode.getDischargeDate().plusDays(planDaysAfterDischarge).isBefore(today(episode.owningSiteId()));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME})
    public Referral create(Long episodeId, Long serviceId, String reason, Set<DisclosureCategory> categories) {
        Episode episode = siteScope.check(episodeId == null ? null : em.find(Episode.class, episodeId), episodeId);
        if (!takesReferrals(episode)) {
            throw new RuleViolation("aftercare.referral.episode.closed", planDaysAfterDischarge);
        }
        List<RuleViolation> problems = new ArrayList<>();
        ResourceService service = serviceId == null ? null : services.find(serviceId);
        if (service == null) {
            problems.add(RuleViolation.onField("serviceId", "aftercare.referral.service.required"));
        } else if (!service.usedAt(episode.owningSiteId())) {
            problems.add(RuleViolation.onField("serviceId", "aftercare.referral.service.notAtSite"));
        } else if (!service.isAccepting()) {
            problems.add(RuleViolation.onField("serviceId", "aftercare.referral.service.notAccepting"));
        }
        if (categories == null || categories.isEmpty()) {
            problems.add(RuleViolation.onField("categories", "aftercare.referral.categories.required"));
        }
        RuleViolations.throwIfAny(problems);
        Instant now = clock.instant();
        Referral referral = new Referral(episode, service, currentUser.username(), now);
        referral.setReason(reason);
        referral.setCategories(categories);
        em.persist(referral);
        em.persist(new ReferralTransition(referral, null, ReferralStatus.DRAFT, now, currentUser.username(), null));
        em.flush();
        return referral;
    }

    /**
     * Changes a draft's service, reason or categories (a consent recorded for it no longer holds: it goes back to draft).
     * Every missing or wrong field is told at once, next to its field, as when the referral was made.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME})
    public Referral update(Long id, Long loadedVersion, Long serviceId, String reason, Set<DisclosureCategory> categories) {
        Referral referral = versions.check(siteScope.check(id == null ? null : em.find(Referral.class, id), id),
                LoadedVersion.of(loadedVersion));
        if (referral.getStatus() != ReferralStatus.DRAFT && referral.getStatus() != ReferralStatus.CONSENT_RECORDED) {
            throw ReferralRefused.consent("aftercare.referral.notDraft");
        }
        List<RuleViolation> problems = new ArrayList<>();
        ResourceService service = serviceId == null ? null : services.find(serviceId);
        if (service == null) {
            problems.add(RuleViolation.onField("serviceId", "aftercare.referral.service.required"));
        } else if (!service.usedAt(referral.owningSiteId())) {
            problems.add(RuleViolation.onField("serviceId", "aftercare.referral.service.notAtSite"));
        }
        if (categories == null || categories.isEmpty()) {
            problems.add(RuleViolation.onField("categories", "aftercare.referral.categories.required"));
        }
        RuleViolations.throwIfAny(problems);
        referral.setService(service);
        referral.setReason(reason);
        referral.setCategories(categories);
        if (referral.getStatus() == ReferralStatus.CONSENT_RECORDED) {
            record(referral, ReferralStatus.DRAFT, "edited: the consent recorded for it no longer holds");
            referral.setConsent(null);
        }
        return versions.flush(referral);
    }

    /**
     * One step of the lifecycle at the referral's version. Sending (also again) checks the consent today in the site's
     * zone and writes the disclosure; a refusal says why and changes nothing.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME})
    public Referral step(Long id, Long loadedVersion, ReferralStep step) {
        if (step == null || step.to() == null) {
            throw RuleViolation.onField("to", "aftercare.referral.to.required");
        }
        Referral referral = versions.check(siteScope.check(id == null ? null : em.find(Referral.class, id), id),
                LoadedVersion.of(loadedVersion));
        ReferralLifecycle.check(referral.getStatus(), step, referral.isSudInformation());
        LocalDate today = today(referral.owningSiteId());
        String detail = null;
        switch (step.to()) {
            case CONSENT_RECORDED -> {
                DisclosureConsent consent = consentFor(referral, step.consentId());
                ConsentRules.refusal(consent, referral.getService(), referral.getCategories(), today)
                        .ifPresent(key -> {
                            throw ReferralRefused.consent(key);
                        });
                referral.setConsent(consent);
                detail = "consent " + consent.getId();
            }
            case SENT -> detail = send(referral, step, today);
            case DECLINED -> {
                referral.declined(step.reason());
                detail = step.reason();
            }
            case APPOINTMENT_SCHEDULED -> {
                referral.appointment(step.date());
                detail = String.valueOf(step.date());
            }
            case CLOSED -> {
                referral.closed(step.outcome());
                detail = step.outcome().name() + (step.reason() == null || step.reason().isBlank() ? "" : ": " + step.reason());
            }
            default -> detail = step.reason();
        }
        record(referral, step.to(), detail);
        return versions.flush(referral);
    }

    /** The verified first visit, apart from the status; a referral that was never sent has none to verify. */
    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME})
    public Referral verifyFirstVisit(Long id, Long loadedVersion, VisitConfirmation visit) {
        Referral referral = versions.check(siteScope.check(id == null ? null : em.find(Referral.class, id), id),
                LoadedVersion.of(loadedVersion));
        if (referral.getSentAt() == null) {
            throw ReferralRefused.consent("aftercare.visit.notSent");
        }
        List<RuleViolation> problems = new ArrayList<>();
        LocalDate today = today(referral.owningSiteId());
        if (visit == null || visit.firstVisitOn() == null) {
            problems.add(RuleViolation.onField("firstVisitOn", "aftercare.visit.date.required"));
        } else if (visit.firstVisitOn().isAfter(today)) {
            problems.add(RuleViolation.onField("firstVisitOn", "aftercare.visit.date.future"));
        }
        if (visit == null || visit.confirmedBy() == null) {
            problems.add(RuleViolation.onField("confirmedBy", "aftercare.visit.confirmedBy.required"));
        }
        if (visit == null || visit.method() == null) {
            problems.add(RuleViolation.onField("method", "aftercare.visit.method.required"));
        }
        if (visit != null && visit.note() != null && visit.note().length() > 500) {
            problems.add(RuleViolation.onField("note", "aftercare.text.size.500"));
        }
        RuleViolations.throwIfAny(problems);
        referral.verifyFirstVisit(visit.firstVisitOn(), visit.confirmedBy(), visit.method(), visit.note(),
                currentUser.username(), clock.instant());
        return versions.flush(referral);
    }

    /**
     * Referrals of a site waiting on a step: sent and unanswered, or accepted without an appointment, for more than the
     * configured days; or an appointment passed without an outcome. Oldest first.
     */
    public List<DueReferral> due(Long siteId, int first, int pageSize) {
        List<Object[]> rows = dueQuery(siteId, "select r.id, p.id, p.firstName, p.lastName, e.id, s.name, r.status, "
                + "r.statusSince, r.appointmentDate ", Object[].class, " order by r.statusSince, r.id")
                .setFirstResult(first).setMaxResults(pageSize).getResultList();
        List<DueReferral> due = new ArrayList<>();
        for (Object[] r : rows) {
            due.add(new DueReferral((Long) r[0], (Long) r[1], r[2] + " " + r[3], (Long) r[4], (String) r[5],
                    (ReferralStatus) r[6], (Instant) r[7], (LocalDate) r[8]));
        }
        auditLog.record(AuditAction.VIEW, "Referral", null, siteId, "Viewed the referrals due (" + due.size() + " rows)");
        return due;
    }

    public long countDue(Long siteId) {
        return dueQuery(siteId, "select count(r) ", Long.class, "").getSingleResult();
    }

    private <T> TypedQuery<T> dueQuery(Long siteId, String select, Class<T> type, String order) {
        siteScope.checkSite(siteId);
        return em.createQuery(select + "from Referral r join r.episode e join e.participant p join r.service s "
                        + "where r.siteId = :site and (((r.status = :sent or r.status = :accepted) and r.statusSince < :answerBy) "
                        + "or (r.status = :scheduled and r.appointmentDate < :today))" + order, type)
                .setParameter("site", siteId).setParameter("sent", ReferralStatus.SENT)
                .setParameter("accepted", ReferralStatus.ACCEPTED).setParameter("scheduled", ReferralStatus.APPOINTMENT_SCHEDULED)
                .setParameter("answerBy", clock.instant().minus(Duration.ofDays(answerDays)))
                .setParameter("today", today(siteId));
    }

    /**
     * Referral completion per site and month of discharge: referrals sent for episodes discharged in the month, and
     * those with a verified first visit; one site (checked) or every site of the caller's scope. One grouped query by
     * discharge day, folded into months here (month arithmetic differs between H2 and PostgreSQL). Months without a
     * sent referral are left out.
     */
    public List<ReferralMonth> monthlyCompletion(Long siteIdOrNullForAllInScope, YearMonth from, YearMonth to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw RuleViolation.onField("from", "aftercare.months.range");
        }
        Scope scope = siteScope.current();
        Collection<Long> siteIds;
        if (siteIdOrNullForAllInScope != null) {
            siteScope.checkSite(siteIdOrNullForAllInScope);
            siteIds = List.of(siteIdOrNullForAllInScope);
        } else {
            siteIds = scope.coversAllSites() ? siteDirectory.all().stream().map(SiteChoice::getId).toList() : scope.siteIds();
        }
        List<ReferralMonth> result = new ArrayList<>();
        monthlyFigures.referrals(siteIds, from, to).forEach((siteId, months) -> months.forEach((month, n) ->
                result.add(new ReferralMonth(siteId, month, n[MonthlyFigures.REFERRED], n[MonthlyFigures.ATTENDED]))));
        result.sort(Comparator.comparingLong(ReferralMonth::siteId).thenComparing(ReferralMonth::month));
        return result;
    }

    /**
     * The referral summary PDF for the receiving service: only for a sent referral, and (with SUD information) only
     * while its consent still covers it, with no more than the consent allows: the plan, attendance and measures are
     * read only for the categories left. Each download is audited as a view of the disclosed record.
     */
    public FileResponses.File summaryPdf(Long id, Locale locale) {
        Referral referral = find(id);
        LocalDate today = today(referral.owningSiteId());
        if (referral.getSentAt() == null || referral.getStatus() == ReferralStatus.DRAFT
                || referral.getStatus() == ReferralStatus.CONSENT_RECORDED) {
            throw ReferralRefused.consent("aftercare.pdf.refused");
        }
        Set<DisclosureCategory> allowed = referral.getCategories();
        if (referral.isSudInformation()) {
            ConsentRules.refusal(referral.getConsent(), referral.getService(), allowed, today).ifPresent(key -> {
                throw ReferralRefused.consent(key);
            });
            allowed.retainAll(referral.getConsent().getCategories());
        }
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ENGLISH : locale);
        Site site = em.find(Site.class, referral.owningSiteId());
        byte[] content = new ReferralPdf(bundle, site.zone()).render(referral, allowed,
                records.of(referral.getEpisode(), allowed), ConsentStatement.of(referral.getConsent(), bundle),
                site.getName(), clock.instant());
        auditLog.record(AuditAction.EXPORT, "Referral", referral.getId(), referral.owningSiteId(),
                "Referral summary PDF printed for " + referral.getService().recipientName() + " (" + allowed + ")");
        return new FileResponses.File("application/pdf", "referral-" + referral.getId() + ".pdf", content);
    }

    /** The time zone of a site the caller may see, in which pages show the referrals' times. */
    public String zoneAt(Long siteId) {
        siteScope.checkSite(siteId);
        return zone(siteId).getId();
    }

    /** Today at a site the caller may see. */
    public LocalDate todayAt(Long siteId) {
        siteScope.checkSite(siteId);
        return today(siteId);
    }

    // ---- helpers ----

    private String send(Referral referral, ReferralStep step, LocalDate today) {
        if (step.consentId() != null) {
            referral.setConsent(consentFor(referral, step.consentId()));
        }
        if (referral.getSentAt() == null && !referral.getService().isAccepting()) {
            throw ReferralRefused.consent("aftercare.referral.service.notAccepting");
        }
        if (referral.isSudInformation()) {
            ConsentRules.refusal(referral.getConsent(), referral.getService(), referral.getCategories(), today)
                    .ifPresent(key -> {
                        throw ReferralRefused.consent(key);
                    });
        }
        Instant now = clock.instant();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
        Disclosure disclosure = new Disclosure(referral, ConsentStatement.of(referral.getConsent(), bundle),
                ConsentStatement.NOTICE_VERSION, now, currentUser.username());
        em.persist(disclosure);
        if (referral.getSentAt() == null) {
            referral.sent(now);
        }
        em.flush();
        auditLog.record(AuditAction.EXPORT, "Disclosure", disclosure.getId(), referral.owningSiteId(),
                "Disclosed " + referral.getCategories() + " of participant " + referral.getParticipantId() + " to "
                        + disclosure.getRecipient() + (referral.getConsent() == null ? " without consent (HIPAA treatment)"
                        : " under consent " + referral.getConsent().getId()));
        return "disclosure " + disclosure.getId();
    }

    private DisclosureConsent consentFor(Referral referral, Long consentId) {
        DisclosureConsent consent = consentId == null ? null : em.find(DisclosureConsent.class, consentId);
        if (consent == null || !consent.getParticipant().getId().equals(referral.getParticipantId())) {
            throw ReferralRefused.onField("consentId", "aftercare.referral.consent.notOfParticipant");
        }
        return consent;
    }

    private void record(Referral referral, ReferralStatus to, String detail) {
        Instant now = clock.instant();
        em.persist(new ReferralTransition(referral, referral.getStatus(), to, now, currentUser.username(), detail));
        referral.moveTo(to, now);
    }

    private LocalDate today(Long siteId) {
        return LocalDate.now(clock.withZone(zone(siteId)));
    }

    /** From the request's one read of the sites' zones: the due list's count, page and page heading each found the site. */
    private ZoneId zone(Long siteId) {
        return siteZones.requireZoneOf(siteId);
    }
}
