package org.iopmanager.site.boundary;

import java.time.ZoneId;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.platform.control.Versions;
import org.iopmanager.security.control.Scope;
import org.iopmanager.security.control.SiteScope;
import org.iopmanager.security.entity.Role;
import org.iopmanager.site.entity.Site;

/**
 * Sites as each caller may see them: provider-wide roles all, site roles their own. The full site
 * register (addresses, NPI, programmes, accreditation) builds on this facade.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CREDENTIALING_NAME, Role.CLINICIAN_NAME, Role.AUDITOR_NAME})
public class Sites {

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    SiteScope siteScope;

    @Inject
    Versions versions;

    public List<Site> visible() {
        Scope scope = siteScope.current();
        TypedQuery<Site> query = scope.coversAllSites()
                ? em.createQuery("select s from Site s order by s.name", Site.class)
                : em.createQuery("select s from Site s where s.id in :sites order by s.name", Site.class)
                        .setParameter("sites", scope.queryableSiteIds());
        return query.getResultList();
    }

    public Site find(Long id) {
        return siteScope.check(id == null ? null : em.find(Site.class, id), id);
    }

    /** Name and time zone, by a provider administrator or an administrator of that site. */
    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME})
    public Site update(Long id, long loadedVersion, String name, String timeZone) {
        Site site = versions.check(find(id), loadedVersion);
        if (timeZone == null || !ZoneId.getAvailableZoneIds().contains(timeZone)) {
            throw RuleViolation.onField("timeZone", "site.timeZone.unknown");
        }
        site.setName(name);
        site.setTimeZone(timeZone);
        return versions.flush(site);
    }
}
