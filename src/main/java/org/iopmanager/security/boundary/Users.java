package org.iopmanager.security.boundary;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
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

import org.iopmanager.audit.boundary.AuditLog;
import org.iopmanager.audit.entity.AuditAction;
import org.iopmanager.platform.control.LikePattern;
import org.iopmanager.platform.control.NotFound;
import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.platform.control.Versions;
import org.iopmanager.security.control.CurrentUser;
import org.iopmanager.security.control.PasswordHasher;
import org.iopmanager.security.control.PasswordPolicy;
import org.iopmanager.security.entity.AppUser;
import org.iopmanager.security.entity.Role;
import org.iopmanager.site.entity.Site;

/**
 * User administration (provider administrators only) and each user's own password. Users are never
 * deleted: deactivation keeps every audit line pointing at a real account.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class Users {

    private static final Set<String> SORTABLE = Set.of("username", "displayName", "role", "active", "lastLoginAt");

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    PasswordPolicy policy;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    Versions versions;

    @Inject
    Clock clock;

    public List<AppUser> search(UserFilter filter, int first, int pageSize, Map<String, Boolean> sortAscending) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AppUser> query = cb.createQuery(AppUser.class);
        Root<AppUser> user = query.from(AppUser.class);
        user.alias("u");
        query.where(predicates(cb, user, filter));
        List<Order> order = new ArrayList<>();
        sortAscending.forEach((field, ascending) -> {
            if (SORTABLE.contains(field)) {
                order.add(ascending ? cb.asc(user.get(field)) : cb.desc(user.get(field)));
            }
        });
        order.add(cb.asc(user.get("username")));
        query.orderBy(order);
        return em.createQuery(query).setFirstResult(first).setMaxResults(pageSize)
                .setHint("eclipselink.batch", "u.sites").setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }

    public long count(UserFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AppUser> user = query.from(AppUser.class);
        return em.createQuery(query.select(cb.count(user)).where(predicates(cb, user, filter))).getSingleResult();
    }

    public AppUser find(Long id) {
        AppUser user = em.find(AppUser.class, id);
        if (user == null) {
            throw new NotFound("AppUser", id);
        }
        user.getSites().size();
        return user;
    }

    public List<Site> assignableSites() {
        return em.createQuery("select s from Site s where s.active = true order by s.name", Site.class).getResultList();
    }

    public AppUser create(AppUser draft, Set<Long> siteIds, String password) {
        requirePolicy(draft.getUsername(), password);
        requireUniqueUsername(draft.getUsername(), null);
        AppUser user = new AppUser(draft.getUsername(), draft.getDisplayName(), draft.getRole(), clock.instant());
        user.setEmail(draft.getEmail());
        user.setSites(sites(draft.getRole(), siteIds));
        user.changePasswordHash(hasher.hash(password.toCharArray()), clock.instant());
        em.persist(user);
        em.flush();
        return user;
    }

    /** Saves name, e-mail, role and sites; refuses if somebody saved the user since {@code edited} was loaded. */
    public AppUser update(AppUser edited, Set<Long> siteIds) {
        AppUser user = versions.current(AppUser.class, edited.getId(), edited.getVersion());
        requireUniqueUsername(edited.getUsername(), user.getId());
        if (user.getUsername().equals(currentUser.username()) && edited.getRole() != Role.ADMIN) {
            throw RuleViolation.onField("role", "user.role.ownAdmin");
        }
        user.setDisplayName(edited.getDisplayName());
        user.setEmail(edited.getEmail());
        user.setRole(edited.getRole());
        user.setSites(sites(edited.getRole(), siteIds));
        return versions.flush(user);
    }

    /** Activates or deactivates; refuses if somebody saved the user since the version the page loaded. */
    public AppUser setActive(Long id, long loadedVersion, boolean active) {
        AppUser user = versions.check(find(id), loadedVersion);
        if (!active && user.getUsername().equals(currentUser.username())) {
            throw new RuleViolation("user.deactivate.self");
        }
        user.setActive(active);
        return versions.flush(user);
    }

    public AppUser unlock(Long id) {
        AppUser user = find(id);
        user.unlock();
        audit.record(AuditAction.UNLOCK, "AppUser", id, null, "Unlocked " + user.getUsername());
        return user;
    }

    public void resetPassword(Long id, String newPassword) {
        AppUser user = find(id);
        requireOwnPassword(user);
        requirePolicy(user.getUsername(), newPassword);
        user.changePasswordHash(hasher.hash(newPassword.toCharArray()), clock.instant());
        user.unlock();
        audit.record(AuditAction.PASSWORD_RESET, "AppUser", id, null, "Password reset for " + user.getUsername());
    }

    /** A directory user's password is the directory's: changed there, never here. */
    private static void requireOwnPassword(AppUser user) {
        if (user.isDirectory()) {
            throw RuleViolation.onField("password", "user.directory.password");
        }
    }

    /** Any signed-in user changes their own password, proving the current one. */
    @PermitAll
    public void changeOwnPassword(String currentPassword, String newPassword) {
        String name = currentUser.username();
        if (name == null) {
            throw new NotFound("AppUser", "current");
        }
        AppUser user = em.createQuery("select u from AppUser u where u.username = :name", AppUser.class)
                .setParameter("name", name).getSingleResult();
        requireOwnPassword(user);
        if (!hasher.verify(currentPassword.toCharArray(), user.getPasswordHash())) {
            throw RuleViolation.onField("current", "password.currentWrong");
        }
        if (currentPassword.equals(newPassword)) {
            throw RuleViolation.onField("password", "password.unchanged");
        }
        requirePolicy(name, newPassword);
        user.changePasswordHash(hasher.hash(newPassword.toCharArray()), clock.instant());
        audit.record(AuditAction.PASSWORD_CHANGE, "AppUser", user.getId(), null, "Changed own password");
    }

    @PermitAll
    public PasswordPolicy passwordPolicy() {
        return policy;
    }

    private void requirePolicy(String username, String password) {
        List<String> broken = policy.check(username, password);
        if (!broken.isEmpty()) {
            throw RuleViolation.onField("password", broken.get(0), policy.getMinLength());
        }
    }

    private void requireUniqueUsername(String username, Long exceptId) {
        // Two queries rather than "(:id is null or u.id <> :id)": PostgreSQL cannot type a null bind parameter.
        String name = username == null ? null : username.toLowerCase(Locale.ROOT);
        Long clash = exceptId == null
                ? em.createQuery("select count(u) from AppUser u where u.username = :name", Long.class)
                        .setParameter("name", name).getSingleResult()
                : em.createQuery("select count(u) from AppUser u where u.username = :name and u.id <> :id", Long.class)
                        .setParameter("name", name).setParameter("id", exceptId).getSingleResult();
        if (clash > 0) {
            throw RuleViolation.onField("username", "user.username.taken");
        }
    }

    private Set<Site> sites(Role role, Set<Long> siteIds) {
        if (role != null && !role.isProviderWide() && (siteIds == null || siteIds.isEmpty())) {
            throw RuleViolation.onField("sites", "user.sites.required");
        }
        if (siteIds == null || siteIds.isEmpty()) {
            return Set.of();
        }
        List<Site> sites = em.createQuery("select s from Site s where s.id in :ids", Site.class)
                .setParameter("ids", siteIds).getResultList();
        if (sites.size() != siteIds.size()) {
            throw RuleViolation.onField("sites", "user.sites.unknown");
        }
        return new java.util.LinkedHashSet<>(sites);
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<AppUser> user, UserFilter filter) {
        List<Predicate> where = new ArrayList<>();
        if (filter.text() != null && !filter.text().isBlank()) {
            String like = LikePattern.contains(filter.text());
            where.add(cb.or(cb.like(user.get("username"), like),
                    cb.like(cb.lower(user.get("displayName")), like)));
        }
        if (filter.role() != null) {
            where.add(cb.equal(user.get("role"), filter.role()));
        }
        if (filter.active() != null) {
            where.add(cb.equal(user.get("active"), filter.active()));
        }
        return where.toArray(Predicate[]::new);
    }
}
