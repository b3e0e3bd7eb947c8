package org.iopmanager.site.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.site.boundary.Sites;
import org.iopmanager.site.entity.Site;

/** The caller's sites: all of them for provider-wide roles, their own for site roles. */
@Named("sites")
@RequestScoped
public class SitesBacking {

    @Inject
    Sites service;

    private List<Site> visible;

    public List<Site> getVisible() {
        if (visible == null) {
            visible = service.visible();
        }
        return visible;
    }
}
