package org.iopmanager.participant.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.security.control.CurrentUser;
import org.iopmanager.security.entity.Role;

/** What the participant pages offer the signed-in role: only what to show; the services check access themselves. */
@Named("participantAccess")
@RequestScoped
public class ParticipantAccess {

    @Inject
    CurrentUser currentUser;

    /** Clinical roles keep records, admit, assess and measure; auditors read only. */
    public boolean isEditor() {
        Role role = currentUser.scope().role();
        return role == Role.ADMIN || role == Role.SITE_ADMIN || role == Role.CLINICIAN;
    }
}
