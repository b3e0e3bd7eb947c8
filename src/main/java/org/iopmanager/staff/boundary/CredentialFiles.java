package org.iopmanager.staff.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.iopmanager.audit.boundary.AuditLog;
import org.iopmanager.audit.entity.AuditAction;
import org.iopmanager.security.entity.Role;
import org.iopmanager.staff.control.CredentialFile;
import org.iopmanager.staff.control.CredentialFilePdf;
import org.iopmanager.staff.control.CredentialStatusRule;
import org.iopmanager.staff.control.ScreeningLine;
import org.iopmanager.staff.control.StaffScope;
import org.iopmanager.staff.entity.StaffMember;

/**
 * A staff member's whole credential file as a PDF, for whoever may read the staff member (provider-wide
 * readers, and site administrators of a site where they work). Everything is read through the staff services,
 * so their role and scope checks apply: a staff member out of reach answers like a missing one. The file
 * leaves the system, so each download is audited.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.CREDENTIALING_NAME, Role.SITE_ADMIN_NAME, Role.AUDITOR_NAME})
public class CredentialFiles {

    /** The bundle the file's labels come from (the application's one bundle). */
    public static final String BUNDLE = "org.iopmanager.i18n.messages";

    @Inject
    StaffMembers staffMembers;

    @Inject
    Credentials credentials;

    @Inject
    Verifications verifications;

    @Inject
    Credentialing credentialing;

    @Inject
    Exclusions exclusions;

    @Inject
    StaffScope staffScope;

    @Inject
    CredentialStatusRule rule;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    /** A file name and the PDF's bytes. */
    public record Pdf(String fileName, byte[] content) {
    }

    public Pdf pdf(Long staffId, Locale locale) {
        StaffMember staff = staffMembers.find(staffId);
        LocalDate today = credentials.todayFor(staff);
        CredentialFile file = new CredentialFile(staff, credentials.forStaff(staffId), verifications.forStaff(staffId),
                credentialing.decisions(staffId), screenings(staff, locale), today, clock.instant(), staffScope.current().username());
        byte[] content = new CredentialFilePdf(rule, ResourceBundle.getBundle(BUNDLE, locale)).render(file);
        auditLog.record(AuditAction.DOWNLOAD, "StaffMember", staff.getId(), staff.getHomeSite().getId(),
                "Credential file (PDF) downloaded");
        return new Pdf("credential-file-" + staff.getLastName() + "-" + staff.getFirstName() + "-" + today + ".pdf", content);
    }

    private List<ScreeningLine> screenings(StaffMember staff, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        return exclusions.screeningsFor(staff.getId()).stream()
                .map(row -> new ScreeningLine(row.screenedOn(), row.listFile() + " (" + row.listId() + ")",
                        bundle.getString("ScreeningResult." + row.result().name()), null, null))
                .toList();
    }
}
