package org.iopmanager.aftercare.control;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import java.util.Set;

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

import org.iopmanager.aftercare.entity.DisclosureCategory;
import org.iopmanager.aftercare.entity.Referral;
import org.iopmanager.aftercare.entity.ResourceService;
import org.iopmanager.participant.entity.Episode;
import org.iopmanager.participant.entity.Participant;

/**
 * The referral summary for the receiving service: only the categories the consent allows (minimum necessary), each
 * from what the record holds, then the prohibition on redisclosure (42 CFR §2.32, 2024 wording) and the statement of
 * the consent. Categories the record does not hold in a printable form (medications, the plan, attendance, measures)
 * are named as allowed but left for the clinician to attach. Times in the site's zone.
 */
public final class ReferralPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
    private static final Font SECTION = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private static final Font HEAD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 7, Color.DARK_GRAY);
    private static final Color SHADE = new Color(0xEE, 0xF1, 0xF4);

    private final ResourceBundle bundle;
    private final DateTimeFormatter when;

    public ReferralPdf(ResourceBundle bundle, ZoneId zone) {
        this.bundle = bundle;
        this.when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm '('VV')'").withZone(zone);
    }

    public byte[] render(Referral referral, Set<DisclosureCategory> allowed, String consentStatement, String siteName,
            Instant generatedAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 40);
        PdfWriter.getInstance(document, out);
        ResourceService service = referral.getService();
        Episode episode = referral.getEpisode();
        Participant participant = episode.getParticipant();
        document.addTitle(text("aftercare.pdf.title", service.getName()));
        HeaderFooter footer = new HeaderFooter(new Phrase(text("aftercare.pdf.footer", siteName, when.format(generatedAt))
                + " · 42 CFR part 2 prohibits unauthorized use or disclosure of these records. ", SMALL), true);
        footer.setBorder(Rectangle.TOP);
        document.setFooter(footer);
        document.open();
        document.add(new Paragraph(text("aftercare.pdf.title", service.getName()), TITLE));
        PdfPTable head = table();
        pair(head, "aftercare.pdf.recipient", service.recipientName() + " · " + text("CoveredEntity." + service.getCoveredEntity()));
        pair(head, "aftercare.pdf.from", siteName);
        pair(head, "aftercare.pdf.reason", referral.getReason());
        pair(head, "aftercare.pdf.sent", referral.getSentAt() == null ? null : when.format(referral.getSentAt()));
        document.add(head);
        section(document, "aftercare.pdf.information");
        PdfPTable info = table();
        for (DisclosureCategory category : allowed) {
            pair(info, "DisclosureCategory." + category.name(), content(category, participant, episode));
        }
        document.add(info);
        if (referral.isSudInformation()) {
            section(document, "aftercare.notice.title");
            document.add(new Paragraph(text("aftercare.notice.part2"), BODY));
        }
        section(document, "aftercare.pdf.consent");
        document.add(new Paragraph(consentStatement, BODY));
        document.close();
        return out.toByteArray();
    }

    private String content(DisclosureCategory category, Participant p, Episode e) {
        return switch (category) {
            case DEMOGRAPHICS -> text("aftercare.pdf.demographics", p.getFirstName() + " " + p.getLastName(),
                    String.valueOf(p.getDateOfBirth()), p.getPhone() == null ? "—" : p.getPhone());
            case SUD_TREATMENT -> text("aftercare.pdf.treatment", String.valueOf(e.getAdmissionDate()),
                    text("LevelOfCare." + e.getLevelOfCare()), text("Track." + e.getTrack()));
            case DIAGNOSIS -> text("aftercare.pdf.focus", text("Focus." + e.getFocus()));
            case DISCHARGE_SUMMARY -> e.getDischargeDate() == null ? text("aftercare.pdf.notDischarged")
                    : text("aftercare.pdf.discharge", String.valueOf(e.getDischargeDate()),
                            text("DischargeReason." + e.getDischargeReason()));
            default -> text("aftercare.pdf.attached");
        };
    }

    private void section(Document document, String key) {
        Paragraph title = new Paragraph(text(key), SECTION);
        title.setSpacingBefore(12);
        title.setSpacingAfter(4);
        document.add(title);
    }

    private static PdfPTable table() {
        PdfPTable table = new PdfPTable(new float[] {1.4f, 3f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        return table;
    }

    private void pair(PdfPTable table, String labelKey, String value) {
        PdfPCell label = new PdfPCell(new Phrase(text(labelKey), HEAD));
        label.setBackgroundColor(SHADE);
        table.addCell(label);
        table.addCell(new PdfPCell(new Phrase(value == null || value.isEmpty() ? "—" : value, BODY)));
    }

    private String text(String key, Object... arguments) {
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }
}
