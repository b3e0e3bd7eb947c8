package org.iopmanager.site.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.iopmanager.platform.control.LikePattern;
import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.platform.control.Versions;
import org.iopmanager.security.control.Scope;
import org.iopmanager.security.control.SiteScope;
import org.iopmanager.security.entity.Role;
import org.iopmanager.site.control.SiteChoice;
import org.iopmanager.site.control.SiteDirectory;
import org.iopmanager.site.entity.Programme;
import org.iopmanager.site.entity.Site;

/**
 * The site register as each caller may see it: provider-wide roles all sites, site roles their own. Only
 * provider administrators add or deactivate sites; site administrators edit the details of theirs. Sites
 * are deactivated, never deleted.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CREDENTIALING_NAME, Role.CLINICIAN_NAME, Role.AUDITOR_NAME})
public class Sites {

    private static final Set<String> SORTABLE = Set.of("code", "name", "state", "city", "active");

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    SiteScope siteScope;

    @Inject
    Versions versions;

    @Inject
    Clock clock;

    @Inject
    SiteDirectory directory;

    /**
     * Active sites the caller may see, by name, for menus and filters: from {@link SiteDirectory}, so that a page with a
     * site menu sends no statement for it (issue 7). The caller's sites come from its account, not from that copy.
     */
    public List<SiteChoice> choices() {
        Scope scope = siteScope.current();
        return directory.all().stream().filter(site -> site.isActive() && scope.allows(site.getId())).toList();
    }

    /**
     * Active sites the caller may see in a state and with a programme (either may be null), by name: the rows of the
     * readiness matrix, from {@link SiteDirectory} (a provider has hundreds of sites, not millions).
     */
    public List<SiteChoice> choices(String state, Programme programme) {
        return choices().stream().filter(site -> (state == null || state.isBlank() || state.equals(site.getState()))
                && (programme == null || site.getProgrammes().contains(programme))).toList();
    }

    /** Active sites the caller may see, by name, as entities (the site list and the REST API). */
    public List<Site> visible() {
        return search(new SiteFilter(null, null, null, true), 0, Integer.MAX_VALUE, Map.of());
    }

    public List<Site> search(SiteFilter filter, int first, int pageSize, Map<String, Boolean> sortAscending) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Site> query = cb.createQuery(Site.class);
        Root<Site> site = query.from(Site.class);
        query.where(predicates(cb, site, filter));
        List<Order> order = new ArrayList<>();
        sortAscending.forEach((field, ascending) -> {
            if (SORTABLE.contains(field)) {
                order.add(ascending ? cb.asc(site.get(field)) : cb.desc(site.get(field)));
            }
        });
        order.add(cb.asc(site.get("name")));
        order.add(cb.asc(site.get("id")));
        // The eager programmes of all listed sites in one "in" query, not one query per site: the benchmark (issue 7)
        // found 200 extra statements on every page with site choices on 200 sites.
        return em.createQuery(query.orderBy(order)).setHint("eclipselink.batch", "s.programmes")
                .setHint("eclipselink.batch.type", "IN").setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long count(SiteFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Site> site = query.from(Site.class);
        return em.createQuery(query.select(cb.count(site)).where(predicates(cb, site, filter))).getSingleResult();
    }

    public Site find(Long id) {
        return siteScope.check(id == null ? null : em.find(Site.class, id), id);
    }

    /** Today's date at the site, in its time zone. */
    public LocalDate today(Long siteId) {
        return LocalDate.now(clock.withZone(find(siteId).zone()));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Site create(Site draft) {
        requireZone(draft.getTimeZone());
        requireUniqueCode(draft.getCode());
        Site site = new Site(draft.getCode(), draft.getName(), ZoneId.of(draft.getTimeZone()));
        site.copyDetailsFrom(draft);
        em.persist(site);
        em.flush();
        directory.changed();
        return site;
    }

    /** The details, by a provider administrator or an administrator of that site, from the version loaded. */
    @RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME})
    public Site update(Long id, long loadedVersion, Site edited) {
        Site site = versions.check(find(id), loadedVersion);
        requireZone(edited.getTimeZone());
        site.copyDetailsFrom(edited);
        directory.changed(); // also when only the programmes changed
        return versions.flush(site);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Site setActive(Long id, long loadedVersion, boolean active) {
        Site site = versions.check(find(id), loadedVersion);
        site.setActive(active);
        directory.changed();
        return versions.flush(site);
    }

    private void requireZone(String zone) {
        if (zone == null || !ZoneId.getAvailableZoneIds().contains(zone)) {
            throw RuleViolation.onField("timeZone", "site.timeZone.unknown");
        }
    }

    private void requireUniqueCode(String code) {
        Long clash = em.createQuery("select count(s) from Site s where s.code = :code", Long.class)
                .setParameter("code", code).getSingleResult();
        if (clash > 0) {
            throw RuleViolation.onField("code", "site.code.taken");
        }
    }

    private Predicate[] predicates(CriteriaBuilder cb, Root<Site> site, SiteFilter filter) {
        List<Predicate> where = new ArrayList<>();
        Scope scope = siteScope.current();
        if (!scope.coversAllSites()) {
            where.add(site.get("id").in(scope.queryableSiteIds()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String like = LikePattern.contains(filter.text());
            where.add(cb.or(cb.like(cb.lower(site.get("name")), like), cb.like(cb.lower(site.get("code")), like)));
        }
        if (filter.state() != null && !filter.state().isBlank()) {
            where.add(cb.equal(site.get("state"), filter.state()));
        }
        if (filter.programme() != null) {
            where.add(cb.isMember(filter.programme(), site.get("programmes")));
        }
        if (filter.active() != null) {
            where.add(cb.equal(site.get("active"), filter.active()));
        }
        return where.toArray(Predicate[]::new);
    }
}
