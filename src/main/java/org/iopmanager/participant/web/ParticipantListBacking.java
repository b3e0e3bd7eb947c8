package org.iopmanager.participant.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.participant.boundary.ParticipantFilter;
import org.iopmanager.participant.boundary.ParticipantRow;
import org.iopmanager.participant.boundary.Participants;
import org.iopmanager.platform.entity.StorableText;
import org.iopmanager.platform.web.PagedList;
import org.iopmanager.site.boundary.Sites;
import org.iopmanager.site.control.SiteChoice;

/** The participants of one of the caller's sites: paged, sorted and filtered in the database, every page audited. */
@Named("participantList")
@ViewScoped
public class ParticipantListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Participants service;

    @Inject
    Sites sites;

    private Long siteId;
    @StorableText
    private String text;
    private boolean openOnly;
    /** Not kept in the view: read again in each request that shows it (see {@code Sites.visible()}). */
    private transient List<SiteChoice> siteChoices;

    private final PagedList<ParticipantRow> model = new PagedList<>(() -> siteId == null ? 0 : service.count(filter()),
            (first, pageSize, order) -> siteId == null ? List.of() : service.rows(filter(), first, pageSize, order),
            ParticipantRow::id);

    @PostConstruct
    void init() {
        siteChoices = sites.choices();
        siteId = siteChoices.isEmpty() ? null : siteChoices.get(0).getId();
    }

    private ParticipantFilter filter() {
        return new ParticipantFilter(siteId, text, openOnly);
    }

    public PagedList<ParticipantRow> getModel() {
        return model;
    }

    public List<SiteChoice> getSiteChoices() {
        if (siteChoices == null) {
            siteChoices = sites.choices();
        }
        return siteChoices;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }
}
