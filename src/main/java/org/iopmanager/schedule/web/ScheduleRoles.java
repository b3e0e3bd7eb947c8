package org.iopmanager.schedule.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.security.control.CurrentUser;
import org.iopmanager.security.entity.Role;

/** What the schedule pages offer the caller's role; the services check access themselves. */
@Named("scheduleRoles")
@RequestScoped
public class ScheduleRoles {

    @Inject
    CurrentUser currentUser;

    /** Plans sessions, enrols participants and records attendance (auditors only read). */
    public boolean isEditor() {
        Role role = currentUser.scope().role();
        return role == Role.ADMIN || role == Role.SITE_ADMIN || role == Role.CLINICIAN;
    }
}
