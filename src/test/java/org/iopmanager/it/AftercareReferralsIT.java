package org.iopmanager.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.iopmanager.aftercare.entity.Disclosure;
import org.iopmanager.audit.entity.AuditEntry;
import org.iopmanager.testsupport.Deployments;
import org.iopmanager.testsupport.Fixture;
import org.iopmanager.testsupport.Json;
import org.iopmanager.testsupport.PdfText;
import org.iopmanager.testsupport.Staffing;
import org.iopmanager.testsupport.TestDb;
import org.iopmanager.testsupport.WebClient;

/**
 * Aftercare referrals in one Payara Micro, through HTTP as real users of each role (the facades check roles and site
 * scope, so the API and the pages answer alike); disclosures and audit lines read in-container. Each test builds its
 * own fixture: two fresh sites, a participant with an episode at site A and directory services used at site A.
 */
@ExtendWith(ArquillianExtension.class)
class AftercareReferralsIT {

    private static final ZoneId SITE_A_ZONE = ZoneId.of("America/New_York");
    private static final String SUD = "[\"DEMOGRAPHICS\",\"SUD_TREATMENT\",\"DISCHARGE_SUMMARY\"]";

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Inject
    TestDb db;

    private record World(Fixture f, WebClient clinician, WebClient admin, long participantId, long episodeId, long soberHouse,
            long prescriber, long staffId) {
    }

    // ---- consent and sending ----

