package org.iopmanager.aftercare.control;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
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
import org.iopmanager.treatment.control.WeeklyHours;

/**
 * The referral summary for the receiving service: only the categories the consent allows (minimum necessary), each
 * from what the record holds, then the prohibition on redisclosure (42 CFR §2.32, 2024 wording) and the statement of
 * the consent. The plan, the attendance and the measures come from a {@link ReferralRecord} the caller loaded for the
 * allowed categories; it only renders. The record keeps no medication list, so that category says the clinician
 * attaches the prescriber's. Times in the site's zone.
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

    /** A plan's problem or goal is cut to this many characters: a summary, not the plan. */
    static final int STATEMENT_MAX = 160;

    public byte[] render(Referral referral, Set<DisclosureCategory> allowed, ReferralRecord record, String consentStatement,
            String siteName, Instant generatedAt) {
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
            pair(info, "DisclosureCategory." + category.name(), content(category, participant, episode, record));
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

    private String content(DisclosureCategory category, Participant p, Episode e, ReferralRecord record) {
        return switch (category) {
            case DEMOGRAPHICS -> text("aftercare.pdf.demographics", p.getFirstName() + " " + p.getLastName(),
                    String.valueOf(p.getDateOfBirth()), p.getPhone() == null ? "—" : p.getPhone());
            case SUD_TREATMENT -> text("aftercare.pdf.treatment", String.valueOf(e.getAdmissionDate()),
                    text("LevelOfCare." + e.getLevelOfCare()), text("Track." + e.getTrack()));
            case DIAGNOSIS -> text("aftercare.pdf.focus", text("Focus." + e.getFocus()));
            case DISCHARGE_SUMMARY -> e.getDischargeDate() == null ? text("aftercare.pdf.notDischarged")
                    : text("aftercare.pdf.discharge", String.valueOf(e.getDischargeDate()),
                            text("DischargeReason." + e.getDischargeReason()));
            case TREATMENT_PLAN_SUMMARY -> plan(record.plan(), e);
            case ATTENDANCE_SUMMARY -> attendance(record.attendance());
            case MEASURES -> measures(record.measures());
            case MEDICATIONS -> text("aftercare.pdf.medications");
        };
    }

    private String plan(ReferralRecord.PlanSummary plan, Episode e) {
        if (plan == null) {
            return text("aftercare.pdf.plan.none");
        }
        StringBuilder out = new StringBuilder(text("aftercare.pdf.plan.version", plan.versionNumber(),
                String.valueOf(plan.signedOn()), plan.reviewDue() == null ? "—" : String.valueOf(plan.reviewDue())));
        out.append('\n').append(text("aftercare.pdf.plan.hours", WeeklyHours.hours(plan.plannedMinutes()),
                text("LevelOfCare." + e.getLevelOfCare()), WeeklyHours.hours(plan.minimumMinutes())));
        for (ReferralRecord.Problem problem : plan.problems()) {
            out.append('\n').append(text("aftercare.pdf.plan.problem", problem.dimension().name(), cut(problem.statement())));
            for (String goal : problem.goals()) {
                out.append('\n').append(text("aftercare.pdf.plan.goal", cut(goal)));
            }
        }
        return out.toString();
    }

    private String attendance(ReferralRecord.AttendanceSummary a) {
        if (a == null || a.recorded() == 0) {
            return text("aftercare.pdf.attendance.none");
        }
        return text("aftercare.pdf.attendance", a.attended(), a.recorded(), a.absent(), a.excused(),
                WeeklyHours.hours(Math.toIntExact(a.minutes())), a.firstAttended() == null ? "—" : String.valueOf(a.firstAttended()),
                a.lastAttended() == null ? "—" : String.valueOf(a.lastAttended()));
    }

    private String measures(List<ReferralRecord.MeasureLine> measures) {
        if (measures.isEmpty()) {
            return text("aftercare.pdf.measures.none");
        }
        StringBuilder out = new StringBuilder();
        for (ReferralRecord.MeasureLine line : measures) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(text(line.severity() == null ? "aftercare.pdf.measure" : "aftercare.pdf.measure.band",
                    line.instrument(), String.valueOf(line.administeredOn()), line.score(), line.severity()));
        }
        return out.toString();
    }

    private static String cut(String statement) {
        String text = statement == null ? "" : statement.strip();
        return text.length() <= STATEMENT_MAX ? text : text.substring(0, STATEMENT_MAX - 1) + "…";
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
