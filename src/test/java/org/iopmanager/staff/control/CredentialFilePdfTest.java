package org.iopmanager.staff.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.junit.jupiter.api.Test;

import org.iopmanager.site.entity.Site;
import org.iopmanager.staff.entity.Credential;
import org.iopmanager.staff.entity.CredentialKind;
import org.iopmanager.staff.entity.CredentialType;
import org.iopmanager.staff.entity.CredentialingDecision;
import org.iopmanager.staff.entity.DecisionKind;
import org.iopmanager.staff.entity.DecisionOutcome;
import org.iopmanager.staff.entity.Discipline;
import org.iopmanager.staff.entity.StaffMember;
import org.iopmanager.staff.entity.Verification;
import org.iopmanager.staff.entity.VerificationMethod;
import org.iopmanager.staff.entity.VerificationOutcome;
import org.iopmanager.staff.entity.VerificationSource;

class CredentialFilePdfTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Instant NOW = Instant.parse("2026-03-10T15:00:00Z");
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.iopmanager.i18n.messages", Locale.ENGLISH);

    @Test
    void theFileHasTheHeaderCredentialsVerificationsDecisionsAndScreenings() throws Exception {
        StaffMember staff = staff();
        Credential licence = credential(staff, "LCSW", CredentialKind.STATE_LICENCE, "LC-4711", TODAY.plusDays(45));
        Verification verification = new Verification(licence, "cred.office", NOW);
        verification.setSource(VerificationSource.ISSUING_BOARD);
        verification.setMethod(VerificationMethod.ONLINE_LOOKUP);
        verification.setVerifiedOn(TODAY.minusDays(3));
        verification.setOutcome(VerificationOutcome.VERIFIED);
        verification.setReference("MA-BOARD-REF-99");
        licence.verified(verification);
        Credential cpr = credential(staff, "BLS", CredentialKind.CPR_FIRST_AID, "CPR-1", TODAY.minusDays(1));
        CredentialingDecision decision = new CredentialingDecision(staff, DecisionKind.INITIAL, "cred.lead", NOW);
        decision.setOutcome(DecisionOutcome.CONDITIONAL);
        decision.setDecidedOn(LocalDate.of(2025, 6, 1));
        decision.setRecredentialDue(LocalDate.of(2028, 6, 1));
        decision.setConditions("Quarterly chart review");
        staff.setLatestDecision(decision);
        ScreeningLine screening = new ScreeningLine(TODAY.minusDays(5), "OIG LEIE 2026-03", "No match", "cred.office", null);

        byte[] pdf = new CredentialFilePdf(CredentialStatusRule.DEFAULT, BUNDLE).render(new CredentialFile(staff,
                List.of(licence, cpr), List.of(verification), List.of(decision), List.of(screening), TODAY, NOW, "auditor1"));

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("Credential file: Dana Q Whitfield").contains("1234567893")
                .contains("Licensed clinical social worker").contains("Harbor North").contains("Harbor Loop")
                .contains("Credentialed").contains("2028-06-01").contains("auditor1");
        assertThat(text).contains("LC-4711").contains("Expiring").contains(TODAY.plusDays(45).toString())
                .contains("CPR-1").contains("Expired");
        assertThat(text).contains("Issuing board").contains("Online look-up").contains("MA-BOARD-REF-99").contains("cred.office");
        assertThat(text).contains("Initial credentialing").contains("Conditional").contains("Quarterly chart review")
                .contains("Not yet notified");
        assertThat(text).contains("Exclusion screenings").contains("OIG LEIE 2026-03").contains("No match");
    }

    @Test
    void emptySectionsSayNoneOnRecordAndAnUndecidedStaffMemberIsPending() throws Exception {
        StaffMember staff = staff();
        byte[] pdf = new CredentialFilePdf(CredentialStatusRule.DEFAULT, BUNDLE).render(new CredentialFile(staff,
                List.of(), List.of(), List.of(), List.of(), TODAY, NOW, "admin"));
        String text = text(pdf);
        assertThat(text).contains("Pending");
        assertThat(text.split("None on record\\.", -1)).hasSize(5);
    }

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder all = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(extractor.getTextFromPage(page)).append('\n');
        }
        return all.toString();
    }

    private static StaffMember staff() {
        StaffMember draft = new StaffMember();
        draft.setFirstName("Dana");
        draft.setMiddleName("Q");
        draft.setLastName("Whitfield");
        draft.setNpi("1234567893");
        draft.setDateOfBirth(LocalDate.of(1980, 1, 2));
        draft.setEmploymentStart(LocalDate.of(2020, 1, 6));
        StaffMember staff = new StaffMember(NOW);
        staff.copyDetailsFrom(draft);
        Discipline discipline = new Discipline();
        discipline.setName("Licensed clinical social worker");
        staff.setDiscipline(discipline);
        Site home = new Site("HN", "Harbor North", ZoneId.of("America/New_York"));
        staff.setHomeSite(home);
        staff.setSites(Set.of(home, new Site("HL", "Harbor Loop", ZoneId.of("America/Chicago"))));
        return staff;
    }

    private static Credential credential(StaffMember staff, String code, CredentialKind kind, String number, LocalDate expiry) {
        CredentialType type = new CredentialType();
        type.setCode(code);
        type.setKind(kind);
        Credential draft = new Credential();
        draft.setType(type);
        draft.setNumber(number);
        draft.setIssuer("Board of " + code);
        draft.setState("MA");
        draft.setExpiryDate(expiry);
        Credential credential = new Credential(staff, NOW);
        credential.copyDetailsFrom(draft);
        return credential;
    }
}
