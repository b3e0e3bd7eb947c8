package org.iopmanager.staff.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.platform.web.Actions;
import org.iopmanager.platform.web.Messages;
import org.iopmanager.staff.boundary.StaffLists;
import org.iopmanager.staff.entity.ClinicalService;
import org.iopmanager.staff.entity.CredentialKind;
import org.iopmanager.staff.entity.CredentialType;
import org.iopmanager.staff.entity.Discipline;
import org.iopmanager.staff.entity.ServiceEligibility;

/** The maintained lists: service-eligibility table, credential types and disciplines. */
@Named("staffSettings")
@ViewScoped
public class StaffSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffLists lists;

    @Inject
    Actions actions;

    @Inject
    Messages messages;

    private List<ServiceEligibility> eligibility;
    private List<CredentialType> types;
    private List<Discipline> disciplines;
    private Long typeId;
    private ClinicalService service;
    private CredentialKind requiresKind;
    private CredentialType typeDraft = new CredentialType();
    private Discipline disciplineDraft = new Discipline();

    public void allow() {
        if (actions.attemptOnce("eligibility", () -> lists.allow(typeId, service, requiresKind))) {
            messages.info("app.saved");
            eligibility = null;
        }
    }

    public void disallow(ServiceEligibility row) {
        if (actions.attempt("eligibility", () -> lists.disallow(row.getId()))) {
            messages.info("app.saved");
            eligibility = null;
        }
    }

    public void addType() {
        if (actions.attemptOnce("types", () -> lists.addType(typeDraft))) {
            messages.info("app.saved");
            typeDraft = new CredentialType();
            types = null;
        }
    }

    public void toggleType(CredentialType type) {
        if (actions.attempt("types", () -> lists.setTypeActive(type.getId(), type.getVersion(), !type.isActive()))) {
            types = null;
        }
    }

    public void addDiscipline() {
        if (actions.attemptOnce("disciplines", () -> lists.addDiscipline(disciplineDraft))) {
            messages.info("app.saved");
            disciplineDraft = new Discipline();
            disciplines = null;
        }
    }

    public void toggleDiscipline(Discipline discipline) {
        if (actions.attempt("disciplines", () -> lists.setDisciplineActive(discipline.getId(), discipline.getVersion(),
                !discipline.isActive()))) {
            disciplines = null;
        }
    }

    public List<ServiceEligibility> getEligibility() {
        if (eligibility == null) {
            eligibility = lists.eligibility();
        }
        return eligibility;
    }

    public List<CredentialType> getTypes() {
        if (types == null) {
            types = lists.allTypes();
        }
        return types;
    }

    public List<Discipline> getDisciplines() {
        if (disciplines == null) {
            disciplines = lists.allDisciplines();
        }
        return disciplines;
    }

    public ClinicalService[] getServices() {
        return ClinicalService.values();
    }

    public CredentialKind[] getKinds() {
        return CredentialKind.values();
    }

    public Long getTypeId() {
        return typeId;
    }

    public void setTypeId(Long typeId) {
        this.typeId = typeId;
    }

    public ClinicalService getService() {
        return service;
    }

    public void setService(ClinicalService service) {
        this.service = service;
    }

    public CredentialKind getRequiresKind() {
        return requiresKind;
    }

    public void setRequiresKind(CredentialKind requiresKind) {
        this.requiresKind = requiresKind;
    }

    public CredentialType getTypeDraft() {
        return typeDraft;
    }

    public Discipline getDisciplineDraft() {
        return disciplineDraft;
    }
}
