package org.iopmanager.site.control;

import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.platform.control.NotFound;

/**
 * The time zones of the sites, read once per request: list pages ask for "the provider's day" for their count, their
 * page and each count on top, and the benchmark (issue 7) found the same query sent eight times for one work-list page.
 * Per request, not longer, so that a new site's zone counts from the next click.
 */
@RequestScoped
public class SiteZones {

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    private Map<Long, ZoneId> bySite;
    private Set<Long> active;

    /** The distinct zones of all sites. */
    public List<String> all() {
        return bySite().values().stream().map(ZoneId::getId).distinct().sorted().toList();
    }

    /** The zone of one site, or null for no such site (read again once for a site made since this request's read). */
    public ZoneId zoneOf(Long siteId) {
        if (siteId == null) {
            return null;
        }
        ZoneId zone = bySite().get(siteId);
        if (zone == null) {
            bySite = null;
            zone = bySite().get(siteId);
        }
        return zone;
    }

    /** The zone of a site that must exist (the caller checked its scope): a missing one answers like any missing record. */
    public ZoneId requireZoneOf(Long siteId) {
        ZoneId zone = zoneOf(siteId);
        if (zone == null) {
            throw new NotFound("Site", siteId);
        }
        return zone;
    }

    /** The distinct zones of the active sites among {@code siteIds}, or of all active sites when it is null. */
    public Set<ZoneId> ofActive(Collection<Long> siteIds) {
        Set<ZoneId> zones = new HashSet<>();
        bySite().forEach((id, zone) -> {
            if (active.contains(id) && (siteIds == null || siteIds.contains(id))) {
                zones.add(zone);
            }
        });
        return zones;
    }

    /**
     * All sites' zones, in one query the first time in a request (a few hundred short rows at most), where finding the
     * site would also read its programmes, for each call: the follow-ups list asked three times per page (issue 7).
     */
    private Map<Long, ZoneId> bySite() {
        if (bySite == null) {
            Map<Long, ZoneId> zones = new HashMap<>();
            Set<Long> activeIds = new HashSet<>();
            for (Object[] row : em.createQuery("select s.id, s.timeZone, s.active from Site s", Object[].class)
                    .getResultList()) {
                zones.put((Long) row[0], ZoneId.of((String) row[1]));
                if (Boolean.TRUE.equals(row[2])) {
                    activeIds.add((Long) row[0]);
                }
            }
            active = activeIds;
            bySite = zones;
        }
        return bySite;
    }
}
