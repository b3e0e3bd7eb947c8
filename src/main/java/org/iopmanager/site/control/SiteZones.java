package org.iopmanager.site.control;

import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.iopmanager.platform.control.NotFound;

/**
 * The time zones of the sites for one request: list pages ask for "the provider's day" for their count, their page and
 * each count on top (the benchmark, issue 7, found the same query sent eight times for one work-list page). The zones
 * come from {@link SiteDirectory} (kept a minute across requests); one request sees one copy of them.
 */
@RequestScoped
public class SiteZones {

    @Inject
    SiteDirectory directory;

    private List<SiteChoice> sites;

    /** The distinct zones of all sites. */
    public List<String> all() {
        return sites().stream().map(SiteChoice::getTimeZone).distinct().sorted().toList();
    }

    /** The zone of one site, or null for no such site (a site made since this request's copy is looked up again). */
    public ZoneId zoneOf(Long siteId) {
        return directory.zoneOf(siteId);
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
        for (SiteChoice site : sites()) {
            if (site.isActive() && (siteIds == null || siteIds.contains(site.getId()))) {
                zones.add(site.zone());
            }
        }
        return zones;
    }

    private List<SiteChoice> sites() {
        if (sites == null) {
            sites = directory.all();
        }
        return sites;
    }
}
