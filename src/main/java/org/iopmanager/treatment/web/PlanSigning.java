package org.iopmanager.treatment.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.platform.web.Actions;
import org.iopmanager.platform.web.Messages;
import org.iopmanager.treatment.boundary.TreatmentPlans;
import org.iopmanager.treatment.control.PlanDiff;
import org.iopmanager.treatment.control.PlanPath;
import org.iopmanager.treatment.entity.PlanReview;
import org.iopmanager.treatment.entity.SignatureRole;
import org.iopmanager.treatment.entity.TreatmentPlan;

/**
 * The plan page's actions on a version's life, and its history: sign (participant or guardian, clinician with a
 * reason over findings, supervisor), amend with a reason, record a review; the versions, the difference from the
 * previous version, and the reviews.
 */
@Named("planSigning")
@ViewScoped
public class PlanSigning implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PlanBacking page;

    @Inject
    TreatmentPlans plans;

    @Inject
    Actions actions;

    private String guardianName;
    private Long clinicianId;
    private String overrideReason;
    private String amendmentReason;
    private LocalDate reviewedOn;
    private String reviewNote;
    private List<TreatmentPlan> versions;
    private List<PlanDiff.Change> diff;
    private List<PlanReview> reviews;

    public String signParticipant() {
        return sign(SignatureRole.PARTICIPANT, null);
    }

    public String signClinician() {
        return sign(SignatureRole.CLINICIAN, clinicianId);
    }

    public String signSupervisor() {
        return sign(SignatureRole.SUPERVISOR, null);
    }

    private String sign(SignatureRole role, Long staffId) {
        TreatmentPlan plan = page.getPlan();
        boolean ok = actions.attempt("sign", () -> page.setPlan(plans.sign(plan.getId(), plan.getVersion(), role, staffId,
                guardianName, overrideReason)));
        return ok ? page.saved() : null;
    }

    public String amend() {
        TreatmentPlan plan = page.getPlan();
        boolean ok = actions.attempt("amend", () -> page.setPlan(plans.amend(plan.getId(), plan.getVersion(), amendmentReason)));
        return ok ? page.saved() : null;
    }

    public String review() {
        TreatmentPlan plan = page.getPlan();
        boolean ok = actions.attempt("review", () -> plans.review(plan.getId(), plan.getVersion(), reviewedOn, reviewNote));
        return ok ? page.saved() : null;
    }

    /** A place in the plan in words ("Problem 1, Goal 2"). */
    public String place(String path) {
        return PlanPath.label(path, ResourceBundle.getBundle(Messages.BUNDLE,
                FacesContext.getCurrentInstance().getViewRoot().getLocale()));
    }

    public List<TreatmentPlan> getVersions() {
        if (versions == null) {
            versions = page.getPlan() == null ? List.of() : plans.versionsOf(page.getEpisodeId());
        }
        return versions;
    }

    /** What this version changed from the previous one. */
    public List<PlanDiff.Change> getDiff() {
        if (diff == null) {
            diff = page.getPlan() == null || page.getPlan().getVersionNumber() == 1 ? List.of()
                    : plans.diff(page.getPlan().getId(), null);
        }
        return diff;
    }

    public List<PlanReview> getReviews() {
        if (reviews == null) {
            reviews = page.getPlan() == null ? List.of() : plans.reviewsOf(page.getPlan().getId());
        }
        return reviews;
    }

    public String getGuardianName() {
        return guardianName;
    }

    public void setGuardianName(String guardianName) {
        this.guardianName = guardianName;
    }

    public Long getClinicianId() {
        if (clinicianId == null && page.getEpisode() != null) {
            clinicianId = page.getEpisode().getPrimaryClinician().getId();
        }
        return clinicianId;
    }

    public void setClinicianId(Long clinicianId) {
        this.clinicianId = clinicianId;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }

    public String getAmendmentReason() {
        return amendmentReason;
    }

    public void setAmendmentReason(String amendmentReason) {
        this.amendmentReason = amendmentReason;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public void setReviewedOn(LocalDate reviewedOn) {
        this.reviewedOn = reviewedOn;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public void setReviewNote(String reviewNote) {
        this.reviewNote = reviewNote;
    }
}
