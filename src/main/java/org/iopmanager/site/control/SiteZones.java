package org.iopmanager.site.control;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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

    /** The distinct zones of all sites. */
    public List<String> all() {
        return bySite().values().stream().map(ZoneId::getId).distinct().sorted().toList();
    }

    /** The zone of one site, or null for no such site. */
    public ZoneId zoneOf(Long siteId) {
        return siteId == null ? null : bySite().get(siteId);
    }

    /**
     * All sites' zones, in one query the first time in a request (a few hundred short rows at most), where finding the
     * site would also read its programmes, for each call: the follow-ups list asked three times per page (issue 7).
     */
    private Map<Long, ZoneId> bySite() {
        if (bySite == null) {
            Map<Long, ZoneId> zones = new HashMap<>();
            for (Object[] row : em.createQuery("select s.id, s.timeZone from Site s", Object[].class).getResultList()) {
                zones.put((Long) row[0], ZoneId.of((String) row[1]));
            }
            bySite = zones;
        }
        return bySite;
    }
}
