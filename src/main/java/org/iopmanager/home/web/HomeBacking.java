package org.iopmanager.home.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.security.control.CurrentUser;
import org.iopmanager.security.entity.Role;
import org.iopmanager.site.boundary.Sites;
import org.iopmanager.site.entity.Site;

/**
 * The home page: who you are, your sites, and what is due for you. Each feature adds its due items here;
 * until then the list is honestly empty.
 */
@Named("home")
@RequestScoped
public class HomeBacking {

    @Inject
    CurrentUser currentUser;

    @Inject
    Sites sites;

    private List<Site> visible;

    public Role getRole() {
        return currentUser.scope().role();
    }

    public boolean isAllSites() {
        return currentUser.scope().coversAllSites();
    }

    public List<Site> getSites() {
        if (visible == null) {
            visible = sites.visible();
        }
        return visible;
    }

    public List<Object> getDue() {
        return List.of();
    }
}
