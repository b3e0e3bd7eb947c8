package org.iopmanager.treatment.web;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.participant.entity.Episode;
import org.iopmanager.participant.entity.Track;
import org.iopmanager.platform.web.Actions;
import org.iopmanager.platform.web.Messages;
import org.iopmanager.security.control.CurrentUser;
import org.iopmanager.security.entity.Role;
import org.iopmanager.staff.boundary.Clearances;
import org.iopmanager.staff.control.StaffChoice;
import org.iopmanager.treatment.boundary.TreatmentPlans;
import org.iopmanager.treatment.control.CareStandard;
import org.iopmanager.treatment.control.Finding;
import org.iopmanager.treatment.control.WeeklyHours;
import org.iopmanager.treatment.entity.Modality;
import org.iopmanager.treatment.entity.PlanStatus;
import org.iopmanager.treatment.entity.TreatmentPlan;

/**
 * A treatment plan page ({@code ?episode=} for the episode's current version, {@code ?id=} for any version): the
 * draft's content ({@link PlanContent} edits the tree), planned weekly hours against the site's minimum, the
 * quality findings, and the actions of the plan's life in {@link PlanSigning}.
 */
@Named("planPage")
@ViewScoped
public class PlanBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TreatmentPlans plans;

    @Inject
    Clearances clearances;

    @Inject
    CurrentUser currentUser;

    @Inject
    Actions actions;

    @Inject
    Messages messages;

    private Long id;
    private Long episodeId;
    private Episode episode;
    private TreatmentPlan plan;
    private CareStandard standard;
    private String zone;
    private List<Finding> findings = List.of();
    private final Map<Modality, List<StaffChoice>> choices = new EnumMap<>(Modality.class);
    private final PlanContent content = new PlanContent();

    public void load() {
        actions.loadOrNotFound(this::loadPlan);
    }

    private void loadPlan() {
        plan = id == null ? plans.latest(episodeId) : plans.find(id);
        episode = plan == null ? plans.episode(episodeId) : plan.getEpisode();
        episodeId = episode.getId();
        standard = plans.standardAt(episode.owningSiteId());
        zone = plans.zoneAt(episode.owningSiteId()).getId();
        findings = plan == null ? List.of() : plans.quality(plan.getId());
        content.use(plan, episode.getPrimaryClinician().getId());
    }

    public String create() {
        boolean ok = actions.attemptOnce("form", () -> plan = plans.createDraft(episodeId));
        return ok ? saved() : null;
    }

    public String save() {
        boolean ok = actions.attempt("form", () -> plan = plans.update(plan.getId(), plan.getVersion(), plan));
        return ok ? saved() : null;
    }

    String saved() {
        messages.info("app.saved");
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/treatment/plan?faces-redirect=true&id=" + plan.getId();
    }

    /** The staff of the site with their clearance for a modality today (asked once per modality). */
    public List<StaffChoice> choices(Modality modality) {
        if (modality == null || !isEditable()) {
            return List.of();
        }
        return choices.computeIfAbsent(modality, m -> clearances.choices(episode.owningSiteId(), m.service(),
                plans.todayAt(episode.owningSiteId())));
    }

    public WeeklyHours getHours() {
        return plan == null ? null : WeeklyHours.of(plan, standard, episode.getLevelOfCare(), episode.getTrack());
    }

    public String getHoursWarning() {
        WeeklyHours hours = getHours();
        return hours == null ? null : messages.text("plan.hours.shortBy", hours.getPlannedHours(), hours.getMinimumHours());
    }

    /** Content can change while the version is not active yet, by the clinical roles (auditors only read). */
    public boolean isEditable() {
        return plan != null && plan.getStatus().isOpen() && isWriter();
    }

    public boolean isWriter() {
        Role role = currentUser.scope().role();
        return role == Role.ADMIN || role == Role.SITE_ADMIN || role == Role.CLINICIAN;
    }

    public boolean isActive() {
        return plan != null && plan.getStatus() == PlanStatus.ACTIVE;
    }

    public boolean isAdolescent() {
        return episode != null && episode.getTrack() == Track.ADOLESCENT_IOP;
    }

    public String describe(Finding finding) {
        return org.iopmanager.treatment.boundary.PlanShapes.describe(finding,
                java.util.ResourceBundle.getBundle(Messages.BUNDLE, FacesContext.getCurrentInstance().getViewRoot().getLocale()));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getEpisodeId() {
        return episodeId;
    }

    public void setEpisodeId(Long episodeId) {
        this.episodeId = episodeId;
    }

    public Episode getEpisode() {
        return episode;
    }

    public TreatmentPlan getPlan() {
        return plan;
    }

    void setPlan(TreatmentPlan plan) {
        this.plan = plan;
    }

    /** The site's time zone, in which the page shows signature times. */
    public String getZone() {
        return zone;
    }

    public CareStandard getStandard() {
        return standard;
    }

    public List<Finding> getFindings() {
        return findings;
    }

    public PlanContent getContent() {
        return content;
    }
}
