package org.iopmanager.site.web;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.platform.web.Actions;
import org.iopmanager.platform.web.Messages;
import org.iopmanager.security.web.MenuBacking;
import org.iopmanager.site.boundary.Accreditations;
import org.iopmanager.site.boundary.Sites;
import org.iopmanager.site.boundary.Surveys;
import org.iopmanager.site.control.Horizon;
import org.iopmanager.site.entity.AccreditationRecord;
import org.iopmanager.site.entity.Programme;
import org.iopmanager.site.entity.RecordStatus;
import org.iopmanager.site.entity.Site;
import org.iopmanager.site.entity.Survey;

/** One site: its details (create or edit), activation, and its accreditation records with their history. */
@Named("site")
@ViewScoped
public class SiteBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Sites sites;

    @Inject
    Accreditations accreditations;

    @Inject
    Surveys surveys;

    @Inject
    Actions actions;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    @Inject
    MenuBacking menu;

    private Long id;
    private Site site;
    private List<Programme> programmes = new ArrayList<>();
    private List<AccreditationRecord> records;
    private List<Survey> siteSurveys = List.of();

    public void load() {
        actions.loadOrNotFound(this::loadSite);
    }

    private void loadSite() {
        if (id == null) {
            site = new Site();
            site.setTimeZone("America/New_York");
            return;
        }
        site = sites.find(id);
        programmes = new ArrayList<>(site.getProgrammes());
        records = canSeeRecords() ? accreditations.forSite(id) : List.of();
        siteSurveys = canSeeRecords() ? surveys.forSite(id) : List.of();
    }

    public String save() {
        site.setProgrammes(programmes.isEmpty() ? EnumSet.noneOf(Programme.class) : EnumSet.copyOf(programmes));
        boolean created = site.isNew();
        boolean ok = actions.attemptOnceIf(created, "form", () -> site = created ? sites.create(site) : sites.update(site.getId(), site.getVersion(), site));
        if (!ok) {
            return null;
        }
        messages.info(created ? "site.created" : "app.saved", site.getName());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/site/site?faces-redirect=true&id=" + site.getId();
    }

    public void toggleActive() {
        boolean activate = !site.isActive();
        if (actions.attempt("form", () -> site = sites.setActive(site.getId(), site.getVersion(), activate))) {
            messages.info(activate ? "site.activated" : "site.deactivated", site.getName());
        }
    }

    public LocalDate getToday() {
        return LocalDate.now(clock.withZone(site.zone()));
    }

    public RecordStatus statusOf(AccreditationRecord record) {
        return record.statusOn(getToday());
    }

    public Horizon horizonOf(AccreditationRecord record) {
        RecordStatus status = statusOf(record);
        return Horizon.of(record.daysToExpiry(getToday()), status == RecordStatus.EXPIRED);
    }

    private boolean canSeeRecords() {
        return menu.isAccreditation();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Site getSite() {
        return site;
    }

    public List<Programme> getProgrammes() {
        return programmes;
    }

    public void setProgrammes(List<Programme> programmes) {
        this.programmes = programmes;
    }

    /** The site's surveys, newest first: with the records, its accreditation history. */
    public List<Survey> getSurveys() {
        return siteSurveys;
    }

    public List<AccreditationRecord> getRecords() {
        return records;
    }
}
