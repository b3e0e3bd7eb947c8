package org.iopmanager.staff.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.staff.boundary.Credentials;
import org.iopmanager.staff.boundary.StaffMembers;
import org.iopmanager.staff.control.DisciplineChoice;
import org.iopmanager.staff.entity.CredentialKind;
import org.iopmanager.staff.entity.CredentialType;
import org.iopmanager.staff.entity.WorkReason;

/** Choices the staff pages offer (types, disciplines, kinds), loaded once per request. */
@Named("staffChoices")
@RequestScoped
public class StaffChoices {

    @Inject
    Credentials credentials;

    @Inject
    StaffMembers staffMembers;

    private List<CredentialType> types;
    private List<DisciplineChoice> disciplines;

    public List<CredentialType> getCredentialTypes() {
        if (types == null) {
            types = credentials.types();
        }
        return types;
    }

    public List<DisciplineChoice> getDisciplines() {
        if (disciplines == null) {
            disciplines = staffMembers.disciplines();
        }
        return disciplines;
    }

    public CredentialKind[] getKinds() {
        return CredentialKind.values();
    }

    public WorkReason[] getReasons() {
        return WorkReason.values();
    }
}
