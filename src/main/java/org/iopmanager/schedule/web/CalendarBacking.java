package org.iopmanager.schedule.web;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.event.SelectEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

import org.iopmanager.platform.web.Actions;
import org.iopmanager.schedule.boundary.Sessions;
import org.iopmanager.schedule.entity.TherapySession;
import org.iopmanager.site.boundary.Sites;
import org.iopmanager.site.control.SiteChoice;
import org.iopmanager.site.entity.Site;

/**
 * The calendar of a site ({@code ?site=}): PrimeFaces' schedule fed lazily with the sessions of the range on
 * screen, in the site's zone whatever the viewer's browser says. A click on a session opens it; a click on a day
 * opens a new session on that day.
 */
@Named("calendar")
@ViewScoped
public class CalendarBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Sessions sessions;

    @Inject
    Sites sites;

    @Inject
    Actions actions;

    @Inject
    ScheduleRoles roles;

    private Long siteId;
    private LocalDate date;
    private Site site;
    /** Not kept in the view: read again in each request that shows it (see {@code Sites.visible()}). */
    private transient List<SiteChoice> siteChoices;

    private final LazyScheduleModel model = new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            if (site == null) {
                return;
            }
            String base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
            for (TherapySession s : sessions.between(site.getId(), start, end)) {
                addEvent(DefaultScheduleEvent.builder().id(String.valueOf(s.getId())).title(s.getTitle())
                        .startDate(s.getLocalStart()).endDate(s.getLocalEnd())
                        .styleClass("session-" + s.getKind() + " session-" + s.getStatus())
                        .url(base + "/schedule/session.xhtml?id=" + s.getId()).editable(false).build());
            }
        }
    };

    public void load() {
        actions.loadOrNotFound(() -> {
            siteChoices = sites.choices();
            if (siteId == null && !siteChoices.isEmpty()) {
                siteId = siteChoices.get(0).getId();
            }
            site = siteId == null ? null : sites.find(siteId);
        });
    }

    /** Opens the form for a new session on the chosen day. */
    public void onDateSelect(SelectEvent<LocalDateTime> event) {
        if (!roles.isEditor() || site == null) {
            return;
        }
        LocalDate day = event.getObject().toLocalDate();
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        try {
            context.redirect(context.getRequestContextPath() + "/schedule/edit.xhtml?site=" + site.getId() + "&date=" + day);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String show() {
        return "/schedule/calendar?faces-redirect=true&site=" + siteId;
    }

    public ScheduleModel getModel() {
        return model;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public Site getSite() {
        return site;
    }

    public List<SiteChoice> getSiteChoices() {
        if (siteChoices == null) {
            siteChoices = sites.choices();
        }
        return siteChoices;
    }

    /** The day the calendar opens on: {@code ?date=}, or today at the site. */
    public LocalDate getInitialDate() {
        return date != null || site == null ? date : sessions.todayAt(site.getId());
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}
