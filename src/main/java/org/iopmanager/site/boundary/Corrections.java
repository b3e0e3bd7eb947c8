package org.iopmanager.site.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.platform.control.RuleViolations;
import org.iopmanager.platform.control.Versions;
import org.iopmanager.security.control.SiteScope;
import org.iopmanager.security.entity.AppUser;
import org.iopmanager.security.entity.Role;
import org.iopmanager.site.control.Deadlines;
import org.iopmanager.site.control.SurveyRules;
import org.iopmanager.site.entity.Correction;
import org.iopmanager.site.entity.CorrectionStatus;
import org.iopmanager.site.entity.Finding;
import org.iopmanager.site.entity.Survey;

/**
 * Plans of correction, one per finding. A new plan is due by default on the body's deadline after the
 * survey report (the user may choose another date); its owner is an active user who may see the site; its
 * status moves only open → submitted → accepted → closed, or back to open when the body returns it.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.AUDITOR_NAME})
public class Corrections {

    /** Users who may own a plan: they keep or administer the site's accreditation work. */
    private static final List<Role> OWNER_ROLES = List.of(Role.ADMIN, Role.SITE_ADMIN);

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    SiteScope siteScope;

    @Inject
    Versions versions;

    @Inject
    Deadlines deadlines;

    @Inject
    Clock clock;

    @Inject
    Surveys surveys;

    public Correction find(Long id) {
        Correction correction = siteScope.check(id == null ? null : em.find(Correction.class, id), id);
        correction.getOwner().getDisplayName();
        return correction;
    }

    /** The default due date of a new plan for this finding: the report date plus the body's deadline, or null. */
    public LocalDate defaultDue(Long findingId) {
        Survey survey = surveys.findFinding(findingId).getSurvey();
        return deadlines.correctionDue(survey.getBody().getType(), survey.getReportDate());
    }

    /** Active users who may see the site and keep its accreditation work, by name. */
    public List<AppUser> possibleOwners(Long siteId) {
        siteScope.checkSite(siteId);
        return em.createQuery("select distinct u from AppUser u left join u.sites s where u.active = true "
                        + "and (u.role = :admin or (u.role in :roles and s.id = :site)) order by u.displayName", AppUser.class)
                .setParameter("admin", Role.ADMIN).setParameter("roles", OWNER_ROLES).setParameter("site", siteId)
                .getResultList();
    }

    /** One of {@link #possibleOwners}, or a refusal on the owner field (null: no owner chosen). */
    public AppUser owner(Long siteId, Long userId) {
        if (userId == null) {
            return null;
        }
        return possibleOwners(siteId).stream().filter(u -> u.getId().equals(userId)).findFirst()
                .orElseThrow(() -> RuleViolation.onField("owner", "correction.owner.notAllowed"));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME})
    public Correction create(Long findingId, Correction draft) {
        Finding finding = surveys.findFinding(findingId);
        if (finding.getCorrection() != null) {
            throw RuleViolation.onField("actions", "correction.exists");
        }
        Correction correction = new Correction(finding);
        copy(draft, correction);
        if (correction.getDueDate() == null) {
            correction.setDueDate(deadlines.correctionDue(finding.getSurvey().getBody().getType(),
                    finding.getSurvey().getReportDate()));
        }
        requireValid(correction, null);
        em.persist(correction);
        correction.linkToFinding();
        em.flush();
        return correction;
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME})
    public Correction update(Long id, long loadedVersion, Correction edited) {
        Correction correction = versions.check(find(id), loadedVersion);
        CorrectionStatus previous = correction.getStatus();
        copy(edited, correction);
        requireValid(correction, previous);
        return versions.flush(correction);
    }

    /** Today in the correction's site's time zone, for the derived overdue state. */
    public LocalDate today(Correction correction) {
        return LocalDate.now(clock.withZone(correction.getSite().zone()));
    }

    private void requireValid(Correction correction, CorrectionStatus previous) {
        List<RuleViolation> broken = new ArrayList<>(SurveyRules.check(correction, previous));
        if (correction.getOwner() != null && possibleOwners(correction.owningSiteId()).stream()
                .noneMatch(u -> u.getId().equals(correction.getOwner().getId()))) {
            broken.add(RuleViolation.onField("owner", "correction.owner.notAllowed"));
        }
        RuleViolations.throwIfAny(broken);
    }

    private void copy(Correction from, Correction to) {
        to.setActions(from.getActions());
        to.setOwner(from.getOwner() == null || from.getOwner().getId() == null ? null
                : em.find(AppUser.class, from.getOwner().getId()));
        to.setDueDate(from.getDueDate());
        to.setStatus(from.getStatus());
        to.setEvidenceNote(from.getEvidenceNote());
    }
}
