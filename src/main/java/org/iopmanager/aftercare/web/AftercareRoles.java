package org.iopmanager.aftercare.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.security.control.CurrentUser;
import org.iopmanager.security.entity.Role;

/** What the follow-up pages offer the caller's role; the services check access themselves. */
@Named("aftercareRoles")
@RequestScoped
public class AftercareRoles {

    @Inject
    CurrentUser currentUser;

    /** Records attempts, outcomes and alumni meetings (auditors only read). */
    public boolean isEditor() {
        Role role = currentUser.scope().role();
        return role == Role.ADMIN || role == Role.SITE_ADMIN || role == Role.CLINICIAN;
    }

    /** Sees the rates dashboard. */
    public boolean isRates() {
        Role role = currentUser.scope().role();
        return role == Role.ADMIN || role == Role.SITE_ADMIN || role == Role.AUDITOR;
    }
}
