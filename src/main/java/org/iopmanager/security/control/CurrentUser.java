package org.iopmanager.security.control;

import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;

import org.iopmanager.security.entity.AppUser;
import org.iopmanager.site.entity.Site;

/**
 * Who is calling, with role and sites read fresh from the database once per request: a role change or a
 * deactivation takes effect at the next click, not at the next login.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    private Scope scope;

    public Scope scope() {
        if (scope == null) {
            scope = load();
        }
        return scope;
    }

    public String username() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    private Scope load() {
        String name = username();
        if (name == null) {
            return Scope.NOBODY;
        }
        return em.createQuery("select u from AppUser u left join fetch u.sites where u.username = :name", AppUser.class)
                .setParameter("name", name)
                .getResultStream()
                .filter(AppUser::isActive)
                .findFirst()
                .map(u -> new Scope(u.getUsername(), u.getRole(), siteIds(u.getSites())))
                .orElse(Scope.NOBODY);
    }

    private static Set<Long> siteIds(Set<Site> sites) {
        return sites.stream().map(Site::getId).collect(Collectors.toSet());
    }
}
