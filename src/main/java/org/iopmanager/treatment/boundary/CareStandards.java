package org.iopmanager.treatment.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.platform.control.NotFound;
import org.iopmanager.platform.control.Versions;
import org.iopmanager.security.control.SiteScope;
import org.iopmanager.security.entity.Role;
import org.iopmanager.site.entity.Site;
import org.iopmanager.treatment.control.CareDefaults;
import org.iopmanager.treatment.control.CareStandard;
import org.iopmanager.treatment.entity.CareSettings;

/**
 * Each site's care standard (weekly minimum hours per level of care, first plan and review due days): read by
 * treatment plans and the schedule, kept by provider administrators and the site's administrators. Changes are
 * audited by the change auditor like every entity.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME, Role.AUDITOR_NAME})
public class CareStandards {

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    SiteScope siteScope;

    @Inject
    Versions versions;

    @Inject
    CareDefaults defaults;

    /** The standard that holds at a site the caller may see. */
    public CareStandard at(Long siteId) {
        requireSite(siteId);
        return standardOf(siteId);
    }

    /**
     * The standard at a site without a scope check, for services that already checked the record they work on
     * (a plan, a session) and must not audit a second refusal.
     */
    public CareStandard standardOf(Long siteId) {
        CareSettings own = find(siteId);
        return own == null ? defaults.standard() : own.over(defaults.standard());
    }

    /** The provider-wide defaults, which a site's empty fields follow. */
    public CareStandard defaults() {
        return defaults.standard();
    }

    /** A site's own settings (a new, unsaved one with every field empty when it has none). */
    public CareSettings settings(Long siteId) {
        requireSite(siteId);
        CareSettings own = find(siteId);
        return own == null ? new CareSettings(siteId) : own;
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME})
    public CareSettings save(Long siteId, long loadedVersion, CareSettings edited) {
        requireSite(siteId);
        // Two first saves of a site's settings would both insert and one would fail on the unique site (a 500): the
        // site's row lock makes the second wait and then find the first's settings, so it gets the usual conflict.
        em.find(Site.class, siteId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        CareSettings own = find(siteId);
        if (own == null) {
            own = new CareSettings(siteId);
            own.copyFrom(edited);
            em.persist(own);
        } else {
            versions.check(own, loadedVersion);
            own.copyFrom(edited);
        }
        return versions.flush(own);
    }

    /** A site the caller may see that exists: another site's id and a missing one answer alike. */
    private void requireSite(Long siteId) {
        siteScope.checkSite(siteId);
        if (siteId == null || em.find(Site.class, siteId) == null) {
            throw new NotFound("Site", siteId);
        }
    }

    private CareSettings find(Long siteId) {
        return em.createQuery("select c from CareSettings c where c.siteId = :site", CareSettings.class)
                .setParameter("site", siteId).getResultStream().findFirst().orElse(null);
    }
}
