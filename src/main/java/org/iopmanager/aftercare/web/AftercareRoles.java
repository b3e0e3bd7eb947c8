package org.iopmanager.aftercare.web;

import java.io.Serializable;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.security.control.CurrentUser;
import org.iopmanager.security.entity.Role;

/** What the aftercare pages offer the caller's role; the facades check access themselves. */
@Named("aftercareRoles")
@RequestScoped
public class AftercareRoles implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    /** Makes and moves referrals, records consents, follow-up attempts, outcomes and alumni meetings (auditors only read). */
    public boolean isEditor() {
        Role role = currentUser.scope().role();
        return role == Role.ADMIN || role == Role.SITE_ADMIN || role == Role.CLINICIAN;
    }

    /** Edits the resource directory. */
    public boolean isDirectoryEditor() {
        Role role = currentUser.scope().role();
        return role == Role.ADMIN || role == Role.SITE_ADMIN;
    }

    /** Sees the rates dashboard. */
    public boolean isRates() {
        Role role = currentUser.scope().role();
        return role == Role.ADMIN || role == Role.SITE_ADMIN || role == Role.AUDITOR;
    }
}
