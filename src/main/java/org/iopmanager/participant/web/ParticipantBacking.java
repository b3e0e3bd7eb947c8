package org.iopmanager.participant.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.participant.boundary.Participants;
import org.iopmanager.participant.entity.DischargeReason;
import org.iopmanager.participant.entity.Episode;
import org.iopmanager.participant.entity.FamilyMember;
import org.iopmanager.participant.entity.Participant;
import org.iopmanager.platform.web.Actions;
import org.iopmanager.platform.web.Messages;
import org.iopmanager.site.boundary.Sites;
import org.iopmanager.site.entity.Site;
import org.iopmanager.staff.boundary.Clearances;
import org.iopmanager.staff.control.StaffChoice;
import org.iopmanager.staff.entity.ClinicalService;

/**
 * A participant's record ({@code ?id=}, none for a new one): details, family members involved in care, episodes with
 * admission (a primary clinician cleared to counsel at the site on the admission day) and discharge. The assessments
 * and measures of the current episode have beans of their own on the same page.
 */
@Named("participantRecord")
@ViewScoped
public class ParticipantBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Participants participants;

    @Inject
    Clearances clearances;

    @Inject
    Sites sites;

    @Inject
    Actions actions;

    @Inject
    Messages messages;

    private Long id;
    private Long siteId;
    private LocalDate today;
    private Participant participant;
    private List<Site> siteChoices;
    private List<FamilyMember> family;
    private FamilyMember familyDraft = new FamilyMember();
    private List<Episode> episodes;
    private Episode admission = new Episode();
    private Long clinicianId;
    private List<StaffChoice> clinicianChoices = List.of();
    private LocalDate dischargeDate;
    private DischargeReason dischargeReason;

    public void load() {
        actions.loadOrNotFound(this::loadRecord);
    }

    private void loadRecord() {
        if (id == null) {
            participant = new Participant();
            siteChoices = sites.visible();
            return;
        }
        participant = participants.find(id);
        siteId = participant.owningSiteId();
        today = clearances.todayAt(siteId);
        family = participants.familyOf(id);
        episodes = participants.episodesOf(id);
        if (getOpenEpisode() == null) {
            admission.setAdmissionDate(today);
            refreshChoices();
        } else {
            dischargeDate = today;
        }
    }

    /** The staff of the site with their clearance to counsel on the admission day (again when the day changes). */
    public void refreshChoices() {
        clinicianChoices = admission.getAdmissionDate() == null ? List.of()
                : clearances.choices(siteId, ClinicalService.INDIVIDUAL_COUNSELLING, admission.getAdmissionDate());
    }

    public String choiceLabel(StaffChoice choice) {
        return choice.name() + " · " + choice.clearance().reasons().stream()
                .map(r -> messages.text(r.key(), r.arguments())).collect(Collectors.joining(" "));
    }

    public String save() {
        boolean created = participant.isNew();
        boolean ok = actions.attempt("details", () -> participant = created ? participants.create(siteId, participant)
                : participants.update(participant.getId(), participant.getVersion(), participant));
        return ok ? reload(created ? "participant.created" : "app.saved", participant.getRecordNumber()) : null;
    }

    public String addFamilyMember() {
        boolean ok = actions.attempt("family", () -> participants.addFamilyMember(id, familyDraft));
        return ok ? reload("family.added") : null;
    }

    public String admit() {
        boolean ok = actions.attempt("admit", () -> participants.admit(id, admission, clinicianId));
        return ok ? reload("episode.admitted") : null;
    }

    public String discharge() {
        Episode open = getOpenEpisode();
        boolean ok = actions.attempt("discharge", () -> participants.discharge(open.getId(), open.getVersion(), dischargeDate,
                dischargeReason));
        return ok ? reload("episode.discharged") : null;
    }

    /** After a change the page loads again (and the view is audited again): what is shown is what was saved. */
    String reload(String messageKey, Object... arguments) {
        messages.info(messageKey, arguments);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/participant/participant?faces-redirect=true&id=" + participant.getId();
    }

    /** The open episode, if any. */
    public Episode getOpenEpisode() {
        return episodes == null ? null : episodes.stream().filter(Episode::isOpen).findFirst().orElse(null);
    }

    /** The episode whose assessments and measures the page shows: the open one, else the latest. */
    public Episode getCurrentEpisode() {
        Episode open = getOpenEpisode();
        return open != null || episodes == null || episodes.isEmpty() ? open : episodes.get(0);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    /** Today at the participant's site. */
    public LocalDate getToday() {
        return today;
    }

    public Participant getParticipant() {
        return participant;
    }

    public List<Site> getSiteChoices() {
        return siteChoices;
    }

    public List<FamilyMember> getFamily() {
        return family;
    }

    public FamilyMember getFamilyDraft() {
        return familyDraft;
    }

    public List<Episode> getEpisodes() {
        return episodes;
    }

    public Episode getAdmission() {
        return admission;
    }

    public Long getClinicianId() {
        return clinicianId;
    }

    public void setClinicianId(Long clinicianId) {
        this.clinicianId = clinicianId;
    }

    public List<StaffChoice> getClinicianChoices() {
        return clinicianChoices;
    }

    public LocalDate getDischargeDate() {
        return dischargeDate;
    }

    public void setDischargeDate(LocalDate dischargeDate) {
        this.dischargeDate = dischargeDate;
    }

    public DischargeReason getDischargeReason() {
        return dischargeReason;
    }

    public void setDischargeReason(DischargeReason dischargeReason) {
        this.dischargeReason = dischargeReason;
    }
}
