package org.iopmanager.aftercare.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iopmanager.aftercare.entity.DisclosureCategory.ATTENDANCE_SUMMARY;
import static org.iopmanager.aftercare.entity.DisclosureCategory.DEMOGRAPHICS;
import static org.iopmanager.aftercare.entity.DisclosureCategory.MEASURES;
import static org.iopmanager.aftercare.entity.DisclosureCategory.MEDICATIONS;
import static org.iopmanager.aftercare.entity.DisclosureCategory.TREATMENT_PLAN_SUMMARY;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.iopmanager.aftercare.entity.CoveredEntity;
import org.iopmanager.aftercare.entity.DisclosureCategory;
import org.iopmanager.aftercare.entity.Referral;
import org.iopmanager.aftercare.entity.ResourceService;
import org.iopmanager.aftercare.entity.ResourceType;
import org.iopmanager.participant.entity.AsamDimension;
import org.iopmanager.participant.entity.Episode;
import org.iopmanager.participant.entity.Focus;
import org.iopmanager.participant.entity.LevelOfCare;
import org.iopmanager.participant.entity.Participant;
import org.iopmanager.participant.entity.Track;
import org.iopmanager.site.entity.Site;
import org.iopmanager.testsupport.PdfText;

class ReferralPdfTest {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.iopmanager.i18n.messages", Locale.ENGLISH);
    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final Instant NOW = Instant.parse("2026-03-10T15:00:00Z");

    private static final ReferralRecord RECORD = new ReferralRecord(
            new ReferralRecord.PlanSummary(3, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 3, 4), 600, 540, List.of(
                    new ReferralRecord.Problem(AsamDimension.D5, "Relapse risk when returning to the old neighbourhood",
                            List.of("Keep a relapse prevention plan", "Name three people to call")),
                    new ReferralRecord.Problem(AsamDimension.D6, "No stable housing after discharge", List.of()))),
            new ReferralRecord.AttendanceSummary(14, 2, 1, 1530, LocalDate.of(2026, 1, 12), LocalDate.of(2026, 3, 6)),
            List.of(new ReferralRecord.MeasureLine("PHQ-9 depression", LocalDate.of(2026, 3, 2), "17", "Moderately severe"),
                    new ReferralRecord.MeasureLine("BAM", LocalDate.of(2026, 2, 20), "Use 3 · Risk 7", null)));

    @Test
    void eachAllowedCategoryShowsItsContentFromTheRecord() throws Exception {
        String text = text(render(EnumSet.of(DEMOGRAPHICS, TREATMENT_PLAN_SUMMARY, ATTENDANCE_SUMMARY, MEASURES, MEDICATIONS),
                RECORD));
        assertThat(text).contains("Referral summary for Hope House").contains("Robin Aftercare, born 1990-02-03");
        assertThat(text).contains("Treatment plan version 3, signed 2026-02-02; next review due 2026-03-04.")
                .contains("Planned 10 h a week; ASAM 2.1 Intensive outpatient asks at least 9 h a week.")
                .contains("Problem (D5): Relapse risk when returning to the old neighbourhood")
                .contains("Goal: Keep a relapse prevention plan").contains("Goal: Name three people to call")
                .contains("Problem (D6): No stable housing after discharge");
        assertThat(text).contains("14 of 17 recorded sessions attended (2 absent, 1 excused), 25.5 h attended; "
                + "first attended 2026-01-12, last attended 2026-03-06.");
        assertThat(text).contains("PHQ-9 depression, 2026-03-02: 17 (Moderately severe)").contains("BAM, 2026-02-20: Use 3 · Risk 7");
        assertThat(text).contains("IOP Manager keeps no medication list").contains("prescriber’s current medication list");
        assertThat(text).doesNotContain("attached by the clinician where needed");
    }

    @Test
    void aCategoryNotAllowedLeavesItsContentOutEvenWhenTheRecordHoldsIt() throws Exception {
        String text = text(render(EnumSet.of(DEMOGRAPHICS, ATTENDANCE_SUMMARY), RECORD));
        assertThat(text).contains("14 of 17 recorded sessions attended");
        assertThat(text).as("measures not allowed").doesNotContain("PHQ-9").doesNotContain("Moderately severe")
                .doesNotContain("Use 3");
        assertThat(text).as("plan not allowed").doesNotContain("Treatment plan version").doesNotContain("Relapse risk")
                .doesNotContain("Treatment plan summary");
        assertThat(text).as("medications not allowed").doesNotContain("medication list");
        assertThat(text).as("the SUD treatment category is not allowed").doesNotContain("Intensive outpatient treatment since");
    }

    @Test
    void anAllowedPartTheRecordLacksSaysSo() throws Exception {
        String text = text(render(EnumSet.of(TREATMENT_PLAN_SUMMARY, ATTENDANCE_SUMMARY, MEASURES),
                new ReferralRecord(null, new ReferralRecord.AttendanceSummary(0, 0, 0, 0, null, null), List.of())));
        assertThat(text).contains("No signed treatment plan on record for this episode.")
                .contains("No attendance recorded for this episode.").contains("No measure results recorded for this episode.");
    }

    @Test
    void aLongProblemIsCutToASummary() throws Exception {
        String longStatement = "Word ".repeat(100).strip();
        ReferralRecord record = new ReferralRecord(new ReferralRecord.PlanSummary(1, LocalDate.of(2026, 2, 2), null, 0, 540,
                List.of(new ReferralRecord.Problem(AsamDimension.D1, longStatement, List.of()))), null, List.of());
        String text = text(render(EnumSet.of(TREATMENT_PLAN_SUMMARY), record));
        assertThat(text).contains("next review due —").contains("…").doesNotContain(longStatement);
    }

    private static byte[] render(Set<DisclosureCategory> allowed, ReferralRecord record) {
        Site site = new Site("BOS", "Boston North", ZONE);
        Participant participant = new Participant(site, NOW);
        participant.setFirstName("Robin");
        participant.setLastName("Aftercare");
        participant.setDateOfBirth(LocalDate.of(1990, 2, 3));
        Episode episode = new Episode(participant);
        episode.setAdmissionDate(LocalDate.of(2026, 1, 10));
        episode.setLevelOfCare(LevelOfCare.ASAM_2_1);
        episode.setTrack(Track.ADULT_IOP);
        episode.setFocus(Focus.SUBSTANCE_USE);
        ResourceService service = new ResourceService("Hope House", "Hope Inc", ResourceType.SOBER_LIVING,
                CoveredEntity.NOT_COVERED);
        Referral referral = new Referral(episode, service, "clinician", NOW);
        referral.setReason("Recovery housing");
        referral.setCategories(allowed);
        return new ReferralPdf(BUNDLE, ZONE).render(referral, allowed, record, "Consent statement", site.getName(), NOW);
    }

    /** The PDF's text with line breaks and runs of blanks as one space (table cells wrap). */
    private static String text(byte[] pdf) throws Exception {
        return PdfText.of(pdf).replaceAll("\\s+", " ");
    }
}
