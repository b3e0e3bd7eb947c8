package org.iopmanager.aftercare.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.aftercare.boundary.FollowUpFilter;
import org.iopmanager.aftercare.boundary.FollowUpRow;
import org.iopmanager.aftercare.boundary.FollowUps;
import org.iopmanager.platform.entity.StorableText;
import org.iopmanager.platform.web.Actions;
import org.iopmanager.platform.web.PagedList;
import org.iopmanager.site.boundary.Sites;
import org.iopmanager.site.control.SiteChoice;

/** The follow-ups due at a site ({@code ?site=&show=&text=}): lazy, paged and sorted by the database. */
@Named("followUps")
@ViewScoped
public class FollowUpListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FollowUps service;

    @Inject
    Sites sites;

    @Inject
    Actions actions;

    private Long siteId;
    private FollowUpFilter.Show show = FollowUpFilter.Show.OPEN;
    @StorableText
    private String text;
    /** Not kept in the view: read again in each request that shows it (see {@code Sites.visible()}). */
    private transient List<SiteChoice> siteChoices;

    private final PagedList<FollowUpRow> model = new PagedList<>(() -> siteId == null ? 0 : service.count(filter()),
            (first, pageSize, order) -> siteId == null ? List.of() : service.rows(filter(), first, pageSize, order),
            FollowUpRow::checkId);

    public void load() {
        actions.loadOrNotFound(() -> {
            siteChoices = sites.choices();
            if (siteId == null && !siteChoices.isEmpty()) {
                siteId = siteChoices.get(0).getId();
            }
            if (siteId != null) {
                service.today(siteId);
            }
        });
    }

    private FollowUpFilter filter() {
        return new FollowUpFilter(siteId, show, text);
    }

    public String show() {
        return "/aftercare/followups?faces-redirect=true&site=" + siteId + "&show=" + show
                + (text == null || text.isBlank() ? "" : "&text=" + java.net.URLEncoder.encode(text.strip(),
                        java.nio.charset.StandardCharsets.UTF_8));
    }

    public FollowUpFilter.Show[] getShowChoices() {
        return FollowUpFilter.Show.values();
    }

    public PagedList<FollowUpRow> getModel() {
        return model;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public FollowUpFilter.Show getShow() {
        return show;
    }

    public void setShow(FollowUpFilter.Show show) {
        this.show = show == null ? FollowUpFilter.Show.OPEN : show;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<SiteChoice> getSiteChoices() {
        if (siteChoices == null) {
            siteChoices = sites.choices();
        }
        return siteChoices;
    }
}
