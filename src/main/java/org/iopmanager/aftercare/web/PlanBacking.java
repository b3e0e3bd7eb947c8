package org.iopmanager.aftercare.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.aftercare.boundary.Consents;
import org.iopmanager.aftercare.boundary.Referrals;
import org.iopmanager.aftercare.boundary.ResourceServices;
import org.iopmanager.aftercare.control.ReferralLifecycle;
import org.iopmanager.aftercare.entity.DisclosureCategory;
import org.iopmanager.aftercare.entity.DisclosureConsent;
import org.iopmanager.aftercare.entity.Referral;
import org.iopmanager.aftercare.entity.ReferralStatus;
import org.iopmanager.aftercare.entity.ResourceService;
import org.iopmanager.participant.entity.Episode;
import org.iopmanager.platform.web.Actions;
import org.iopmanager.platform.web.Messages;

/**
 * The discharge (aftercare) plan of an episode: its referrals with their next steps, a new referral or a draft's
 * edit, and the participant's consents (record, revoke). The forms live in {@link ReferralForm},
 * {@link ReferralStepForm} and {@link ConsentFormBean}; every rule is the facade's.
 */
@Named("aftercarePlan")
@ViewScoped
public class PlanBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Referrals referrals;

    @Inject
    Consents consents;

    @Inject
    ResourceServices services;

    @Inject
    Actions actions;

    @Inject
    Messages messages;

    @Inject
    AftercareRoles roles;

    private Long episodeId;
    private Episode episode;
    private List<Referral> plan = List.of();
    private List<DisclosureConsent> consentList = List.of();
    private List<ResourceService> serviceChoices = List.of();
    private LocalDate today;
    private String zone;

    private final ReferralForm form = new ReferralForm();
    private final ReferralStepForm step = new ReferralStepForm();
    private final ConsentFormBean consent = new ConsentFormBean();

    public void load() {
        actions.loadOrNotFound(() -> {
            episode = referrals.episode(episodeId);
            today = referrals.todayAt(episode.owningSiteId());
            zone = referrals.zoneAt(episode.owningSiteId());
            serviceChoices = services.usableAt(episode.owningSiteId());
            reload();
        });
    }

    private void reload() {
        plan = referrals.ofEpisode(episodeId);
        consentList = consents.ofParticipant(episode.getParticipant().getId());
    }

    public void create() {
        if (actions.attemptOnce("form", () -> referrals.create(episodeId, form.getServiceId(), form.getReason(),
                form.categorySet()))) {
            messages.info("aftercare.plan.created");
            form.clear();
            reload();
        }
    }

    /** Fills the referral fields with a draft to edit, at the version loaded with the plan. */
    public void edit(Referral referral) {
        form.edit(referral);
    }

    /** Saves the draft at its loaded version; a refusal (someone else's change, a bad field) keeps the input. */
    public void save() {
        if (actions.attempt("form", () -> referrals.update(form.getEditingId(), form.getVersion(), form.getServiceId(),
                form.getReason(), form.categorySet()))) {
            messages.info("aftercare.plan.saved");
            form.clear();
            reload();
        }
    }

    public void cancelEdit() {
        form.clear();
    }

    public void choose(Referral referral) {
        step.choose(referral);
    }

    public void takeStep() {
        if (actions.attempt("stepForm", () -> referrals.step(step.getReferralId(), step.getVersion(), step.toStep()))) {
            messages.info("aftercare.plan.stepDone");
            step.clear();
            reload();
        }
    }

    public void verify() {
        if (actions.attempt("stepForm", () -> referrals.verifyFirstVisit(step.getReferralId(), step.getVersion(),
                step.toVisit()))) {
            messages.info("aftercare.plan.verified");
            step.clear();
            reload();
        }
    }

    public void recordConsent() {
        if (actions.attemptOnce("consentForm", () -> consents.record(episode.getParticipant().getId(), consent.toForm()))) {
            messages.info("aftercare.consent.recorded");
            consent.clear();
            reload();
        }
    }

    public void revoke(DisclosureConsent revoked) {
        if (actions.attempt("consentForm", () -> consents.revoke(revoked.getId(), revoked.getVersion(), null))) {
            messages.info("aftercare.consent.revokedNow");
            reload();
        }
    }

    /** The steps the chosen referral may take from where it stands. */
    public List<ReferralStatus> nextOf(Long referralId) {
        return plan.stream().filter(r -> r.getId().equals(referralId)).findFirst()
                .map(r -> (List<ReferralStatus>) new ArrayList<>(ReferralLifecycle.next(r.getStatus()))).orElse(List.of());
    }

    public boolean isEditor() {
        return roles.isEditor();
    }

    public boolean isTakesReferrals() {
        return episode != null && referrals.takesReferrals(episode);
    }

    public DisclosureCategory[] getCategoryChoices() {
        return DisclosureCategory.values();
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

    public List<Referral> getPlan() {
        return plan;
    }

    public List<DisclosureConsent> getConsents() {
        return consentList;
    }

    public List<ResourceService> getServiceChoices() {
        return serviceChoices;
    }

    public String getZone() {
        return zone;
    }

    public LocalDate getToday() {
        return today;
    }

    public ReferralForm getForm() {
        return form;
    }

    public ReferralStepForm getStep() {
        return step;
    }

    public ConsentFormBean getConsent() {
        return consent;
    }
}
