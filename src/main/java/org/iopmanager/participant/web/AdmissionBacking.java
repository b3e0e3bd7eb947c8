package org.iopmanager.participant.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.participant.boundary.Participants;
import org.iopmanager.participant.entity.DischargeReason;
import org.iopmanager.participant.entity.Episode;
import org.iopmanager.platform.web.Actions;
import org.iopmanager.platform.web.Messages;
import org.iopmanager.staff.boundary.Clearances;
import org.iopmanager.staff.control.StaffChoice;
import org.iopmanager.staff.entity.ClinicalService;

/**
 * Admission and discharge on the record page: the primary clinician is chosen among the site's staff, each shown with
 * their clearance to counsel there on the admission day (the choices follow the day); the service decides.
 */
@Named("admission")
@ViewScoped
public class AdmissionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Participants participants;

    @Inject
    Clearances clearances;

    @Inject
    ParticipantBacking record;

    @Inject
    Actions actions;

    @Inject
    Messages messages;

    private final Episode draft = new Episode();
    private Long clinicianId;
    private List<StaffChoice> clinicianChoices = List.of();
    private LocalDate dischargeDate;
    private DischargeReason dischargeReason;
    private boolean loaded;

    /** Called by the page once the record is loaded. */
    public void load() {
        if (loaded || record.getParticipant() == null || record.getParticipant().isNew()) {
            return;
        }
        loaded = true;
        if (record.getOpenEpisode() == null) {
            draft.setAdmissionDate(record.getToday());
            refreshChoices();
        } else {
            dischargeDate = record.getToday();
        }
    }

    /** The staff of the site with their clearance to counsel on the admission day (again when the day changes). */
    public void refreshChoices() {
        clinicianChoices = draft.getAdmissionDate() == null ? List.of()
                : clearances.choices(record.getSiteId(), ClinicalService.INDIVIDUAL_COUNSELLING, draft.getAdmissionDate());
    }

    public String choiceLabel(StaffChoice choice) {
        return choice.name() + " · " + choice.clearance().reasons().stream()
                .map(r -> messages.text(r.key(), r.arguments())).collect(Collectors.joining(" "));
    }

    public String admit() {
        boolean ok = actions.attemptOnce("admit", () -> participants.admit(record.getId(), draft, clinicianId));
        return ok ? record.reload("episode.admitted") : null;
    }

    public String discharge() {
        Episode open = record.getOpenEpisode();
        boolean ok = actions.attempt("discharge", () -> participants.discharge(open.getId(), open.getVersion(), dischargeDate,
                dischargeReason));
        return ok ? record.reload("episode.discharged") : null;
    }

    public Episode getDraft() {
        return draft;
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
