package org.iopmanager.treatment.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.participant.entity.Episode;
import org.iopmanager.platform.web.PagedList;
import org.iopmanager.site.boundary.Sites;
import org.iopmanager.site.control.SiteChoice;
import org.iopmanager.treatment.boundary.PlansDue;
import org.iopmanager.treatment.boundary.TreatmentPlans;
import org.iopmanager.treatment.entity.TreatmentPlan;

/**
 * Plans due at a site: open episodes whose first plan is due within the window or overdue, and active plans whose
 * review is. Both lists page in the database on indexed days (admission, review due).
 */
@Named("planDue")
@ViewScoped
public class DueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TreatmentPlans plans;

    @Inject
    PlansDue due;

    @Inject
    Sites sites;

    private Long siteId;
    private int days = 7;
    /** Not kept in the view: read again in each request that shows it (see {@code Sites.visible()}). */
    private transient List<SiteChoice> siteChoices;
    private int firstPlanDays;
    private LocalDate today;

    private final PagedList<Episode> firstPlans = new PagedList<>(() -> siteId == null ? 0 : due.countFirstPlans(siteId, days),
            (first, size, order) -> due.firstPlans(siteId, days, first, size), Episode::getId);

    private final PagedList<TreatmentPlan> reviews = new PagedList<>(() -> siteId == null ? 0 : due.countReviews(siteId, days),
            (first, size, order) -> due.reviews(siteId, days, first, size), TreatmentPlan::getId);

    public void load() {
        if (siteId == null && !getSiteChoices().isEmpty()) {
            siteId = getSiteChoices().get(0).getId();
        }
        refresh();
    }

    public void refresh() {
        if (siteId != null) {
            firstPlanDays = plans.standardAt(siteId).firstPlanDays();
            today = plans.todayAt(siteId);
        }
    }

    public LocalDate firstPlanDue(Episode episode) {
        return episode.getAdmissionDate().plusDays(firstPlanDays);
    }

    public boolean overdue(LocalDate due) {
        return due != null && today != null && due.isBefore(today);
    }

    public List<SiteChoice> getSiteChoices() {
        if (siteChoices == null) {
            siteChoices = sites.choices();
        }
        return siteChoices;
    }

    public PagedList<Episode> getFirstPlans() {
        return firstPlans;
    }

    public PagedList<TreatmentPlan> getReviews() {
        return reviews;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = Math.min(Math.max(0, days), 365);
    }

    public LocalDate getToday() {
        return today;
    }
}
