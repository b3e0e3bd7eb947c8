package org.iopmanager.schedule.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.platform.web.Actions;
import org.iopmanager.platform.web.PagedList;
import org.iopmanager.schedule.boundary.Hours;
import org.iopmanager.schedule.control.Compliance;
import org.iopmanager.schedule.control.HoursRow;
import org.iopmanager.schedule.control.SiteCalendar;
import org.iopmanager.schedule.entity.Attendance;
import org.iopmanager.site.boundary.Sites;
import org.iopmanager.site.control.SiteChoice;
import org.iopmanager.site.entity.Site;

/**
 * Hours delivered at a site in a week ({@code ?site=&week=}): every open episode's minutes against its minimum
 * (lazy, shortfalls highlighted), who falls short this week and last, the compliance rate for administrators and
 * auditors, and one participant's week ({@code &episode=}).
 */
@Named("hours")
@ViewScoped
public class HoursBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Hours service;

    @Inject
    Sites sites;

    @Inject
    Actions actions;

    private Long siteId;
    private LocalDate week;
    private Long episodeId;
    private Site site;
    /** Not kept in the view: read again in each request that shows it (see {@code Sites.visible()}). */
    private transient List<SiteChoice> siteChoices;
    private List<HoursRow> shortfalls;
    private List<HoursRow> lastWeekShortfalls;
    private Compliance compliance;
    private List<Attendance> participantWeek;

    private final PagedList<HoursRow> model = new PagedList<>(() -> service.count(siteId, week),
            (first, pageSize, order) -> service.page(siteId, week, first, pageSize), HoursRow::episodeId);

    public void load() {
        actions.loadOrNotFound(() -> {
            siteChoices = sites.choices();
            if (siteId == null && !siteChoices.isEmpty()) {
                siteId = siteChoices.get(0).getId();
            }
            if (siteId == null) {
                return;
            }
            site = sites.find(siteId);
            week = week == null ? service.thisWeek(siteId) : SiteCalendar.weekOf(week);
            shortfalls = service.shortfalls(siteId, week);
            lastWeekShortfalls = service.shortfalls(siteId, week.minusWeeks(1));
            compliance = service.seesCompliance() ? service.compliance(siteId) : null;
            participantWeek = episodeId == null ? null : service.participantWeek(episodeId, week);
        });
    }

    public String show() {
        return "/schedule/hours?faces-redirect=true&site=" + siteId + "&week=" + week;
    }

    public LocalDate getPreviousWeek() {
        return week.minusWeeks(1);
    }

    public LocalDate getNextWeek() {
        return week.plusWeeks(1);
    }

    public LocalDate getWeekEnd() {
        return week.plusDays(6);
    }

    public String hoursOf(int minutes) {
        return HoursRow.hours(minutes);
    }

    public PagedList<HoursRow> getModel() {
        return model;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public LocalDate getWeek() {
        return week;
    }

    public void setWeek(LocalDate week) {
        this.week = week;
    }

    public Long getEpisodeId() {
        return episodeId;
    }

    public void setEpisodeId(Long episodeId) {
        this.episodeId = episodeId;
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

    public List<HoursRow> getShortfalls() {
        return shortfalls;
    }

    public List<HoursRow> getLastWeekShortfalls() {
        return lastWeekShortfalls;
    }

    public Compliance getCompliance() {
        return compliance;
    }

    public List<Attendance> getParticipantWeek() {
        return participantWeek;
    }
}
