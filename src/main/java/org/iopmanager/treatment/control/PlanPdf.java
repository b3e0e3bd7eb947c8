package org.iopmanager.treatment.control;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;

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

import org.iopmanager.participant.entity.Participant;
import org.iopmanager.treatment.entity.PlanGoal;
import org.iopmanager.treatment.entity.PlanIntervention;
import org.iopmanager.treatment.entity.PlanObjective;
import org.iopmanager.treatment.entity.PlanProblem;
import org.iopmanager.treatment.entity.TreatmentPlan;

/**
 * A plan version on paper for the participant: their goals in their own words first, then each objective with its
 * measure and target date and what the programme does for it, who is responsible, the weekly hours, and the
 * signatures. Labels from the application bundle, in the style of the credential file.
 */
public final class PlanPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
    private static final Font SECTION = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private static final Font HEAD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 7, Color.DARK_GRAY);
    private static final Color SHADE = new Color(0xEE, 0xF1, 0xF4);

    private final ResourceBundle bundle;
    private final DateTimeFormatter when;

    /** @param zone the plan's site's zone, in which signature and printing times show (with the zone's name) */
    public PlanPdf(ResourceBundle bundle, ZoneId zone) {
        this.bundle = bundle;
        this.when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm '('VV')'").withZone(zone);
    }

    public byte[] render(TreatmentPlan plan, WeeklyHours hours, Instant generatedAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 40);
        PdfWriter.getInstance(document, out);
        Participant participant = plan.getEpisode().getParticipant();
        String name = participant.getFirstName() + " " + participant.getLastName();
        document.addTitle(text("plan.pdf.title", name));
        HeaderFooter footer = new HeaderFooter(new Phrase(text("plan.pdf.footer", name, plan.getVersionNumber(),
                when.format(generatedAt)) + " ", SMALL), true);
        footer.setBorder(Rectangle.TOP);
        document.setFooter(footer);
        document.open();
        document.add(new Paragraph(text("plan.pdf.title", name), TITLE));
        PdfPTable head = new PdfPTable(new float[] {1.4f, 3f});
        head.setWidthPercentage(100);
        head.setSpacingBefore(8);
        pair(head, "plan.version", text("plan.versionOf", plan.getVersionNumber(), text("PlanStatus." + plan.getStatus().name())));
        pair(head, "plan.effectiveDate", str(plan.getEffectiveDate()));
        pair(head, "plan.reviewDue", str(plan.getReviewDue()));
        pair(head, "plan.strengths", plan.getStrengths());
        pair(head, "plan.preferences", plan.getPreferences());
        pair(head, "plan.dischargeCriteria", plan.getDischargeCriteria());
        pair(head, "plan.hours", text("plan.hours.summary", hours.getPlannedHours(), hours.getMinimumHours()));
        document.add(head);
        int p = 0;
        for (PlanProblem problem : plan.getProblems()) {
            Paragraph title = new Paragraph(text("plan.path.P", ++p) + " · " + text("plan.dimension." + problem.getDimension().name())
                    + ": " + problem.getStatement(), SECTION);
            title.setSpacingBefore(12);
            document.add(title);
            for (PlanGoal goal : problem.getGoals()) {
                document.add(new Paragraph(text("plan.pdf.goal", goal.getOwnWords() == null ? goal.getStatement()
                        : goal.getOwnWords(), goal.getStatement()), BODY));
                PdfPTable table = new PdfPTable(new float[] {3f, 2f, 1.2f, 3.2f});
                table.setWidthPercentage(100);
                table.setSpacingBefore(4);
                for (String key : new String[] {"plan.objective", "plan.measure", "plan.targetDate", "plan.interventions"}) {
                    PdfPCell cell = new PdfPCell(new Phrase(text(key), HEAD));
                    cell.setBackgroundColor(SHADE);
                    table.addCell(cell);
                }
                for (PlanObjective objective : goal.getObjectives()) {
                    StringBuilder done = new StringBuilder();
                    for (PlanIntervention i : objective.getInterventions()) {
                        done.append(text("plan.pdf.intervention", text("Modality." + i.getModality().name()),
                                i.getSessionsPerWeek(), i.getMinutesPerSession(), i.getResponsibleStaff().getFullName())).append('\n');
                    }
                    cells(table, objective.getText(), objective.getMeasure(), str(objective.getTargetDate()), done.toString().strip());
                }
                if (!goal.getObjectives().isEmpty()) {
                    document.add(table);
                }
            }
        }
        signatures(document, plan);
        document.close();
        return out.toByteArray();
    }

    private void signatures(Document document, TreatmentPlan plan) {
        Paragraph title = new Paragraph(text("plan.signatures"), SECTION);
        title.setSpacingBefore(14);
        document.add(title);
        PdfPTable table = new PdfPTable(new float[] {1.4f, 3f});
        table.setWidthPercentage(100);
        pair(table, "SignatureRole.PARTICIPANT", signed(plan.getParticipantSignedAt(), plan.getGuardianName() == null ? null
                : text("plan.guardian.named", plan.getGuardianName())));
        pair(table, "SignatureRole.CLINICIAN", signed(plan.getClinicianSignedAt(), plan.getClinicianStaff() == null ? null
                : plan.getClinicianStaff().getFullName()));
        if (plan.isSupervisorRequired()) {
            pair(table, "SignatureRole.SUPERVISOR", signed(plan.getSupervisorSignedAt(), plan.getSupervisorStaff() == null
                    ? null : plan.getSupervisorStaff().getFullName()));
        }
        document.add(table);
    }

    private String signed(Instant at, String who) {
        if (at == null) {
            return text("plan.notSigned");
        }
        return (who == null ? "" : who + " · ") + when.format(at);
    }

    private void pair(PdfPTable table, String labelKey, String value) {
        PdfPCell label = new PdfPCell(new Phrase(text(labelKey), HEAD));
        label.setBackgroundColor(SHADE);
        table.addCell(label);
        table.addCell(new PdfPCell(new Phrase(value == null || value.isEmpty() ? "—" : value, BODY)));
    }

    private static void cells(PdfPTable table, String... values) {
        for (String value : values) {
            table.addCell(new PdfPCell(new Phrase(value == null ? "" : value, BODY)));
        }
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    private String text(String key, Object... arguments) {
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }
}
