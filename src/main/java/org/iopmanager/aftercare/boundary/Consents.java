package org.iopmanager.aftercare.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.aftercare.control.LoadedVersion;
import org.iopmanager.aftercare.entity.DisclosureConsent;
import org.iopmanager.aftercare.entity.ResourceService;
import org.iopmanager.aftercare.entity.SignedBy;
import org.iopmanager.participant.control.ViewAudit;
import org.iopmanager.participant.entity.Participant;
import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.platform.control.RuleViolations;
import org.iopmanager.platform.control.Versions;
import org.iopmanager.security.control.CurrentUser;
import org.iopmanager.security.control.SiteScope;
import org.iopmanager.security.entity.Role;
import org.iopmanager.site.entity.Site;

/**
 * Participants' written consents to disclose (42 CFR §2.31): recorded from the signed form, revoked when the
 * participant says so, never deleted. PHI of the participant's site: the clinical roles record them, auditors read.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME, Role.AUDITOR_NAME})
public class Consents {

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    SiteScope siteScope;

    @Inject
    Versions versions;

    @Inject
    ViewAudit viewAudit;

    @Inject
    CurrentUser currentUser;

    @Inject
    ResourceServices services;

    @Inject
    Clock clock;

    public List<DisclosureConsent> ofParticipant(Long participantId) {
        Participant participant = participant(participantId);
        viewAudit.viewed("Participant", participant.getId(), participant.owningSiteId(), "Viewed the consents of participant "
                + participant.getId());
        return em.createQuery("select c from DisclosureConsent c left join fetch c.recipientService "
                + "where c.participant = :p order by c.signedOn desc, c.id desc", DisclosureConsent.class)
                .setParameter("p", participant).getResultList();
    }

    public DisclosureConsent find(Long id) {
        DisclosureConsent consent = siteScope.check(id == null ? null : em.find(DisclosureConsent.class, id), id);
        viewAudit.viewed("DisclosureConsent", consent.getId(), consent.owningSiteId(), "Viewed consent " + consent.getId());
        return consent;
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME})
    public DisclosureConsent record(Long participantId, ConsentForm form) {
        Participant participant = participant(participantId);
        if (form == null) {
            throw new RuleViolation("aftercare.body.required");
        }
        LocalDate today = today(participant.owningSiteId());
        List<RuleViolation> problems = new ArrayList<>();
        DisclosureConsent consent = new DisclosureConsent(participant, currentUser.username(), clock.instant());
        if (form.serviceId() != null) {
            ResourceService service = services.find(form.serviceId());
            if (!service.usedAt(participant.owningSiteId())) {
                problems.add(RuleViolation.onField("serviceId", "aftercare.consent.service.notAtSite"));
            }
            consent.recipient(service);
        } else if (form.recipientType() != null) {
            consent.recipientClass(form.recipientType(), form.recipientDescription());
        } else {
            problems.add(RuleViolation.onField("serviceId", "aftercare.consent.recipient.required"));
        }
        if (form.categories() == null || form.categories().isEmpty()) {
            problems.add(RuleViolation.onField("categories", "aftercare.consent.categories.required"));
        }
        if (form.expiresOn() == null && (form.expiryEvent() == null || form.expiryEvent().isBlank())) {
            problems.add(RuleViolation.onField("expiresOn", "aftercare.consent.expiry.required"));
        }
        if (form.signedOn() != null && form.signedOn().isAfter(today)) {
            problems.add(RuleViolation.onField("signedOn", "aftercare.consent.signedOn.future"));
        }
        if (form.signedOn() != null && form.expiresOn() != null && form.expiresOn().isBefore(form.signedOn())) {
            problems.add(RuleViolation.onField("expiresOn", "aftercare.consent.expiresOn.beforeSigned"));
        }
        if (form.signedBy() == SignedBy.GUARDIAN && (form.guardianName() == null || form.guardianName().isBlank())) {
            problems.add(RuleViolation.onField("guardianName", "aftercare.consent.guardianName.required"));
        }
        RuleViolations.throwIfAny(problems);
        consent.setPurpose(form.purpose());
        consent.setCategories(form.categories());
        consent.setExpiresOn(form.expiresOn());
        consent.setExpiryEvent(form.expiryEvent());
        consent.setSignedBy(form.signedBy());
        consent.setGuardianName(form.signedBy() == SignedBy.GUARDIAN ? form.guardianName() : null);
        consent.setSignedOn(form.signedOn());
        em.persist(consent);
        em.flush();
        return consent;
    }

    /** Revokes from {@code revokedOn} (today when not given, never in the future): no sending under it from that day. */
    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME})
    public DisclosureConsent revoke(Long id, Long loadedVersion, LocalDate revokedOn) {
        DisclosureConsent consent = versions.check(siteScope.check(id == null ? null : em.find(DisclosureConsent.class, id), id),
                LoadedVersion.of(loadedVersion));
        if (consent.isRevoked()) {
            throw new RuleViolation("aftercare.consent.alreadyRevoked");
        }
        LocalDate today = today(consent.owningSiteId());
        LocalDate on = revokedOn == null ? today : revokedOn;
        if (on.isAfter(today) || on.isBefore(consent.getSignedOn())) {
            throw RuleViolation.onField("revokedOn", "aftercare.consent.revokedOn.range");
        }
        consent.revoke(on, currentUser.username(), clock.instant());
        return versions.flush(consent);
    }

    LocalDate today(Long siteId) {
        return LocalDate.now(clock.withZone(em.find(Site.class, siteId).zone()));
    }

    private Participant participant(Long id) {
        return siteScope.check(id == null ? null : em.find(Participant.class, id), id);
    }
}