    @Test
    void aSudReferralIsNotSentWithoutConsentThenSentUnderOneWithADisclosureAndItsAuditInTheSameTransaction() throws Exception {
        World w = world();
        JsonObject draft = referral(w, w.soberHouse(), SUD);
        assertThat(draft.getBoolean("sudInformation")).isTrue();
        assertThat(draft.getString("status")).isEqualTo("DRAFT");

        HttpResponse<String> noConsent = step(w.clinician(), draft, "{\"to\":\"SENT\"}");
        assertThat(noConsent.statusCode()).as(noConsent.body()).isEqualTo(422);
        assertThat(noConsent.body()).contains("record the participant’s consent before sending");
        assertThat(disclosuresOf(id(draft))).as("a refused send discloses nothing").isEmpty();
        assertThat(auditOfType(w.f().clinicianA(), "Disclosure")).isEmpty();

        long consent = id(consent(w, w.soberHouse(), "[\"DEMOGRAPHICS\",\"SUD_TREATMENT\",\"DISCHARGE_SUMMARY\"]",
                today().minusDays(2), today().plusMonths(6)));
        JsonObject recorded = ok(step(w.clinician(), draft, "{\"to\":\"CONSENT_RECORDED\",\"consentId\":" + consent + "}"));
        assertThat(recorded.getJsonNumber("consentId").longValue()).isEqualTo(consent);
        JsonObject sent = ok(step(w.clinician(), recorded, "{\"to\":\"SENT\"}"));
        assertThat(sent.getString("status")).isEqualTo("SENT");
        assertThat(sent.containsKey("sentAt")).isTrue();

        List<Disclosure> disclosures = disclosuresOf(id(sent));
        assertThat(disclosures).hasSize(1);
        Disclosure disclosure = disclosures.get(0);
        assertThat(disclosure.getConsent().getId()).isEqualTo(consent);
        assertThat(disclosure.getNoticeVersion()).isEqualTo("42CFR2.32-2024");
        assertThat(disclosure.getConsentStatement()).contains("written consent no. " + consent).contains("Hope House")
                .contains("Substance use disorder treatment");
        assertThat(disclosure.getDisclosedBy()).isEqualTo(w.f().clinicianA());
        List<AuditEntry> audit = audit(w.f().clinicianA(), "Disclosure", disclosure.getId());
        assertThat(audit).extracting(e -> e.getAction().name()).containsExactly("CREATE", "EXPORT");
        assertThat(audit.get(1).getSummary()).contains("under consent " + consent);

        JsonObject accounting = Json.object(w.clinician().getJson("api/disclosures?participant=" + w.participantId()).body());
        assertThat(accounting.getInt("total")).isEqualTo(1);
        assertThat(accounting.getJsonArray("rows").getJsonObject(0).getJsonNumber("consentId").longValue()).isEqualTo(consent);
        HttpResponse<byte[]> csv = w.clinician().getBytes("api/disclosures/accounting?participant=" + w.participantId()
                + "&format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("Hope House (Hope Inc)")
                .contains("written consent no. " + consent);
        assertThat(audit(w.f().clinicianA(), "Participant", w.participantId())).extracting(AuditEntry::getSummary)
                .anySatisfy(s -> assertThat(s).startsWith("Accounting of disclosures printed (CSV"));
    }

    @Test
    void aReferralWithoutSudInformationGoesWithoutConsentAndIsStillLogged() throws Exception {
        World w = world();
        JsonObject draft = referral(w, w.prescriber(), "[\"DEMOGRAPHICS\",\"MEASURES\"]");
        assertThat(draft.getBoolean("sudInformation")).isFalse();
        JsonObject sent = ok(step(w.clinician(), draft, "{\"to\":\"SENT\"}"));
        assertThat(sent.getString("status")).isEqualTo("SENT");
        List<Disclosure> disclosures = disclosuresOf(id(sent));
        assertThat(disclosures).hasSize(1);
        assertThat(disclosures.get(0).getConsent()).isNull();
        assertThat(disclosures.get(0).getConsentStatement()).contains("without a Part 2 consent");
        assertThat(audit(w.f().clinicianA(), "Disclosure", disclosures.get(0).getId())).extracting(e -> e.getAction().name())
                .containsExactly("CREATE", "EXPORT");
    }

    @Test
    void aRevokedConsentBlocksSendingAndReSendingAndAnExpiredOrOtherRecipientsConsentIsNotRecorded() throws Exception {
        World w = world();
        long consent = id(consent(w, w.soberHouse(), SUD, today().minusDays(10), today().plusMonths(3)));
        JsonObject first = referral(w, w.soberHouse(), SUD);
        JsonObject second = referral(w, w.soberHouse(), SUD);
        JsonObject firstSent = ok(step(w.clinician(), ok(step(w.clinician(), first,
                "{\"to\":\"CONSENT_RECORDED\",\"consentId\":" + consent + "}")), "{\"to\":\"SENT\"}"));
        JsonObject secondRecorded = ok(step(w.clinician(), second, "{\"to\":\"CONSENT_RECORDED\",\"consentId\":" + consent + "}"));

        JsonObject consentJson = Json.object(w.clinician().getJson("api/consents/" + consent).body());
        HttpResponse<String> revoked = w.clinician().postJson("api/consents/" + consent + "/revoke", "{\"version\":"
                + version(consentJson) + "}");
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        assertThat(LocalDate.parse(Json.object(revoked.body()).getString("revokedOn"))).isEqualTo(today());

        HttpResponse<String> send = step(w.clinician(), secondRecorded, "{\"to\":\"SENT\"}");
        assertThat(send.statusCode()).isEqualTo(422);
        assertThat(send.body()).contains("revoked");
        HttpResponse<String> resend = step(w.clinician(), firstSent, "{\"to\":\"SENT\"}");
        assertThat(resend.statusCode()).as("a later re-send under it").isEqualTo(422);
        assertThat(resend.body()).contains("revoked");
        assertThat(disclosuresOf(id(first))).as("only the first sending").hasSize(1);
        assertThat(disclosuresOf(id(second))).isEmpty();

        long expired = id(consent(w, w.soberHouse(), SUD, today().minusMonths(6), today().minusDays(1)));
        HttpResponse<String> underExpired = step(w.clinician(), Json.object(w.clinician().getJson("api/referrals/" + id(second))
                .body()), "{\"to\":\"CONSENT_RECORDED\",\"consentId\":" + expired + "}");
        assertThat(underExpired.statusCode()).isEqualTo(422);
        assertThat(underExpired.body()).contains("expired");

        long forPrescriber = id(consent(w, w.prescriber(), SUD, today(), today().plusMonths(1)));
        HttpResponse<String> otherRecipient = step(w.clinician(), Json.object(w.clinician().getJson("api/referrals/"
                + id(second)).body()), "{\"to\":\"CONSENT_RECORDED\",\"consentId\":" + forPrescriber + "}");
        assertThat(otherRecipient.statusCode()).isEqualTo(422);
        assertThat(otherRecipient.body()).contains("does not name this service");

        long narrow = id(consent(w, w.soberHouse(), "[\"DEMOGRAPHICS\"]", today(), today().plusMonths(1)));
        HttpResponse<String> tooMuch = step(w.clinician(), Json.object(w.clinician().getJson("api/referrals/"
                + id(second)).body()), "{\"to\":\"CONSENT_RECORDED\",\"consentId\":" + narrow + "}");
        assertThat(tooMuch.statusCode()).isEqualTo(422);
        assertThat(tooMuch.body()).contains("does not allow all the information");
    }

    @Test
    void aConsentIsRefusedWithFieldMessagesWhenItLacksWhatPart2Requires() throws Exception {
        World w = world();
        HttpResponse<String> refused = w.clinician().postJson("api/consents", "{\"participantId\":" + w.participantId()
                + ",\"purpose\":\"Aftercare\",\"categories\":[],\"signedBy\":\"GUARDIAN\",\"signedOn\":\"" + today().plusDays(1)
                + "\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"serviceId\"").contains("\"field\":\"categories\"")
                .contains("\"field\":\"expiresOn\"").contains("\"field\":\"signedOn\"").contains("\"field\":\"guardianName\"");
    }

    @Test
    void theSummaryPdfCarriesOnlyTheReferralsCategoriesTheNoticeAndTheConsentAndIsRefusedUnsentOrAfterRevocation()
            throws Exception {
        World w = world();
        long consent = id(consent(w, w.soberHouse(), "[\"DEMOGRAPHICS\",\"SUD_TREATMENT\",\"DIAGNOSIS\"]", today(),
                today().plusMonths(2)));
        JsonObject draft = referral(w, w.soberHouse(), "[\"DEMOGRAPHICS\",\"SUD_TREATMENT\"]");
        assertThat(w.clinician().getBytes("aftercare/referral-pdf?id=" + id(draft)).statusCode()).as("not sent").isEqualTo(409);
        JsonObject sent = ok(step(w.clinician(), ok(step(w.clinician(), draft, "{\"to\":\"CONSENT_RECORDED\",\"consentId\":"
                + consent + "}")), "{\"to\":\"SENT\"}"));

        HttpResponse<byte[]> pdf = w.clinician().getBytes("aftercare/referral-pdf?id=" + id(sent));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String text = PdfText.of(pdf.body()).replaceAll("\\s+", " ");
        assertThat(text).contains("Referral summary for Hope House").contains("Robin Aftercare")
                .contains("Intensive outpatient treatment since").contains("42 CFR part 2")
                .contains("prohibit you from making any other use or disclosure").contains("written consent no. " + consent);
        assertThat(text).as("the consent allows the diagnosis, the referral does not disclose it")
                .doesNotContain("Focus of treatment");
        assertThat(audit(w.f().clinicianA(), "Referral", id(sent))).extracting(AuditEntry::getSummary)
                .anySatisfy(s -> assertThat(s).startsWith("Referral summary PDF printed"));

        JsonObject consentJson = Json.object(w.clinician().getJson("api/consents/" + consent).body());
        ok(w.clinician().postJson("api/consents/" + consent + "/revoke", "{\"version\":" + version(consentJson) + "}"));
        assertThat(w.clinician().getBytes("aftercare/referral-pdf?id=" + id(sent)).statusCode()).as("revoked").isEqualTo(409);
        assertThat(signedIn(w.f().credentialing()).getBytes("aftercare/referral-pdf?id=" + id(sent)).statusCode()).isEqualTo(403);
    }

    @Test
    void theSummaryPdfPrintsThePlanAttendanceAndMeasuresFromTheRecordOnlyWhereItsCategoriesAllowThem() throws Exception {
        World w = world(10);
        String goal = "Build a sober network " + w.f().suffix();
        activePlan(w, goal);
        attendance(w);
        ok(w.clinician().postJson("api/participants/measures", measureJson(w.episodeId(), today().minusDays(8), 18)));
        ok(w.clinician().postJson("api/participants/measures", measureJson(w.episodeId(), today().minusDays(1), 11)));

        String planCategories = "[\"TREATMENT_PLAN_SUMMARY\",\"ATTENDANCE_SUMMARY\",\"MEDICATIONS\"]";
        long consent = id(consent(w, w.prescriber(), planCategories, today(), today().plusMonths(2)));
        JsonObject draft = referral(w, w.prescriber(), planCategories);
        JsonObject sent = ok(step(w.clinician(), ok(step(w.clinician(), draft, "{\"to\":\"CONSENT_RECORDED\",\"consentId\":"
                + consent + "}")), "{\"to\":\"SENT\"}"));
        String text = summaryText(w, sent);
        assertThat(text).contains("Treatment plan version 1, signed " + today() + "; next review due " + today().plusDays(30))
                .contains("Planned 10 h a week; ASAM 2.1 Intensive outpatient asks at least")
                .contains("Problem (D5): Lives with people who use").contains("Goal: " + goal);
        assertThat(text).contains("2 of 3 recorded sessions attended (1 absent, 0 excused), 1.75 h attended; first attended "
                + today().minusDays(3) + ", last attended " + today().minusDays(2));
        assertThat(text).contains("IOP Manager keeps no medication list");
        assertThat(text).as("measures and demographics are not disclosed by this referral")
                .doesNotContain("PHQ-9").doesNotContain("Moderately severe").doesNotContain("born 1990-02-03");

        JsonObject measuresOnly = ok(step(w.clinician(), referral(w, w.prescriber(), "[\"MEASURES\"]"), "{\"to\":\"SENT\"}"));
        String measures = summaryText(w, measuresOnly);
        assertThat(measures).contains("Patient Health Questionnaire (PHQ-9), " + today().minusDays(1) + ": 11 (Moderate)")
                .contains("Patient Health Questionnaire (PHQ-9), " + today().minusDays(8) + ": 18 (Moderately severe)");
        assertThat(measures).as("plan and attendance are not disclosed by this referral")
                .doesNotContain(goal).doesNotContain("Treatment plan version").doesNotContain("recorded sessions attended")
                .doesNotContain("medication list");
    }

    @Test
    void thePagesShowThePlanTheAccountingTheDueListAndTheDirectoryAndAnotherSitesPlanIsNotFound() throws Exception {
        World w = world();
        JsonObject sent = ok(step(w.clinician(), referral(w, w.prescriber(), "[\"DEMOGRAPHICS\"]"), "{\"to\":\"SENT\"}"));
        HttpResponse<String> plan = w.clinician().get("aftercare/plan.xhtml?episode=" + w.episodeId());
        assertThat(plan.statusCode()).isEqualTo(200);
        assertThat(plan.body()).contains("Dr Lee MAT").contains("Sent").contains("Record a signed consent");
        HttpResponse<String> accounting = w.clinician().get("aftercare/disclosures.xhtml?participant=" + w.participantId());
        assertThat(accounting.statusCode()).isEqualTo(200);
        assertThat(accounting.body()).contains("Dr Lee MAT (Dr Lee MAT Org)").contains("42CFR2.32-2024");
        HttpResponse<byte[]> pdf = w.clinician().getBytes("aftercare/accounting?id=" + w.participantId() + "&format=pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(PdfText.of(pdf.body())).contains("Accounting of disclosures of Robin Aftercare");
        assertThat(w.clinician().get("aftercare/referrals.xhtml?site=" + w.f().siteA()).statusCode()).isEqualTo(200);
        JsonObject found = Json.object(w.clinician().getJson("api/resource-services?site=" + w.f().siteA()
                + "&text=HOPE%20inc&accepting=true&type=SOBER_LIVING").body());
        assertThat(found.getInt("total")).isEqualTo(1);
        assertThat(found.getJsonArray("rows").getJsonObject(0).getString("name")).isEqualTo("Hope House");
        HttpResponse<String> directory = w.clinician().get("aftercare/directory.xhtml");
        assertThat(directory.statusCode()).isEqualTo(200);
        assertThat(directory.body()).contains("Hope House").doesNotContain("id=\"form:new\"");
        HttpResponse<String> auditorPlan = signedIn(w.f().auditor()).get("aftercare/plan.xhtml?episode=" + w.episodeId());
        assertThat(auditorPlan.statusCode()).isEqualTo(200);
        assertThat(auditorPlan.body()).contains("Dr Lee MAT").doesNotContain("Record a signed consent");
        assertThat(signedIn(w.f().credentialing()).get("aftercare/plan.xhtml?episode=" + w.episodeId()).statusCode())
                .isEqualTo(403);

        LocalDate todayAtB = LocalDate.now(ZoneId.of("America/Los_Angeles"));
        long staffB = Staffing.cleared(signedIn(w.f().credentialing()), w.f(), "PageB", w.f().siteB(), todayAtB, todayAtB);
        long participantB = id(ok(w.admin().postJson("api/participants", participantJson(w.f().siteB(), "PB-" + w.f().suffix()))));
        long episodeB = id(ok(w.admin().postJson("api/participants/" + participantB + "/episodes", admissionJson(todayAtB, staffB))));
        assertThat(w.clinician().get("aftercare/plan.xhtml?episode=" + episodeB).statusCode()).isEqualTo(404);
        assertThat(w.clinician().get("aftercare/disclosures.xhtml?participant=" + participantB).statusCode()).isEqualTo(404);
        assertThat(w.clinician().getBytes("aftercare/accounting?id=" + participantB).statusCode()).isEqualTo(404);
        assertThat(id(sent)).isEqualTo(disclosuresOf(id(sent)).get(0).getReferral().getId());
    }

    @Test
    void aDraftIsEditedOnThePlanPageAtItsLoadedVersionAConflictKeepsTheInputAndABadFieldIsToldAtIt() throws Exception {
        World w = world();
        JsonObject draft = referral(w, w.soberHouse(), "[\"DEMOGRAPHICS\",\"SUD_TREATMENT\"]");
        ok(step(w.clinician(), referral(w, w.prescriber(), "[\"DEMOGRAPHICS\"]"), "{\"to\":\"SENT\"}"));
        String page = "aftercare/plan.xhtml?episode=" + w.episodeId();
        Map<String, String> edited = Map.of("form:serviceId", String.valueOf(w.soberHouse()), "form:reason",
                "Recovery housing near work", "form:categories", "DEMOGRAPHICS");

        HttpResponse<String> editing = w.clinician().submit(page, "form", "form:referrals:0:edit", Map.of());
        assertThat(editing.statusCode()).isEqualTo(200);
        assertThat(editing.body()).contains("Edit the draft referral to Hope House").contains("Continuing care after the IOP</textarea>")
                .contains("id=\"form:save\"").as("a sent referral is not edited").doesNotContain("form:referrals:1:edit");
        ok(w.clinician().putJson("api/referrals/" + id(draft), "{\"version\":" + version(draft) + ",\"serviceId\":"
                + w.soberHouse() + ",\"reason\":\"Changed meanwhile\",\"categories\":[\"DEMOGRAPHICS\",\"SUD_TREATMENT\"]}"));
        HttpResponse<String> conflict = w.clinician().submitFrom(editing, page, "form", "form:save", edited);
        assertThat(conflict.body()).contains(w.f().clinicianA() + " changed this record at")
                .contains("Your changes were not saved; they are still on screen.").contains("Recovery housing near work</textarea>");
        assertThat(Json.object(w.clinician().getJson("api/referrals/" + id(draft)).body()).getString("reason"))
                .isEqualTo("Changed meanwhile");

        HttpResponse<String> again = w.clinician().submit(page, "form", "form:referrals:0:edit", Map.of());
        HttpResponse<String> empty = w.clinician().submitFrom(again, page, "form", "form:save", Map.of("form:serviceId",
                String.valueOf(w.soberHouse()), "form:reason", "", "form:categories", "DEMOGRAPHICS"));
        assertThat(empty.body()).contains("Say what the referral is for (the need).").doesNotContain("Referral saved.");
        HttpResponse<String> saved = w.clinician().submitFrom(empty, page, "form", "form:save", edited);
        assertThat(saved.body()).contains("Referral saved.").contains("Recovery housing near work");
        JsonObject after = Json.object(w.clinician().getJson("api/referrals/" + id(draft)).body());
        assertThat(after.getString("reason")).isEqualTo("Recovery housing near work");
        assertThat(after.getString("status")).isEqualTo("DRAFT");
        assertThat(after.getBoolean("sudInformation")).as("the categories changed too").isFalse();

        assertThat(signedIn(w.f().auditor()).get(page).body()).contains("Recovery housing near work")
                .doesNotContain("form:referrals:0:edit");
    }

    // ---- lifecycle ----

    @Test
    void theWholeLifecycleIsRecordedStepByStepAndAnIllegalMoveOrAStaleVersionIsRefused() throws Exception {
        World w = world();
        JsonObject draft = referral(w, w.prescriber(), "[\"DEMOGRAPHICS\"]");
        HttpResponse<String> illegal = step(w.clinician(), draft, "{\"to\":\"ACCEPTED\"}");
        assertThat(illegal.statusCode()).isEqualTo(409);
        assertThat(illegal.body()).contains("A referral in state DRAFT cannot move to ACCEPTED");

        JsonObject sent = ok(step(w.clinician(), draft, "{\"to\":\"SENT\"}"));
        HttpResponse<String> stale = step(w.clinician(), draft, "{\"to\":\"CLOSED\",\"outcome\":\"CANCELLED\"}");
        assertThat(stale.statusCode()).as("the draft's version is gone").isEqualTo(409);
        assertThat(Json.object(stale.body()).getString("changedBy")).isEqualTo(w.f().clinicianA());

        HttpResponse<String> noDate = step(w.clinician(), ok(step(w.clinician(), sent, "{\"to\":\"ACCEPTED\"}")),
                "{\"to\":\"APPOINTMENT_SCHEDULED\"}");
        assertThat(noDate.statusCode()).isEqualTo(422);
        assertThat(noDate.body()).contains("\"field\":\"date\"");
        JsonObject accepted = Json.object(w.clinician().getJson("api/referrals/" + id(sent)).body());
        JsonObject scheduled = ok(step(w.clinician(), accepted, "{\"to\":\"APPOINTMENT_SCHEDULED\",\"date\":\"" + today() + "\"}"));
        assertThat(scheduled.getString("appointmentDate")).isEqualTo(today().toString());
        JsonObject attended = ok(step(w.clinician(), scheduled, "{\"to\":\"ATTENDED\"}"));
        assertThat(attended.containsKey("firstVisitOn")).as("attended is not yet verified").isFalse();

        HttpResponse<String> future = w.clinician().postJson("api/referrals/" + id(attended) + "/first-visit", "{\"version\":"
                + version(attended) + ",\"firstVisitOn\":\"" + today().plusDays(1) + "\",\"confirmedBy\":\"RECEIVING_SERVICE\"}");
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("\"field\":\"firstVisitOn\"").contains("\"field\":\"method\"");
        JsonObject verified = ok(w.clinician().postJson("api/referrals/" + id(attended) + "/first-visit", "{\"version\":"
                + version(attended) + ",\"firstVisitOn\":\"" + today() + "\",\"confirmedBy\":\"RECEIVING_SERVICE\","
                + "\"method\":\"PHONE\",\"note\":\"Intake nurse confirmed\"}"));
        assertThat(verified.getString("verifiedBy")).isEqualTo(w.f().clinicianA());
        assertThat(verified.getString("status")).as("the status is apart from the verified visit").isEqualTo("ATTENDED");

        HttpResponse<String> noOutcome = step(w.clinician(), verified, "{\"to\":\"CLOSED\"}");
        assertThat(noOutcome.statusCode()).isEqualTo(422);
        JsonObject closed = ok(step(w.clinician(), verified, "{\"to\":\"CLOSED\",\"outcome\":\"CONNECTED\"}"));
        assertThat(closed.getJsonArray("next")).isEmpty();
        assertThat(step(w.clinician(), closed, "{\"to\":\"SENT\"}").statusCode()).isEqualTo(409);

        JsonArray transitions = Json.parse(w.clinician().getJson("api/referrals/" + id(closed) + "/transitions").body())
                .asJsonArray();
        assertThat(transitions.stream().map(t -> t.asJsonObject().getString("to")).toList()).containsExactly("DRAFT", "SENT",
                "ACCEPTED", "APPOINTMENT_SCHEDULED", "ATTENDED", "CLOSED");
        assertThat(transitions.stream().map(t -> t.asJsonObject().getString("by")).distinct().toList())
                .containsExactly(w.f().clinicianA());
        assertThat(transitions.getJsonObject(5).getString("detail")).isEqualTo("CONNECTED");
    }

    @Test
    void aDeclineNeedsAReasonAndTheDueListShowsAPassedAppointment() throws Exception {
        World w = world();
        JsonObject sent = ok(step(w.clinician(), referral(w, w.prescriber(), "[\"DEMOGRAPHICS\"]"), "{\"to\":\"SENT\"}"));
        HttpResponse<String> noReason = step(w.clinician(), sent, "{\"to\":\"DECLINED\"}");
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");
        JsonObject declined = ok(step(w.clinician(), sent, "{\"to\":\"DECLINED\",\"reason\":\"No places until spring\"}"));
        assertThat(declined.getString("declineReason")).isEqualTo("No places until spring");

        JsonObject other = ok(step(w.clinician(), referral(w, w.prescriber(), "[\"DEMOGRAPHICS\"]"), "{\"to\":\"SENT\"}"));
        JsonObject accepted = ok(step(w.clinician(), other, "{\"to\":\"ACCEPTED\"}"));
        JsonObject scheduled = ok(step(w.clinician(), accepted, "{\"to\":\"APPOINTMENT_SCHEDULED\",\"date\":\""
                + today().minusDays(2) + "\"}"));
        JsonObject due = Json.object(w.clinician().getJson("api/referrals/due?site=" + w.f().siteA()).body());
        assertThat(due.getInt("total")).isEqualTo(1);
        assertThat(due.getJsonArray("rows").getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(id(scheduled));
    }

    // ---- scope and roles ----

    @Test
    void anotherSitesReferralIsNotFoundAndAuditedTheOfficeSeesNothingAndTheAuditorOnlyReads() throws Exception {
        World w = world();
        JsonObject mine = referral(w, w.prescriber(), "[\"DEMOGRAPHICS\"]");

        LocalDate todayAtB = LocalDate.now(ZoneId.of("America/Los_Angeles"));
        long staffB = Staffing.cleared(signedIn(w.f().credentialing()), w.f(), "AtB", w.f().siteB(), todayAtB, todayAtB);
        long participantB = id(ok(w.admin().postJson("api/participants", participantJson(w.f().siteB(), "RB-" + w.f().suffix()))));
        long episodeB = id(ok(w.admin().postJson("api/participants/" + participantB + "/episodes", admissionJson(todayAtB, staffB))));
        long serviceB = service(w.admin(), "B house", "SOBER_LIVING", w.f().siteB());
        JsonObject theirs = ok(w.admin().postJson("api/referrals", "{\"episodeId\":" + episodeB + ",\"serviceId\":" + serviceB
                + ",\"reason\":\"Housing\",\"categories\":[\"DEMOGRAPHICS\"]}"));

        assertThat(w.clinician().getJson("api/referrals/" + id(theirs)).statusCode()).isEqualTo(404);
        assertThat(step(w.clinician(), theirs, "{\"to\":\"SENT\"}").statusCode()).isEqualTo(404);
        assertThat(w.clinician().getJson("api/referrals?episode=" + episodeB).statusCode()).isEqualTo(404);
        assertThat(w.clinician().getJson("api/consents?participant=" + participantB).statusCode()).isEqualTo(404);
        assertThat(w.clinician().getJson("api/disclosures?participant=" + participantB).statusCode()).isEqualTo(404);
        assertThat(w.clinician().getJson("api/resource-services/" + serviceB).statusCode()).as("not in my sites' directory")
                .isEqualTo(404);
        assertThat(audit(w.f().clinicianA(), "Referral", id(theirs))).extracting(e -> e.getAction().name())
                .contains("ACCESS_DENIED");
        assertThat(disclosuresOf(id(theirs))).isEmpty();

        WebClient office = signedIn(w.f().credentialing());
        assertThat(office.getJson("api/referrals/" + id(mine)).statusCode()).isEqualTo(403);
        assertThat(office.getJson("api/referrals?episode=" + w.episodeId()).statusCode()).isEqualTo(403);
        assertThat(office.getJson("api/consents?participant=" + w.participantId()).statusCode()).isEqualTo(403);
        assertThat(office.getJson("api/resource-services").statusCode()).isEqualTo(403);

        WebClient auditor = signedIn(w.f().auditor());
        assertThat(auditor.getJson("api/referrals/" + id(mine)).statusCode()).isEqualTo(200);
        assertThat(auditor.getJson("api/referrals/" + id(mine) + "/transitions").statusCode()).isEqualTo(200);
        assertThat(step(auditor, mine, "{\"to\":\"SENT\"}").statusCode()).isEqualTo(403);
        assertThat(auditor.postJson("api/referrals", "{\"episodeId\":" + w.episodeId() + "}").statusCode()).isEqualTo(403);
        assertThat(auditor.postJson("api/consents", "{\"participantId\":" + w.participantId() + "}").statusCode()).isEqualTo(403);
        assertThat(auditor.putJson("api/resource-services/" + w.prescriber(), "{\"version\":0}").statusCode()).isEqualTo(403);
        assertThat(audit(w.f().auditor(), "Referral", id(mine))).extracting(e -> e.getAction().name()).contains("VIEW");

        WebClient siteAdmin = signedIn(w.f().siteAdminA());
        JsonObject shared = Json.object(w.admin().getJson("api/resource-services/" + w.soberHouse()).body());
        HttpResponse<String> onB = siteAdmin.putJson("api/resource-services/" + w.soberHouse(), serviceJson(version(shared),
                "Hope House", "SOBER_LIVING", w.f().siteA() + "," + w.f().siteB()));
        assertThat(onB.statusCode()).as("a site administrator gives a service only to their own sites").isEqualTo(404);
        HttpResponse<String> renamed = siteAdmin.putJson("api/resource-services/" + w.soberHouse(), serviceJson(version(shared),
                "Hope House North", "SOBER_LIVING", String.valueOf(w.f().siteA())));
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        HttpResponse<String> staleEdit = siteAdmin.putJson("api/resource-services/" + w.soberHouse(), serviceJson(version(shared),
                "Hope House South", "SOBER_LIVING", String.valueOf(w.f().siteA())));
        assertThat(staleEdit.statusCode()).isEqualTo(409);
    }

    // ---- completion figures ----

    @Test
    void monthlyCompletionCountsSentReferralsOfTheMonthsDischargesAndTheVerifiedFirstVisits() throws Exception {
        World w = world();
        JsonObject one = ok(step(w.clinician(), referral(w, w.prescriber(), "[\"DEMOGRAPHICS\"]"), "{\"to\":\"SENT\"}"));
        ok(step(w.clinician(), referral(w, w.prescriber(), "[\"MEASURES\"]"), "{\"to\":\"SENT\"}"));
        referral(w, w.prescriber(), "[\"DEMOGRAPHICS\"]");
        ok(w.clinician().postJson("api/referrals/" + id(one) + "/first-visit", "{\"version\":" + version(one)
                + ",\"firstVisitOn\":\"" + today() + "\",\"confirmedBy\":\"PARTICIPANT\",\"method\":\"IN_PERSON\"}"));
        String month = YearMonth.from(today()).toString();
        String query = "api/referrals/completion?site=" + w.f().siteA() + "&from=" + month + "&to=" + month;
        assertThat(Json.parse(w.clinician().getJson(query).body()).asJsonArray()).as("no discharge yet").isEmpty();

        JsonObject episode = Json.parse(w.clinician().getJson("api/participants/" + w.participantId() + "/episodes").body())
                .asJsonArray().getJsonObject(0);
        ok(w.clinician().postJson("api/participants/" + w.participantId() + "/episodes/" + w.episodeId() + "/discharge",
                "{\"version\":" + version(episode) + ",\"dischargeDate\":\"" + today() + "\",\"dischargeReason\":\"COMPLETED\"}"));
        JsonArray figures = Json.parse(w.clinician().getJson(query).body()).asJsonArray();
        assertThat(figures).hasSize(1);
        JsonObject row = figures.getJsonObject(0);
        assertThat(row.getJsonNumber("siteId").longValue()).isEqualTo(w.f().siteA());
        assertThat(row.getString("month")).isEqualTo(month);
        assertThat(row.getInt("referred")).as("sent ones; the draft is not a referral made").isEqualTo(2);
        assertThat(row.getInt("verifiedAttended")).isEqualTo(1);

        JsonArray all = Json.parse(w.admin().getJson("api/referrals/completion?from=" + month + "&to=" + month).body()).asJsonArray();
        assertThat(all.stream().map(v -> v.asJsonObject()).filter(o -> o.getJsonNumber("siteId").longValue() == w.f().siteA())
                .map(o -> o.getInt("referred")).toList()).containsExactly(2);
        JsonObject rate = Json.parse(w.admin().getJson("api/aftercare/rates?site=" + w.f().siteA() + "&from=" + month
                + "&to=" + month).body()).asJsonArray().getJsonObject(0);
        assertThat(rate.getInt("referred")).as("the rates dashboard shows the same completion").isEqualTo(2);
        assertThat(rate.getInt("referralsAttended")).isEqualTo(1);
        assertThat(rate.getInt("percentReferralsCompleted")).isEqualTo(50);
        assertThat(rate.getInt("discharges")).as("the discharge made its follow-up").isEqualTo(1);
        assertThat(w.clinician().getJson("api/referrals/completion?site=" + w.f().siteB() + "&from=" + month + "&to=" + month)
                .statusCode()).isEqualTo(404);
        JsonArray inScope = Json.parse(w.clinician().getJson("api/referrals/completion?from=" + month + "&to=" + month).body())
                .asJsonArray();
        assertThat(inScope.stream().map(v -> v.asJsonObject().getJsonNumber("siteId").longValue()).distinct().toList())
                .containsExactly(w.f().siteA());
        assertThat(signedIn(w.f().credentialing()).getJson(query).statusCode()).isEqualTo(403);
    }

    // ---- demo data ----

    @Test
    void theDemoHasReferralsInEveryStateConsentsValidExpiredAndRevokedAndADisclosureForEachSending() throws Exception {
        db.em().clear();
        List<String> states = db.em().createQuery("select distinct r.status from Referral r where r.createdBy = 'demo'",
                org.iopmanager.aftercare.entity.ReferralStatus.class).getResultList().stream().map(Enum::name).toList();
        assertThat(states).containsExactlyInAnyOrder(java.util.Arrays.stream(
                org.iopmanager.aftercare.entity.ReferralStatus.values()).map(Enum::name).toArray(String[]::new));
        LocalDate today = LocalDate.now(ZoneId.of("America/Denver"));
        long revoked = db.em().createQuery("select count(c) from DisclosureConsent c where c.recordedBy = 'demo' "
                + "and c.revokedOn is not null", Long.class).getSingleResult();
        long expired = db.em().createQuery("select count(c) from DisclosureConsent c where c.recordedBy = 'demo' "
                + "and c.expiresOn < :today", Long.class).setParameter("today", today.minusDays(1)).getSingleResult();
        long valid = db.em().createQuery("select count(c) from DisclosureConsent c where c.recordedBy = 'demo' "
                + "and c.revokedOn is null and c.expiresOn > :today", Long.class).setParameter("today", today.plusDays(1))
                .getSingleResult();
        assertThat(revoked).isPositive();
        assertThat(expired).isPositive();
        assertThat(valid).isPositive();
        long sent = db.em().createQuery("select count(r) from Referral r where r.createdBy = 'demo' and r.sentAt is not null",
                Long.class).getSingleResult();
        long disclosed = db.em().createQuery("select count(d) from Disclosure d where d.disclosedBy = 'demo'", Long.class)
                .getSingleResult();
        assertThat(disclosed).isEqualTo(sent).isPositive();

        WebClient demoClinician = new WebClient(base.toURI());
        demoClinician.loginOrFail("clinician", org.iopmanager.demo.control.DemoData.PASSWORD);
        long boston = db.em().createQuery("select s.id from Site s where s.code = 'BOS-N'", Long.class).getSingleResult();
        JsonObject due = Json.object(demoClinician.getJson("api/referrals/due?site=" + boston).body());
        assertThat(due.getInt("total")).as("a sent referral waiting over a week and a passed appointment").isGreaterThanOrEqualTo(2);
        JsonObject directory = Json.object(demoClinician.getJson("api/resource-services?site=" + boston).body());
        assertThat(directory.getJsonArray("rows").stream().map(v -> v.asJsonObject().getString("name")).toList())
                .contains("Harbor Recovery Community", "Hope House BOS-N");
    }

    // ---- helpers ----

    private World world() throws Exception {
        return world(0);
    }

    /** The fixture with the episode admitted {@code daysAgo} (its lead cleared well before, to run past sessions). */
    private World world(int daysAgo) throws Exception {
        Fixture f = Fixture.create(base.toURI());
        LocalDate cleared = daysAgo == 0 ? today() : today().minusDays(daysAgo + 30);
        long staffId = Staffing.cleared(signedIn(f.credentialing()), f, "Lead", f.siteA(), cleared, cleared);
        WebClient clinician = signedIn(f.clinicianA());
        WebClient admin = signedIn(f.admin());
        long participant = id(ok(clinician.postJson("api/participants", participantJson(f.siteA(), "AR-" + f.suffix()))));
        long episode = id(ok(clinician.postJson("api/participants/" + participant + "/episodes",
                admissionJson(today().minusDays(daysAgo), staffId))));
        long soberHouse = service(admin, "Hope House", "SOBER_LIVING", f.siteA());
        long prescriber = service(admin, "Dr Lee MAT", "MAT_PRESCRIBER", f.siteA());
        return new World(f, clinician, admin, participant, episode, soberHouse, prescriber, staffId);
    }

    /**
     * The episode's plan made active: one problem, a goal with three group sessions of three hours and an hour of
     * counselling a week (10 h), a second goal; signed by the participant and the primary clinician.
     */
    private static void activePlan(World w, String goal) {
        JsonObject draft = ok(w.clinician().postJson("api/plans", "{\"episodeId\":" + w.episodeId() + "}"));
        JsonObject saved = ok(w.clinician().putJson("api/plans/" + id(draft), "{\"version\":" + version(draft)
                + ",\"strengths\":\"Motivated\",\"dischargeCriteria\":\"Sixty days sober\",\"problems\":[{\"dimension\":\"D5\","
                + "\"statement\":\"Lives with people who use\",\"goals\":[{\"statement\":\"" + goal + "\",\"ownWords\":"
                + "\"Friends who do not drink\",\"objectives\":[{\"text\":\"Attend three groups a week\",\"measure\":"
                + "\"Attendance\",\"targetDate\":\"" + today().plusWeeks(6) + "\",\"status\":\"NOT_STARTED\",\"interventions\":["
                + "{\"modality\":\"GROUP_THERAPY\",\"sessionsPerWeek\":3,\"minutesPerSession\":180,\"staffId\":" + w.staffId()
                + "},{\"modality\":\"INDIVIDUAL_COUNSELLING\",\"sessionsPerWeek\":1,\"minutesPerSession\":60,\"staffId\":"
                + w.staffId() + "}]}]},{\"statement\":\"Sleep through the night\",\"ownWords\":\"I want my evenings back\","
                + "\"objectives\":[]}]}]}"));
        JsonObject signed = ok(w.clinician().postJson("api/plans/" + id(saved) + "/sign", "{\"version\":" + version(saved)
                + ",\"role\":\"PARTICIPANT\"}"));
        JsonObject active = ok(w.clinician().postJson("api/plans/" + id(signed) + "/sign", "{\"version\":" + version(signed)
                + ",\"role\":\"CLINICIAN\"}"));
        assertThat(active.getString("status")).isEqualTo("ACTIVE");
    }

    /** Three past group sessions of the episode: present (60 min), late (45 of 90 min), absent. */
    private static void attendance(World w) {
        String[][] marks = {{"3", "60", "PRESENT", "null"}, {"2", "90", "LATE", "45"}, {"1", "60", "ABSENT", "null"}};
        for (String[] mark : marks) {
            JsonObject session = ok(w.clinician().postJson("api/sessions", "{\"siteId\":" + w.f().siteA()
                    + ",\"kind\":\"GROUP_THERAPY\",\"title\":\"Process group\",\"facilitatorId\":" + w.staffId()
                    + ",\"room\":null,\"capacity\":10,\"date\":\"" + today().minusDays(Long.parseLong(mark[0]))
                    + "\",\"startTime\":\"09:00\",\"durationMinutes\":" + mark[1] + "}"));
            ok(w.clinician().postJson("api/sessions/" + id(session) + "/enrolments", "{\"episodeId\":" + w.episodeId()
                    + ",\"wholeSeries\":false}"));
            long sessionVersion = version(Json.object(w.clinician().getJson("api/sessions/" + id(session)).body()));
            HttpResponse<String> recorded = w.clinician().putJson("api/sessions/" + id(session) + "/attendance",
                    "{\"sessionVersion\":" + sessionVersion + ",\"entries\":[{\"episodeId\":" + w.episodeId()
                    + ",\"version\":null,\"status\":\"" + mark[2] + "\",\"minutes\":" + mark[3] + "}]}");
            assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        }
    }

    /** A PHQ-9 (seeded instrument 701) of the episode with its total and a negative item 9. */
    private static String measureJson(long episodeId, LocalDate on, int total) {
        return "{\"episodeId\":" + episodeId + ",\"instrumentId\":701,\"administeredOn\":\"" + on + "\",\"totalScore\":"
                + total + ",\"safetyItem\":0}";
    }

    /** The referral's summary PDF, fetched as the clinician, as one line of text. */
    private static String summaryText(World w, JsonObject referral) throws Exception {
        HttpResponse<byte[]> pdf = w.clinician().getBytes("aftercare/referral-pdf?id=" + id(referral));
        assertThat(pdf.statusCode()).isEqualTo(200);
        return PdfText.of(pdf.body()).replaceAll("\\s+", " ");
    }

    private static long service(WebClient admin, String name, String type, long siteId) {
        return id(ok(admin.postJson("api/resource-services", serviceJson(0, name, type, String.valueOf(siteId)))));
    }

    private static String serviceJson(long version, String name, String type, String siteIds) {
        String organisation = name.startsWith("Hope") ? "Hope Inc" : name + " Org";
        return "{\"version\":" + version + ",\"name\":\"" + name + "\",\"organisation\":\"" + organisation + "\",\"type\":\""
                + type + "\",\"coveredEntity\":\"NOT_COVERED\",\"contactPhone\":\"617-555-0101\",\"accepting\":true,"
                + "\"siteIds\":[" + siteIds + "]}";
    }

    private static JsonObject referral(World w, long serviceId, String categories) {
        return ok(w.clinician().postJson("api/referrals", "{\"episodeId\":" + w.episodeId() + ",\"serviceId\":" + serviceId
                + ",\"reason\":\"Continuing care after the IOP\",\"categories\":" + categories + "}"));
    }

    private static JsonObject consent(World w, long serviceId, String categories, LocalDate signedOn, LocalDate expiresOn) {
        return ok(w.clinician().postJson("api/consents", "{\"participantId\":" + w.participantId() + ",\"serviceId\":" + serviceId
                + ",\"purpose\":\"Continuing care after discharge\",\"categories\":" + categories + ",\"expiresOn\":\""
                + expiresOn + "\",\"signedBy\":\"PARTICIPANT\",\"signedOn\":\"" + signedOn + "\"}"));
    }

    private static HttpResponse<String> step(WebClient client, JsonObject referral, String step) {
        return client.postJson("api/referrals/" + id(referral) + "/transitions", "{\"version\":" + version(referral) + ","
                + step.substring(1));
    }

    private static String participantJson(long siteId, String record) {
        return "{\"version\":0,\"siteId\":" + siteId + ",\"recordNumber\":\"" + record + "\",\"firstName\":\"Robin\","
                + "\"lastName\":\"Aftercare\",\"dateOfBirth\":\"1990-02-03\",\"phone\":\"617-555-0100\"}";
    }

    private static String admissionJson(LocalDate on, long clinicianId) {
        return "{\"admissionDate\":\"" + on + "\",\"track\":\"ADULT_IOP\",\"levelOfCare\":\"ASAM_2_1\","
                + "\"referralSource\":\"RESIDENTIAL_TRANSITION\",\"primaryClinicianId\":" + clinicianId
                + ",\"focus\":\"SUBSTANCE_USE\"}";
    }

    private List<Disclosure> disclosuresOf(long referralId) {
        db.em().clear();
        return db.em().createQuery("select d from Disclosure d where d.referral.id = :r order by d.id", Disclosure.class)
                .setParameter("r", referralId).getResultList();
    }

    private List<AuditEntry> audit(String actor, String entityType, long entityId) {
        db.em().clear();
        return db.em().createQuery("select a from AuditEntry a where a.actor = :actor and a.entityType = :type "
                        + "and a.entityId = :id order by a.id", AuditEntry.class).setParameter("actor", actor)
                .setParameter("type", entityType).setParameter("id", String.valueOf(entityId)).getResultList();
    }

    private List<AuditEntry> auditOfType(String actor, String entityType) {
        db.em().clear();
        return db.em().createQuery("select a from AuditEntry a where a.actor = :actor and a.entityType = :type",
                AuditEntry.class).setParameter("actor", actor).setParameter("type", entityType).getResultList();
    }


    private static JsonObject ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.object(response.body());
    }

    private static LocalDate today() {
        return LocalDate.now(SITE_A_ZONE);
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    private static long version(JsonObject json) {
        return json.getJsonNumber("version").longValue();
    }

    private WebClient signedIn(String username) throws Exception {
        return Fixture.signedIn(base.toURI(), username);
    }
}
