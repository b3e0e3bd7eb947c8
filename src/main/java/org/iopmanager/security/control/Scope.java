package org.iopmanager.security.control;

import java.util.Set;

import org.iopmanager.security.entity.Role;

/**
 * Which sites a caller may see: all of them for provider-wide roles, the bound ones for site roles,
 * none for nobody. The one rule every site-scoped query and load-by-id goes through.
 */
public record Scope(String username, Role role, Set<Long> siteIds) {

    public static final Scope NOBODY = new Scope(null, null, Set.of());

    public Scope {
        siteIds = Set.copyOf(siteIds);
    }

    public boolean coversAllSites() {
        return role != null && role.isProviderWide();
    }

    public boolean allows(Long siteId) {
        if (role == null || siteId == null) {
            return false;
        }
        return coversAllSites() || siteIds.contains(siteId);
    }

    /** Site ids for a query's {@code in} clause; never empty, so the clause stays valid and matches nothing. */
    public Set<Long> queryableSiteIds() {
        return siteIds.isEmpty() ? Set.of(-1L) : siteIds;
    }

    public boolean seesParticipants() {
        return role != null && role.seesParticipants();
    }
}
