package org.iopmanager.staff.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.iopmanager.staff.entity.Credential;
import org.iopmanager.staff.entity.CredentialingDecision;
import org.iopmanager.staff.entity.StaffMember;
import org.iopmanager.staff.entity.Verification;

/**
 * Everything a staff member's credential file shows, loaded and scope-checked by the services: the person,
 * credentials, verifications, decisions and screenings, judged on {@code today} (the day at the home site).
 */
public record CredentialFile(StaffMember staff, List<Credential> credentials, List<Verification> verifications,
        List<CredentialingDecision> decisions, List<ScreeningLine> screenings, LocalDate today, Instant generatedAt,
        String generatedBy) {

    public CredentialFile {
        credentials = List.copyOf(credentials);
        verifications = List.copyOf(verifications);
        decisions = List.copyOf(decisions);
        screenings = List.copyOf(screenings);
    }
}
