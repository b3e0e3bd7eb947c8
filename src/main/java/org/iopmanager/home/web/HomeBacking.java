package org.iopmanager.home.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.reporting.boundary.DueItem;
import org.iopmanager.reporting.boundary.DueList;
import org.iopmanager.security.control.CurrentUser;
import org.iopmanager.site.boundary.Sites;
import org.iopmanager.site.control.SiteChoice;

/**
 * The home page: who you are, your sites, and what is due for you, most urgent first. Each feature adds its
 * due items to the {@link DueList}.
 */
@Named("home")
@RequestScoped
public class HomeBacking {

    @Inject
    CurrentUser currentUser;

    @Inject
    Sites sites;

    @Inject
    DueList dueList;

    private List<SiteChoice> visible;
    private List<DueItem> due;

    public boolean isAllSites() {
        return currentUser.scope().coversAllSites();
    }

    public List<SiteChoice> getSites() {
        if (visible == null) {
            visible = sites.choices();
        }
        return visible;
    }

    public List<DueItem> getDue() {
        if (due == null) {
            due = dueList.forCurrentUser();
        }
        return due;
    }
}
