package org.iopmanager.reporting.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.iopmanager.audit.boundary.AuditLog;
import org.iopmanager.audit.entity.AuditAction;
import org.iopmanager.security.control.Scope;
import org.iopmanager.security.control.SiteScope;
import org.iopmanager.security.entity.Role;
import org.iopmanager.site.control.SiteZones;
import org.iopmanager.site.entity.Site;
import org.iopmanager.staff.control.CredentialStatusRule;
import org.iopmanager.staff.entity.Credential;
import org.iopmanager.staff.entity.StaffMember;

/**
 * Active credentials of active staff that expire within the next 30, 60 or 90 days (optionally with those
 * already expired), for the credentialing office and the sites. Filtered, counted, sorted (expiry, then name)
 * and paged in the database along the credential (active, expiry_date, id) index; site administrators see
 * only staff who work at one of their sites. Exports are capped and audited.
 * <p>
 * The list's day is the day at the filtered site, or without a site filter the latest day among the caller's
 * sites, so nothing due today somewhere is left off; each row then shows days left and status on the day at
 * the holder's home site, which is the day the credential is judged by.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.CREDENTIALING_NAME, Role.SITE_ADMIN_NAME, Role.AUDITOR_NAME})
public class ExpiringCredentials {

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    SiteScope siteScope;

    @Inject
    SiteZones siteZones;

    @Inject
    CredentialStatusRule rule;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "iop.reporting.export.max-rows", defaultValue = "10000")
    int exportMaxRows;

    public List<ExpiringRow> rows(ExpiringFilter filter, int first, int pageSize) {
        LocalDate today = today(filter.siteId());
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Credential> query = cb.createQuery(Credential.class);
        Root<Credential> credential = query.from(Credential.class);
        credential.fetch("type");
        credential.fetch("staff").fetch("homeSite");
        Join<Credential, StaffMember> staff = credential.join("staff");
        query.where(where(cb, query, credential, staff, filter, today))
                .orderBy(cb.asc(credential.get("expiryDate")), cb.asc(staff.get("sortName")), cb.asc(credential.get("id")));
        TypedQuery<Credential> typed = em.createQuery(query).setFirstResult(first).setMaxResults(pageSize);
        List<ExpiringRow> rows = new ArrayList<>();
        typed.getResultList().forEach(row -> rows.add(row(row)));
        return rows;
    }

    public long count(ExpiringFilter filter) {
        LocalDate today = today(filter.siteId());
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Credential> credential = query.from(Credential.class);
        Join<Credential, StaffMember> staff = credential.join("staff");
        return em.createQuery(query.select(cb.count(credential))
                .where(where(cb, query, credential, staff, filter, today))).getSingleResult();
    }

    /**
     * The whole filtered list for a file (at most {@code iop.reporting.export.max-rows} rows). The list leaves
     * the provider's premises, so the export is audited with its filter and size.
     */
    public List<ExpiringRow> export(ExpiringFilter filter, String format) {
        List<ExpiringRow> rows = rows(filter, 0, exportMaxRows);
        auditLog.record(AuditAction.EXPORT, "ExpiringCredentials", null, filter.siteId(),
                "Expiring credentials exported as " + format + " (" + rows.size() + " rows): " + filter.describe());
        return rows;
    }

    /** The list's day: at the filtered site, else the latest among the caller's active sites (UTC if none). */
    public LocalDate today(Long siteId) {
        Scope scope = siteScope.current();
        if (siteId != null && scope.allows(siteId)) {
            ZoneId zone = siteZones.zoneOf(siteId);
            if (zone != null) {
                return LocalDate.now(clock.withZone(zone));
            }
        }
        // the zones from the request's one read of all sites' zones (the count and the page each asked: issue 7)
        return siteZones.ofActive(scope.coversAllSites() ? null : scope.queryableSiteIds()).stream()
                .map(zone -> LocalDate.now(clock.withZone(zone)))
                .max(LocalDate::compareTo).orElseGet(() -> LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    }

    private ExpiringRow row(Credential credential) {
        StaffMember staff = credential.getStaff();
        LocalDate day = LocalDate.now(clock.withZone(staff.getHomeSite().zone()));
        return new ExpiringRow(credential.getId(), staff.getId(), staff.getFullName(), staff.getHomeSite().getName(),
                credential.getKind(), credential.getType().getCode(), credential.getNumber(), credential.getState(),
                credential.getExpiryDate(), ChronoUnit.DAYS.between(day, credential.getExpiryDate()),
                credential.statusOn(rule, day));
    }

    private Predicate[] where(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Credential> credential,
            Join<Credential, StaffMember> staff, ExpiringFilter filter, LocalDate today) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.isTrue(credential.get("active")));
        where.add(cb.lessThanOrEqualTo(credential.get("expiryDate"), today.plusDays(filter.days())));
        if (!filter.includeExpired()) {
            where.add(cb.greaterThan(credential.get("expiryDate"), today));
        }
        where.add(cb.isTrue(staff.get("active")));
        Scope scope = siteScope.current();
        if (!scope.coversAllSites()) {
            where.add(worksAtAny(cb, query, staff, scope.queryableSiteIds()));
        }
        if (filter.siteId() != null) {
            where.add(worksAtAny(cb, query, staff, Set.of(filter.siteId())));
        }
        if (filter.kind() != null) {
            where.add(cb.equal(credential.get("kind"), filter.kind()));
        }
        return where.toArray(Predicate[]::new);
    }

    /** An exists-subquery rather than a join, so a holder who works at two matching sites is listed once. */
    private static Predicate worksAtAny(CriteriaBuilder cb, CriteriaQuery<?> query, Join<Credential, StaffMember> staff,
            Set<Long> siteIds) {
        Subquery<Long> works = query.subquery(Long.class);
        Root<StaffMember> inner = works.from(StaffMember.class);
        Join<StaffMember, Site> site = inner.join("sites");
        works.select(inner.get("id")).where(cb.equal(inner, staff), site.get("id").in(siteIds));
        return cb.exists(works);
    }
}
