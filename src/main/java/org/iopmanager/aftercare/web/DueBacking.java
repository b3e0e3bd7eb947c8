package org.iopmanager.aftercare.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.aftercare.boundary.DueReferral;
import org.iopmanager.aftercare.boundary.Referrals;
import org.iopmanager.platform.web.PagedList;
import org.iopmanager.site.boundary.Sites;
import org.iopmanager.site.control.SiteChoice;

/** Referrals of a site waiting on a step, oldest first, paged in the database. */
@Named("referralsDue")
@ViewScoped
public class DueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Referrals referrals;

    @Inject
    Sites sites;

    private Long siteId;
    /** Not kept in the view: read again in each request that shows it (see {@code Sites.visible()}). */
    private transient List<SiteChoice> siteChoices;

    private final PagedList<DueReferral> due = new PagedList<>(() -> siteId == null ? 0 : referrals.countDue(siteId),
            (first, size, order) -> referrals.due(siteId, first, size), DueReferral::id);

    public void load() {
        if (siteId == null && !getSiteChoices().isEmpty()) {
            siteId = getSiteChoices().get(0).getId();
        }
    }

    public void refresh() {
        // the table reloads with the chosen site
    }

    /** The chosen site's time zone, in which the list shows times. */
    public String getZone() {
        return getSiteChoices().stream().filter(s -> s.getId().equals(siteId)).map(SiteChoice::getTimeZone).findFirst()
                .orElse("UTC");
    }

    public List<SiteChoice> getSiteChoices() {
        if (siteChoices == null) {
            siteChoices = sites.choices();
        }
        return siteChoices;
    }

    public PagedList<DueReferral> getDue() {
        return due;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }
}
