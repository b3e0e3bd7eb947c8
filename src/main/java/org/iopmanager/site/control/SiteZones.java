package org.iopmanager.site.control;

import java.util.List;

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

    private List<String> all;

    /** The distinct zones of all sites. */
    public List<String> all() {
        if (all == null) {
            all = List.copyOf(em.createQuery("select distinct s.timeZone from Site s", String.class).getResultList());
        }
        return all;
    }
}
