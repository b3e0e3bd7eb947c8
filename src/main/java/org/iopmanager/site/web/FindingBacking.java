package org.iopmanager.site.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.platform.web.Actions;
import org.iopmanager.platform.web.Messages;
import org.iopmanager.security.entity.AppUser;
import org.iopmanager.site.boundary.Corrections;
import org.iopmanager.site.boundary.Surveys;
import org.iopmanager.site.entity.Correction;
import org.iopmanager.site.entity.Finding;
import org.iopmanager.site.entity.Survey;

/**
 * A finding of a survey ({@code ?survey=} for a new one, {@code ?id=}) and, once saved, its plan of
 * correction: actions, owner, due date (by default the body's deadline after the report), status, evidence.
 */
@Named("finding")
@ViewScoped
public class FindingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Surveys surveys;

    @Inject
    Corrections corrections;

    @Inject
    Actions actions;

    @Inject
    Messages messages;

    private Long id;
    private Long surveyId;
    private Survey survey;
    private Finding finding;
    private Correction correction;
    private Long ownerId;
    private List<AppUser> owners;
    private LocalDate defaultDue;

    public void load() {
        actions.loadOrNotFound(this::loadFinding);
    }

    private void loadFinding() {
        if (id == null) {
            survey = surveys.find(surveyId);
            finding = new Finding();
            return;
        }
        finding = surveys.findFinding(id);
        survey = finding.getSurvey();
        surveyId = survey.getId();
        owners = corrections.possibleOwners(finding.owningSiteId());
        defaultDue = corrections.defaultDue(id);
        correction = finding.getCorrection() == null ? newPlan() : corrections.find(finding.getCorrection().getId());
        ownerId = correction.getOwner() == null ? null : correction.getOwner().getId();
    }

    /** A new plan starts due on the body's deadline after the report; the user may choose another date. */
    private Correction newPlan() {
        Correction plan = new Correction();
        plan.setDueDate(defaultDue);
        return plan;
    }

    public String save() {
        boolean created = finding.isNew();
        boolean ok = actions.attemptOnceIf(created, "form", () -> finding = created ? surveys.addFinding(surveyId, finding)
                : surveys.updateFinding(finding.getId(), finding.getVersion(), finding));
        if (!ok) {
            return null;
        }
        messages.info("app.saved");
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/site/finding?faces-redirect=true&id=" + finding.getId();
    }

    public String savePlan() {
        correction.setOwner(owners.stream().filter(u -> u.getId().equals(ownerId)).findFirst().orElse(null));
        boolean ok = actions.attemptOnceIf(correction.isNew(), "plan", () -> correction = correction.isNew() ? corrections.create(id, correction)
                : corrections.update(correction.getId(), correction.getVersion(), correction));
        if (!ok) {
            return null;
        }
        messages.info("app.saved");
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/site/finding?faces-redirect=true&id=" + id;
    }

    public boolean isOverdue() {
        return correction != null && !correction.isNew() && correction.isOverdueOn(corrections.today(correction));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getSurveyId() {
        return surveyId;
    }

    public void setSurveyId(Long surveyId) {
        this.surveyId = surveyId;
    }

    public Survey getSurvey() {
        return survey;
    }

    public Finding getFinding() {
        return finding;
    }

    public Correction getCorrection() {
        return correction;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public List<AppUser> getOwners() {
        return owners;
    }

    public LocalDate getDefaultDue() {
        return defaultDue;
    }
}
