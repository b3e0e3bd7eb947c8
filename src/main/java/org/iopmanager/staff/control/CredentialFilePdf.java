package org.iopmanager.staff.control;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.iopmanager.site.entity.Site;
import org.iopmanager.staff.entity.Credential;
import org.iopmanager.staff.entity.CredentialingDecision;
import org.iopmanager.staff.entity.StaffMember;
import org.iopmanager.staff.entity.Verification;

/**
 * A staff member's credential file as a printable PDF: who they are and where they stand in the credentialing
 * cycle, then every credential with its derived status, every primary-source verification, every decision
 * and every exclusion screening. What a surveyor asks to see for a practitioner, on paper, in one file.
 * Labels come from the application bundle; statuses are derived on the file's day, never stored.
 */
public final class CredentialFilePdf {

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
    private static final Font SECTION = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private static final Font HEAD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 8);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 7, Color.DARK_GRAY);
    private static final Color SHADE = new Color(0xEE, 0xF1, 0xF4);

    private final CredentialStatusRule rule;
    private final ResourceBundle bundle;

    public CredentialFilePdf(CredentialStatusRule rule, ResourceBundle bundle) {
        this.rule = rule;
        this.bundle = bundle;
    }

    public byte[] render(CredentialFile file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 36);
        PdfWriter.getInstance(document, out);
        StaffMember staff = file.staff();
        document.addTitle(text("credentialFile.title", staff.getFullName()));
        HeaderFooter footer = new HeaderFooter(new Phrase(text("credentialFile.footer", staff.getFullName(),
                GENERATED.format(file.generatedAt())) + " ", SMALL), true);
        footer.setBorder(Rectangle.TOP);
        document.setFooter(footer);
        document.open();
        document.add(new Paragraph(text("credentialFile.title", staff.getFullName()), TITLE));
        document.add(new Paragraph(text("credentialFile.generated", GENERATED.format(file.generatedAt()),
                file.generatedBy(), file.today()), SMALL));
        header(document, file);
        credentials(document, file);
        verifications(document, file);
        decisions(document, file);
        screenings(document, file);
        document.close();
        return out.toByteArray();
    }

    private void header(Document document, CredentialFile file) {
        StaffMember staff = file.staff();
        PdfPTable table = new PdfPTable(new float[] {1.2f, 3f, 1.2f, 3f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        pair(table, "credentialFile.name", staff.getFullName());
        pair(table, "credentialFile.npi", staff.getNpi());
        pair(table, "credentialFile.discipline", staff.getDiscipline() == null ? null : staff.getDiscipline().getName());
        pair(table, "credentialFile.homeSite", staff.getHomeSite() == null ? null : staff.getHomeSite().getName());
        pair(table, "credentialFile.sites", staff.getSites().stream().map(Site::getName).sorted().collect(Collectors.joining(", ")));
        pair(table, "credentialFile.employment", employment(staff));
        pair(table, "credentialFile.credentialing", text("CredentialingState." + staff.credentialingOn(file.today()).name()));
        pair(table, "credentialFile.recredentialDue", staff.getLatestDecision() == null ? null
                : date(staff.getLatestDecision().getRecredentialDue()));
        pair(table, "credentialFile.excluded", text(staff.isExcluded() ? "app.yes" : "app.no"));
        pair(table, "credentialFile.supervisor", staff.getSupervisor() == null ? null : staff.getSupervisor().getFullName());
        pair(table, "credentialFile.lastScreening", date(staff.getLastScreenedOn()));
        pair(table, "credentialFile.lastLicenceCheck", date(staff.getLastLicenceCheck()));
        document.add(table);
    }

    private String employment(StaffMember staff) {
        String status = staff.getEmploymentStatus() == null ? "" : text("EmploymentStatus." + staff.getEmploymentStatus().name());
        return text("credentialFile.employmentDates", status, date(staff.getEmploymentStart()),
                staff.getEmploymentEnd() == null ? "" : date(staff.getEmploymentEnd()));
    }

    private void credentials(Document document, CredentialFile file) {
        section(document, "credentialFile.credentials");
        PdfPTable table = table(new float[] {2.2f, 1.6f, 2.6f, 1f, 1f, 1.4f}, "credentialFile.type",
                "credentialFile.number", "credentialFile.issuer", "credentialFile.issued", "credentialFile.expires",
                "credentialFile.status");
        for (Credential c : file.credentials()) {
            String status = text("CredentialStatus." + c.statusOn(rule, file.today()).name());
            cells(table, c.getType().getCode() + " · " + text("CredentialKind." + c.getKind().name()), c.getNumber(),
                    c.getState() == null ? c.getIssuer() : c.getIssuer() + " (" + c.getState() + ")", date(c.getIssueDate()),
                    date(c.getExpiryDate()), c.isActive() ? status : status + " · " + text("credentialFile.retired"));
            if (c.getRestrictions() != null) {
                PdfPCell note = new PdfPCell(new Phrase(text("credentialFile.restrictions", c.getRestrictions()), SMALL));
                note.setColspan(6);
                table.addCell(note);
            }
        }
        add(document, table, file.credentials());
    }

    private void verifications(Document document, CredentialFile file) {
        section(document, "credentialFile.verifications");
        PdfPTable table = table(new float[] {1f, 2f, 1.4f, 1.2f, 1.3f, 1.1f, 2f}, "credentialFile.verifiedOn",
                "credentialFile.credential", "credentialFile.source", "credentialFile.method", "credentialFile.outcome",
                "credentialFile.by", "credentialFile.reference");
        for (Verification v : file.verifications()) {
            cells(table, date(v.getVerifiedOn()), v.getCredential().getType().getCode() + " " + v.getCredential().getNumber(),
                    text("VerificationSource." + v.getSource().name()), text("VerificationMethod." + v.getMethod().name()),
                    text("VerificationOutcome." + v.getOutcome().name()), v.getVerifiedBy(), v.getReference());
        }
        add(document, table, file.verifications());
    }

    private void decisions(Document document, CredentialFile file) {
        section(document, "credentialFile.decisions");
        PdfPTable table = table(new float[] {1.5f, 1f, 1f, 1.1f, 3f, 1f, 1.1f}, "credentialFile.decisionKind",
                "credentialFile.outcome", "credentialFile.decidedOn", "credentialFile.by", "credentialFile.conditions",
                "credentialFile.notifiedOn", "credentialFile.recredentialDue");
        for (CredentialingDecision d : file.decisions()) {
            cells(table, text("DecisionKind." + d.getKind().name()), text("DecisionOutcome." + d.getOutcome().name()),
                    date(d.getDecidedOn()), d.getDecidedBy(), d.getConditions(),
                    d.getNotifiedOn() == null ? text("credentialFile.notNotified") : date(d.getNotifiedOn()),
                    date(d.getRecredentialDue()));
        }
        add(document, table, file.decisions());
    }

    private void screenings(Document document, CredentialFile file) {
        section(document, "credentialFile.screenings");
        PdfPTable table = table(new float[] {1f, 2f, 1.6f, 1.2f, 3f}, "credentialFile.screenedOn", "credentialFile.list",
                "credentialFile.result", "credentialFile.by", "credentialFile.note");
        for (ScreeningLine s : file.screenings()) {
            cells(table, date(s.screenedOn()), s.list(), s.result(), s.by(), s.note());
        }
        add(document, table, file.screenings());
    }

    private void section(Document document, String key) {
        Paragraph title = new Paragraph(text(key), SECTION);
        title.setSpacingBefore(12);
        title.setSpacingAfter(4);
        document.add(title);
    }

    private PdfPTable table(float[] widths, String... headerKeys) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key : headerKeys) {
            PdfPCell head = new PdfPCell(new Phrase(text(key), HEAD));
            head.setBackgroundColor(SHADE);
            table.addCell(head);
        }
        return table;
    }

    private static void cells(PdfPTable table, String... values) {
        for (String value : values) {
            table.addCell(new PdfPCell(new Phrase(value == null ? "" : value, BODY)));
        }
    }

    private void add(Document document, PdfPTable table, List<?> rows) {
        if (rows.isEmpty()) {
            document.add(new Paragraph(text("credentialFile.none"), BODY));
        } else {
            document.add(table);
        }
    }

    private void pair(PdfPTable table, String labelKey, String value) {
        PdfPCell label = new PdfPCell(new Phrase(text(labelKey), HEAD));
        label.setBackgroundColor(SHADE);
        table.addCell(label);
        table.addCell(new PdfPCell(new Phrase(value == null || value.isEmpty() ? "—" : value, BODY)));
    }

    private static String date(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    private String text(String key, Object... arguments) {
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
