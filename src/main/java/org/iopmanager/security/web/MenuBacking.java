package org.iopmanager.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.platform.web.Messages;
import org.iopmanager.security.control.CurrentUser;
import org.iopmanager.security.entity.Role;

/**
 * What the menu offers the signed-in user's role (as the services see it). Only what to show: each page and
 * service checks access itself.
 */
@Named("menu")
@RequestScoped
public class MenuBacking {

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    public boolean isUsers() {
        return getRole() == Role.ADMIN;
    }

    public boolean isAudit() {
        return getRole() == Role.ADMIN || getRole() == Role.AUDITOR;
    }

    public boolean isSites() {
        return getRole() != null;
    }

    /** Reads accreditation records and the readiness matrix. */
    public boolean isAccreditation() {
        return getRole() == Role.ADMIN || getRole() == Role.SITE_ADMIN || getRole() == Role.AUDITOR;
    }

    /** Reads staff reports: expiring credentials, the credentialing due lists, credential files (not clinicians). */
    public boolean isStaffReports() {
        return getRole() != null && getRole() != Role.CLINICIAN;
    }

    /** Edits site details and accreditation records (of their sites). */
    public boolean isSiteEditor() {
        return getRole() == Role.ADMIN || getRole() == Role.SITE_ADMIN;
    }

    /** Reads the exclusion screening page (list versions, review queue). */
    public boolean isScreening() {
        return getRole() == Role.ADMIN || getRole() == Role.CREDENTIALING || getRole() == Role.AUDITOR;
    }

    /** Imports exclusion lists, screens staff and reviews matches. */
    public boolean isScreeningEditor() {
        return getRole() == Role.ADMIN || getRole() == Role.CREDENTIALING;
    }

    /** Reads staff files and the credentialing lists (site administrators: staff of their sites). */
    public boolean isStaff() {
        return getRole() == Role.ADMIN || getRole() == Role.CREDENTIALING || getRole() == Role.SITE_ADMIN
                || getRole() == Role.AUDITOR;
    }

    /** Keeps staff, credentials, verifications and decisions: the credentialing office and provider administrators. */
    public boolean isCredentialingEditor() {
        return getRole() == Role.ADMIN || getRole() == Role.CREDENTIALING;
    }

    /** Adds and deactivates sites, manages users. */
    /** Participant records, plans and sessions: the clinical roles of a site and auditors, never the credentialing office. */
    public boolean isClinical() {
        return getRole() != null && getRole().seesParticipants();
    }

    /** Care standards of a site (weekly minimums, plan due days): provider and site administrators. */
    public boolean isCareStandards() {
        return getRole() == Role.ADMIN || getRole() == Role.SITE_ADMIN;
    }

    public boolean isAdmin() {
        return getRole() == Role.ADMIN;
    }

    public String getUsername() {
        return currentUser.username();
    }

    public Role getRole() {
        return currentUser.scope().role();
    }

    public String getRoleLabel() {
        return getRole() == null ? "" : messages.text("Role." + getRole().name());
    }
}
