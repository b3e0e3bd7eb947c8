package org.iopmanager.participant.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.participant.boundary.FlagRow;
import org.iopmanager.participant.boundary.Measures;
import org.iopmanager.platform.web.Actions;
import org.iopmanager.platform.web.Messages;
import org.iopmanager.platform.web.PagedList;
import org.iopmanager.site.boundary.Sites;
import org.iopmanager.site.control.SiteChoice;

/** A site's unacknowledged safety flags, oldest first, each acknowledged here or on the record with a note. */
@Named("safetyFlags")
@ViewScoped
public class SafetyFlagsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Measures service;

    @Inject
    Sites sites;

    @Inject
    Actions actions;

    @Inject
    Messages messages;

    private Long siteId;
    /** Not kept in the view: read again in each request that shows it (see {@code Sites.visible()}). */
    private transient List<SiteChoice> siteChoices;
    private final Map<Long, String> notes = new HashMap<>();

    private final PagedList<FlagRow> model = new PagedList<>(() -> siteId == null ? 0 : service.countFlags(siteId, true),
            (first, pageSize, order) -> siteId == null ? List.of() : service.flags(siteId, true, first, pageSize),
            FlagRow::id);

    @PostConstruct
    void init() {
        siteChoices = sites.choices();
        siteId = siteChoices.isEmpty() ? null : siteChoices.get(0).getId();
    }

    /** The note's message shows in the flag's own row ({@code form:flags:<row>:note}). */
    public void acknowledge(FlagRow flag, int rowIndex) {
        if (actions.attempt("form:flags:" + rowIndex, () -> service.acknowledge(flag.id(), flag.version(), notes.get(flag.id())))) {
            notes.remove(flag.id());
            messages.info("flag.acknowledged");
        }
    }

    public PagedList<FlagRow> getModel() {
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

    public Map<Long, String> getNotes() {
        return notes;
    }
}
