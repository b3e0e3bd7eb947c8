package org.iopmanager.aftercare.boundary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.iopmanager.aftercare.control.LoadedVersion;
import org.iopmanager.aftercare.entity.ResourceService;
import org.iopmanager.platform.control.LikePattern;
import org.iopmanager.platform.control.NotFound;
import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.platform.control.Versions;
import org.iopmanager.security.control.Scope;
import org.iopmanager.security.control.SiteScope;
import org.iopmanager.site.entity.Site;

import org.iopmanager.security.entity.Role;

/**
 * The resource directory: services participants are referred to. Clinicians and auditors read the services their
 * sites use; provider administrators edit any, site administrators those used only at their own sites (and they
 * can give or take a service only to or from their own sites). Names no participant, so it is not PHI.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME, Role.AUDITOR_NAME})
public class ResourceServices {

    private static final Map<String, String> SORTABLE = Map.of("name", "s.sortName", "organisation", "s.organisation",
            "type", "s.type", "accepting", "s.accepting");

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    SiteScope siteScope;

    @Inject
    Versions versions;

    public List<ResourceService> search(ResourceFilter filter, int first, int pageSize, Map<String, Boolean> sortAscending) {
        StringBuilder order = new StringBuilder();
        sortAscending.forEach((field, ascending) -> {
            if (SORTABLE.containsKey(field)) {
                order.append(SORTABLE.get(field)).append(ascending ? " asc, " : " desc, ");
            }
        });
        return bind(em.createQuery("select s from ResourceService s" + where(filter) + " order by "
                + order + "s.sortName, s.id", ResourceService.class), filter)
                .setFirstResult(first).setMaxResults(pageSize).setHint("eclipselink.batch", "s.sites")
                .setHint("eclipselink.batch.type", "IN").getResultList();
    }

    public long count(ResourceFilter filter) {
        return bind(em.createQuery("select count(s) from ResourceService s" + where(filter), Long.class), filter).getSingleResult();
    }

    /** Accepting services used at a site, by name: what a referral of that site may go to. */
    public List<ResourceService> usableAt(Long siteId) {
        return search(new ResourceFilter(siteId, null, null, true), 0, 500, Map.of());
    }

    public ResourceService find(Long id) {
        ResourceService service = id == null ? null : em.find(ResourceService.class, id);
        if (service == null || !visible(service)) {
            throw new NotFound("ResourceService", id);
        }
        return service;
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME})
    public ResourceService create(ResourceService form, Set<Long> siteIds) {
        ResourceService service = new ResourceService();
        service.copyDetailsFrom(form);
        service.setSites(sites(siteIds));
        em.persist(service);
        em.flush();
        return service;
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME})
    public ResourceService update(Long id, Long loadedVersion, ResourceService form, Set<Long> siteIds) {
        ResourceService service = versions.check(find(id), LoadedVersion.of(loadedVersion));
        Scope scope = siteScope.current();
        if (!scope.coversAllSites() && !scope.siteIds().containsAll(service.siteIds())) {
            throw new RuleViolation("aftercare.service.otherSites");
        }
        service.copyDetailsFrom(form);
        service.setSites(sites(siteIds));
        return versions.flush(service);
    }

    /** The sites named, each one in the caller's scope; at least one. */
    private Set<Site> sites(Set<Long> siteIds) {
        if (siteIds == null || siteIds.isEmpty()) {
            throw RuleViolation.onField("sites", "aftercare.service.sites.required");
        }
        Set<Site> sites = new HashSet<>();
        for (Long siteId : siteIds) {
            siteScope.checkSite(siteId);
            Site site = siteId == null ? null : em.find(Site.class, siteId);
            if (site == null) {
                throw new NotFound("Site", siteId);
            }
            sites.add(site);
        }
        return sites;
    }

    private boolean visible(ResourceService service) {
        Scope scope = siteScope.current();
        return scope.coversAllSites() || service.siteIds().stream().anyMatch(scope::allows);
    }

    /**
     * The filter without SQL functions: on H2, EclipseLink writes a query with functions as literal SQL and prints a
     * boolean as 1, which H2 2 refuses to compare with a boolean column (so the text filter reads a lower-case column).
     */
    private String where(ResourceFilter filter) {
        List<String> where = new ArrayList<>();
        if (filter.siteId() != null) {
            siteScope.checkSite(filter.siteId());
            where.add("s.id in (select u.id from ResourceService u join u.sites us where us.id = :site)");
        } else if (!siteScope.current().coversAllSites()) {
            where.add("s.id in (select u.id from ResourceService u join u.sites us where us.id in :sites)");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.add("s.searchText like :text");
        }
        if (filter.type() != null) {
            where.add("s.type = :type");
        }
        if (filter.acceptingOnly()) {
            where.add("s.accepting = :accepting");
        }
        return where.isEmpty() ? "" : " where " + String.join(" and ", where);
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query, ResourceFilter filter) {
        if (filter.siteId() != null) {
            query.setParameter("site", filter.siteId());
        } else if (!siteScope.current().coversAllSites()) {
            query.setParameter("sites", siteScope.current().queryableSiteIds());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            query.setParameter("text", LikePattern.contains(filter.text()));
        }
        if (filter.type() != null) {
            query.setParameter("type", filter.type());
        }
        if (filter.acceptingOnly()) {
            query.setParameter("accepting", Boolean.TRUE);
        }
        return query;
    }
}
