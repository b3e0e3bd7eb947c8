package org.iopmanager.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.iopmanager.audit.entity.AuditAction;
import org.iopmanager.browser.Browser;
import org.iopmanager.browser.LoginPage;
import org.iopmanager.demo.control.DemoParticipants;
import org.iopmanager.participant.entity.AsamAssessment;
import org.iopmanager.participant.entity.Episode;
import org.iopmanager.participant.entity.MeasureResult;
import org.iopmanager.participant.entity.SafetyFlag;
import org.iopmanager.site.entity.Site;
import org.iopmanager.staff.control.CredentialStatusRule;
import org.iopmanager.staff.entity.Credential;
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
import org.iopmanager.testsupport.Deployments;
import org.iopmanager.testsupport.Fixture;
import org.iopmanager.testsupport.Json;
import org.iopmanager.testsupport.Staffing;
import org.iopmanager.testsupport.TestDb;
import org.iopmanager.testsupport.WebClient;

/**
 * Participant records, admissions, ASAM assessments, measures and safety flags in one Payara Micro: through HTTP as
 * real users of each role (the services check roles and scope, so the API and the pages answer alike), the demo
 * census in-container on fresh sites, and the clinician's journey in headless Chromium.
 */
@ExtendWith(ArquillianExtension.class)
class ParticipantsIT {

    static final ZoneId SITE_A_ZONE = ZoneId.of("America/New_York");
    private static final long LCSW_DISCIPLINE = 104;
    private static final long LCSW_TYPE = 206;
    private static final long PHQ9 = 701;
    private static final long GAD7 = 702;

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Inject
    TestDb db;

    @Resource
    UserTransaction tx;

    @Inject
    DemoParticipants demoParticipants;

    // ---- participants: protected health information, and clearance at admission ----

    @Test
    @RunAsClient
    void participantRecordsAreForTheClinicalRolesOfTheirSiteAndEveryViewIsAudited() throws Exception {
        Fixture f = fixture();
        WebClient clinician = signedIn(f.clinicianA());
        String record = "MRN-" + f.suffix();
        HttpResponse<String> created = clinician.postJson("api/participants", participantJson(f.siteA(), record));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        long participant = id(Json.object(created.body()));
        assertThat(clinician.getJson("api/participants/" + participant).statusCode()).isEqualTo(200);
        HttpResponse<String> family = clinician.postJson("api/participants/" + participant + "/family",
                "{\"name\":\"Sam Test\",\"relationship\":\"Sister\",\"consentToInvolve\":true}");
        assertThat(family.statusCode()).as(family.body()).isEqualTo(200);
        assertThat(clinician.postJson("api/participants/" + participant + "/family", "{\"relationship\":\"Brother\"}")
                .body()).contains("\"field\":\"name\"");
        assertThat(Json.parse(clinician.getJson("api/participants/" + participant + "/family").body()).asJsonArray())
                .extracting(m -> m.asJsonObject().getString("relationship")).containsExactly("Sister");
        assertThat(signedIn(f.credentialing()).getJson("api/participants/" + participant + "/family").statusCode())
                .isEqualTo(403);

        WebClient office = signedIn(f.credentialing());
        assertThat(office.getJson("api/participants/" + participant).statusCode()).as("credentialing: no PHI").isEqualTo(403);
        assertThat(office.getJson("api/participants?site=" + f.siteA()).statusCode()).isEqualTo(403);
        assertThat(office.postJson("api/participants", participantJson(f.siteA(), record + "X")).statusCode()).isEqualTo(403);
        assertThat(signedIn(f.siteAdminA()).getJson("api/participants/" + participant).statusCode()).isEqualTo(200);
        WebClient auditor = signedIn(f.auditor());
        assertThat(auditor.getJson("api/participants/" + participant).statusCode()).isEqualTo(200);
        assertThat(auditor.postJson("api/participants", participantJson(f.siteA(), record + "Y")).statusCode()).isEqualTo(403);

        HttpResponse<String> atB = signedIn(f.admin()).postJson("api/participants", participantJson(f.siteB(), record));
        assertThat(atB.statusCode()).as("record numbers are unique per site").isEqualTo(200);
        assertThat(clinician.getJson("api/participants/" + id(Json.object(atB.body()))).statusCode()).isEqualTo(404);
        assertThat(clinician.getJson("api/participants?site=" + f.siteB()).statusCode()).isEqualTo(404);
        HttpResponse<String> twice = clinician.postJson("api/participants", participantJson(f.siteA(), record));
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("\"field\":\"recordNumber\"");

        HttpResponse<String> trail = auditor.submit("audit/audit.xhtml", "form", "form:export", Map.of("form:actor", f.clinicianA()));
        assertThat(trail.body()).contains(",VIEW,").contains("Viewed participant record " + record)
                .contains(",ACCESS_DENIED,");
    }

    @Test
    @RunAsClient
    void anAdmissionNeedsAPrimaryClinicianClearedToCounselAtTheSite() throws Exception {
        Fixture f = fixture();
        WebClient office = signedIn(f.credentialing());
        long cleared = clearedStaff(office, f, "Counsellor", f.siteA());
        long notCredentialed = createStaff(office, f, "Newcomer", f.siteA());
        addLicence(office, notCredentialed, today().plusYears(2));

        WebClient clinician = signedIn(f.clinicianA());
        long participant = id(Json.object(clinician.postJson("api/participants",
                participantJson(f.siteA(), "ADM-" + f.suffix())).body()));
        HttpResponse<String> refused = clinician.postJson("api/participants/" + participant + "/episodes",
                admissionJson(today(), notCredentialed, "ADULT_IOP"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"primaryClinician\"").contains("not cleared");
        assertThat(Json.parse(clinician.getJson("api/participants/" + participant + "/episodes").body()).asJsonArray()).isEmpty();

        HttpResponse<String> admitted = clinician.postJson("api/participants/" + participant + "/episodes",
                admissionJson(today(), cleared, "ADULT_IOP"));
        assertThat(admitted.statusCode()).as(admitted.body()).isEqualTo(200);
        JsonObject episode = Json.object(admitted.body());
        assertThat(clinician.postJson("api/participants/" + participant + "/episodes", admissionJson(today(), cleared, "ADULT_IOP"))
                .statusCode()).as("one open episode at a time").isEqualTo(400);
        assertThat(clinician.postJson("api/participants/" + participant + "/episodes/" + id(episode) + "/discharge",
                "{\"version\":" + version(episode) + ",\"dischargeDate\":\"" + today().minusDays(1)
                        + "\",\"dischargeReason\":\"COMPLETED\"}").statusCode()).isEqualTo(400);
        HttpResponse<String> future = clinician.postJson("api/participants/" + participant + "/episodes/" + id(episode)
                + "/discharge", "{\"version\":" + version(episode) + ",\"dischargeDate\":\"" + today().plusDays(1)
                + "\",\"dischargeReason\":\"COMPLETED\"}");
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("\"field\":\"dischargeDate\"").contains("cannot be after today");
        HttpResponse<String> discharged = clinician.postJson("api/participants/" + participant + "/episodes/" + id(episode)
                + "/discharge", "{\"version\":" + version(episode) + ",\"dischargeDate\":\"" + today()
                + "\",\"dischargeReason\":\"STEPPED_DOWN\"}");
        assertThat(discharged.statusCode()).as(discharged.body()).isEqualTo(200);
        assertThat(Json.object(discharged.body()).getString("dischargeReason")).isEqualTo("STEPPED_DOWN");
    }

    // ---- ASAM assessments ----

    @Test
    @RunAsClient
    void anAssessmentRatesAllSixDimensionsOnADayOfTheEpisodeAndTheLatestRatingsCount() throws Exception {
        Fixture f = fixture();
        WebClient clinician = signedIn(f.clinicianA());
        long episode = admitted(f, clinician, "ASAM", "ADOLESCENT_IOP", today().minusDays(10));

        HttpResponse<String> refused = clinician.postJson("api/participants/assessments",
                "{\"episodeId\":" + episode + ",\"assessedOn\":\"" + today().plusDays(1) + "\",\"edition\":\"THIRD\","
                        + "\"d1Rating\":1,\"d2Rating\":0,\"d4Rating\":5,\"d5Rating\":2,\"d6Rating\":1}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(fields(refused)).containsExactlyInAnyOrder("assessedOn", "d3Rating", "d4Rating");
        HttpResponse<String> early = clinician.postJson("api/participants/assessments", assessmentJson(episode,
                today().minusDays(11), "THIRD", 1));
        assertThat(fields(early)).containsExactly("assessedOn");

        HttpResponse<String> intake = clinician.postJson("api/participants/assessments", assessmentJson(episode,
                today().minusDays(10), "THIRD", 1));
        assertThat(intake.statusCode()).as(intake.body()).isEqualTo(200);
        assertThat(Json.object(intake.body()).getJsonArray("warnings")).isEmpty();
        HttpResponse<String> fourth = clinician.postJson("api/participants/assessments", assessmentJson(episode,
                today(), "FOURTH", 3));
        assertThat(fourth.statusCode()).as("a warning, not a refusal").isEqualTo(200);
        assertThat(Json.object(fourth.body()).getJsonArray("warnings").getString(0)).isEqualTo("assessment.edition.adolescentFourth");

        JsonArray listed = Json.parse(clinician.getJson("api/participants/assessments?episode=" + episode).body()).asJsonArray();
        assertThat(listed).extracting(a -> a.asJsonObject().getString("edition")).as("newest first").containsExactly("FOURTH", "THIRD");
        JsonObject latest = listed.getJsonObject(0);
        assertThat(latest.getJsonArray("dimensions").getJsonObject(2).getInt("rating")).isEqualTo(3);
        assertThat(latest.getString("assessedBy")).isEqualTo(f.clinicianA());
        assertThat(clinician.getJson("api/participants/assessments/" + id(latest)).statusCode()).isEqualTo(200);
        assertThat(signedIn(f.auditor()).getJson("api/participants/assessments?episode=" + episode).statusCode()).isEqualTo(200);
        assertThat(signedIn(f.auditor()).postJson("api/participants/assessments", assessmentJson(episode, today(), "THIRD", 1))
                .statusCode()).as("auditors read only").isEqualTo(403);
    }

    // ---- measures and safety flags ----

    @Test
    @RunAsClient
    void aPhq9WithItem9AboveZeroRaisesASafetyFlagUntilAClinicianAcknowledgesItWithANote() throws Exception {
        Fixture f = fixture();
        WebClient clinician = signedIn(f.clinicianA());
        long episode = admitted(f, clinician, "PHQ", "ADULT_IOP", today().minusDays(14));

        HttpResponse<String> outOfRange = clinician.postJson("api/participants/measures", measureJson(episode, PHQ9, today(), 28, 4));
        assertThat(outOfRange.statusCode()).isEqualTo(400);
        assertThat(fields(outOfRange)).containsExactlyInAnyOrder("totalScore", "safetyItem");
        assertThat(fields(clinician.postJson("api/participants/measures", measureJson(episode, PHQ9, today(), 12, null))))
                .as("PHQ-9 needs item 9").containsExactly("safetyItem");
        assertThat(fields(clinician.postJson("api/participants/measures", measureJson(episode, GAD7, today(), 22, null))))
                .containsExactly("totalScore");

        assertThat(clinician.postJson("api/participants/measures", measureJson(episode, PHQ9, today().minusDays(14), 18, 0))
                .statusCode()).isEqualTo(200);
        HttpResponse<String> positive = clinician.postJson("api/participants/measures", measureJson(episode, PHQ9, today(), 12, 1));
        assertThat(positive.statusCode()).as(positive.body()).isEqualTo(200);
        assertThat(Json.object(positive.body()).getString("severity")).isEqualTo("Moderate");
        JsonArray results = Json.parse(clinician.getJson("api/participants/measures?episode=" + episode).body()).asJsonArray();
        assertThat(results).extracting(r -> r.asJsonObject().getInt("totalScore")).containsExactly(18, 12);

        JsonArray flags = Json.parse(clinician.getJson("api/participants/flags?site=" + f.siteA()).body()).asJsonArray();
        assertThat(flags).hasSize(1);
        assertThat(Json.object(clinician.getJson("api/participants/flags/count").body()).getInt("open")).isEqualTo(1);
        assertThat(Json.object(signedIn(f.admin()).getJson("api/participants/flags/count").body()).getInt("open"))
                .as("provider-wide").isPositive();
        JsonObject flag = flags.getJsonObject(0);
        assertThat(flag.getInt("itemValue")).isEqualTo(1);
        assertThat(clinician.get("participant/participants.xhtml").body()).contains("PHQ-" + f.suffix()).contains("form:participants:0:flag");

        HttpResponse<String> noNote = clinician.postJson("api/participants/flags/" + id(flag) + "/acknowledge",
                "{\"version\":" + version(flag) + ",\"note\":\" \"}");
        assertThat(fields(noNote)).containsExactly("note");
        assertThat(signedIn(f.auditor()).postJson("api/participants/flags/" + id(flag) + "/acknowledge",
                "{\"version\":" + version(flag) + ",\"note\":\"Seen\"}").statusCode()).isEqualTo(403);
        assertThat(clinician.postJson("api/participants/flags/" + id(flag) + "/acknowledge",
                "{\"version\":" + (version(flag) + 1) + ",\"note\":\"Seen\"}").statusCode()).as("stale version").isEqualTo(409);
        HttpResponse<String> acknowledged = clinician.postJson("api/participants/flags/" + id(flag) + "/acknowledge",
                "{\"version\":" + version(flag) + ",\"note\":\"Safety plan reviewed; no intent\"}");
        assertThat(acknowledged.statusCode()).as(acknowledged.body()).isEqualTo(200);
        assertThat(Json.object(acknowledged.body()).getString("acknowledgedBy")).isEqualTo(f.clinicianA());
        assertThat(Json.parse(clinician.getJson("api/participants/flags?site=" + f.siteA()).body()).asJsonArray()).isEmpty();
        assertThat(Json.object(clinician.getJson("api/participants/flags/count").body()).getInt("open")).isZero();
        assertThat(Json.parse(clinician.getJson("api/participants/flags?site=" + f.siteA() + "&open=false").body()).asJsonArray())
                .hasSize(1);
        assertThat(clinician.postJson("api/participants/flags/" + id(flag) + "/acknowledge",
                "{\"version\":" + version(Json.object(acknowledged.body())) + ",\"note\":\"Again\"}").statusCode()).isEqualTo(400);
    }

    @Test
    @RunAsClient
    void theSeededInstrumentsAreListedAndOnlyAProviderAdministratorAddsOne() throws Exception {
        Fixture f = fixture();
        WebClient clinician = signedIn(f.clinicianA());
        JsonArray instruments = Json.parse(clinician.getJson("api/participants/instruments").body()).asJsonArray();
        assertThat(instruments).extracting(i -> i.asJsonObject().getString("code"))
                .contains("AUDIT-C", "BAM", "DAST-10", "GAD-7", "PHQ-9");
        JsonObject bam = instruments.stream().map(i -> i.asJsonObject()).filter(i -> i.getString("code").equals("BAM")).findFirst()
                .orElseThrow();
        assertThat(bam.getJsonArray("subscales")).extracting(s -> s.asJsonObject().getString("name"))
                .containsExactly("Use", "Risk", "Protective");
        String code = "P" + f.suffix().substring(0, 6).toUpperCase().replaceAll("[^A-Z0-9]", "0");
        String pcl = "{\"code\":\"" + code + "\",\"name\":\"PTSD Checklist\",\"minScore\":0,\"maxScore\":80,"
                + "\"bands\":[{\"lowerBound\":0,\"label\":\"Below cut-off\"},{\"lowerBound\":33,\"label\":\"Probable PTSD\"}]}";
        assertThat(clinician.postJson("api/participants/instruments", pcl).statusCode()).isEqualTo(403);
        assertThat(signedIn(f.siteAdminA()).postJson("api/participants/instruments", pcl).statusCode()).isEqualTo(403);
        WebClient admin = signedIn(f.admin());
        HttpResponse<String> bad = admin.postJson("api/participants/instruments", pcl.replace("\"maxScore\":80", "\"maxScore\":20"));
        assertThat(fields(bad)).containsExactly("bands");
        HttpResponse<String> added = admin.postJson("api/participants/instruments", pcl);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        assertThat(fields(admin.postJson("api/participants/instruments", pcl))).containsExactly("code");
        long episode = admitted(f, clinician, "PCL", "ADULT_IOP", today());
        HttpResponse<String> scored = clinician.postJson("api/participants/measures",
                measureJson(episode, id(Json.object(added.body())), today(), 40, null));
        assertThat(Json.object(scored.body()).getString("severity")).isEqualTo("Probable PTSD");
    }

    // ---- roles and scope ----

    @Test
    @RunAsClient
    void aClinicianOfSiteAReadsNothingOfSiteBByIdAndEachAttemptIsAudited() throws Exception {
        Fixture f = fixture();
        WebClient admin = signedIn(f.admin());
        LocalDate todayAtB = LocalDate.now(ZoneId.of("America/Los_Angeles"));
        long cleared = clearedStaff(signedIn(f.credentialing()), f, "AtB", f.siteB());
        long participant = id(Json.object(admin.postJson("api/participants", participantJson(f.siteB(), "B-" + f.suffix())).body()));
        long episode = id(Json.object(admin.postJson("api/participants/" + participant + "/episodes",
                admissionJson(todayAtB, cleared, "ADULT_IOP")).body()));
        long assessment = id(Json.object(admin.postJson("api/participants/assessments",
                assessmentJson(episode, todayAtB, "FOURTH", 2)).body()));
        long measure = id(Json.object(admin.postJson("api/participants/measures", measureJson(episode, PHQ9, todayAtB, 9, 2)).body()));
        long flag = id(Json.parse(admin.getJson("api/participants/flags?site=" + f.siteB()).body()).asJsonArray().getJsonObject(0));

        WebClient clinician = signedIn(f.clinicianA());
        for (String path : List.of("participants/" + participant, "participants/assessments/" + assessment,
                "participants/measures/" + measure, "participants/flags/" + flag, "participants/assessments?episode=" + episode,
                "participants/measures?episode=" + episode, "participants/flags?site=" + f.siteB())) {
            assertThat(clinician.getJson("api/" + path).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(clinician.postJson("api/participants/measures", measureJson(episode, PHQ9, today(), 3, 0)).statusCode())
                .isEqualTo(404);
        assertThat(clinician.postJson("api/participants/flags/" + flag + "/acknowledge", "{\"version\":0,\"note\":\"x\"}")
                .statusCode()).isEqualTo(404);
        assertThat(clinician.get("participant/participant.xhtml?id=" + participant).statusCode()).isEqualTo(404);

        String trail = signedIn(f.auditor()).submit("audit/audit.xhtml", "form", "form:export",
                Map.of("form:actor", f.clinicianA())).body();
        for (String type : List.of("Participant", "AsamAssessment", "MeasureResult", "SafetyFlag", "Episode", "Site")) {
            assertThat(trail).as(type).contains(",ACCESS_DENIED," + type + ",");
        }
    }

    @Test
    @RunAsClient
    void theCredentialingOfficeGetsNoParticipantEndpointNorPage() throws Exception {
        Fixture f = fixture();
        WebClient clinician = signedIn(f.clinicianA());
        long episode = admitted(f, clinician, "CRD", "ADULT_IOP", today());
        long participant = participantOf(clinician, f, "CRD");
        WebClient office = signedIn(f.credentialing());
        for (String path : List.of("api/participants/assessments?episode=" + episode, "api/participants/measures?episode=" + episode,
                "api/participants/flags?site=" + f.siteA(), "api/participants/instruments", "api/participants/assessments/1",
                "api/participants/measures/1", "api/participants/flags/1")) {
            assertThat(office.getJson(path).statusCode()).as(path).isEqualTo(403);
        }
        assertThat(office.postJson("api/participants/assessments", assessmentJson(episode, today(), "THIRD", 1)).statusCode())
                .isEqualTo(403);
        assertThat(office.postJson("api/participants/measures", measureJson(episode, PHQ9, today(), 3, 0)).statusCode())
                .isEqualTo(403);
        assertThat(office.postJson("api/participants/flags/1/acknowledge", "{\"version\":0,\"note\":\"x\"}").statusCode())
                .isEqualTo(403);
        assertThat(office.postJson("api/participants/instruments", "{\"code\":\"X\"}").statusCode()).isEqualTo(403);
        assertThat(office.putJson("api/participants/" + participant + "/family/1",
                "{\"version\":0,\"name\":\"X\",\"relationship\":\"Y\",\"consentToInvolve\":true}").statusCode()).isEqualTo(403);
        assertThat(office.getJson("api/participants/" + participant + "/family").statusCode()).isEqualTo(403);
        for (String page : List.of("participant/participants.xhtml", "participant/participant.xhtml?id=" + participant,
                "participant/participant.xhtml", "participant/flags.xhtml")) {
            assertThat(office.get(page).statusCode()).as(page).isEqualTo(403);
        }
    }

    @Test
    @RunAsClient
    void anAuditorSeesTheRecordPagesWithoutAnyFormToChangeThem() throws Exception {
        Fixture f = fixture();
        WebClient clinician = signedIn(f.clinicianA());
        admitted(f, clinician, "AUD", "ADULT_IOP", today());
        long participant = participantOf(clinician, f, "AUD");
        assertThat(clinician.get("participant/participant.xhtml?id=" + participant).body()).contains("asam:record")
                .contains("measure:record").contains("discharge:dischargeButton");
        WebClient auditor = signedIn(f.auditor());
        HttpResponse<String> page = auditor.get("participant/participant.xhtml?id=" + participant);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("AUD-" + f.suffix()).doesNotContain("asam:record").doesNotContain("measure:record")
                .doesNotContain("discharge:dischargeButton").doesNotContain("details:save").doesNotContain("family:add");
        assertThat(auditor.get("participant/participants.xhtml").body()).doesNotContain("form:new");
        assertThat(auditor.get("participant/flags.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    @RunAsClient
    void aSaveOverSomebodyElsesChangeIsAConflict() throws Exception {
        Fixture f = fixture();
        WebClient clinician = signedIn(f.clinicianA());
        JsonObject created = Json.object(clinician.postJson("api/participants", participantJson(f.siteA(), "V-" + f.suffix())).body());
        String edit = participantJson(f.siteA(), "V-" + f.suffix()).replace("Riley", "Rylee")
                .replace("\"version\":0", "\"version\":" + version(created));
        HttpResponse<String> first = clinician.putJson("api/participants/" + id(created), edit);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        HttpResponse<String> stale = signedIn(f.siteAdminA()).putJson("api/participants/" + id(created), edit.replace("Rylee", "Rey"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains(f.clinicianA());
    }

    @Test
    @RunAsClient
    void aFamilyMembersDetailsAndConsentAreEditedAtTheVersionLoaded() throws Exception {
        Fixture f = fixture();
        WebClient clinician = signedIn(f.clinicianA());
        long participant = id(Json.object(clinician.postJson("api/participants", participantJson(f.siteA(), "FAM-" + f.suffix())).body()));
        String family = "api/participants/" + participant + "/family";
        JsonObject added = Json.object(clinician.postJson(family,
                "{\"name\":\"Sam Kin\",\"relationship\":\"Sister\",\"consentToInvolve\":true}").body());
        String edit = "{\"version\":" + version(added) + ",\"name\":\" Sam Kinley \",\"relationship\":\"Half-sister\","
                + "\"consentToInvolve\":false}";
        HttpResponse<String> edited = clinician.putJson(family + "/" + id(added), edit);
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        JsonObject member = Json.object(edited.body());
        assertThat(member.getString("name")).isEqualTo("Sam Kinley");
        assertThat(member.getString("relationship")).isEqualTo("Half-sister");
        assertThat(member.getBoolean("consentToInvolve")).isFalse();
        assertThat(version(member)).isGreaterThan(version(added));

        HttpResponse<String> stale = signedIn(f.siteAdminA()).putJson(family + "/" + id(added), edit);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains(f.clinicianA());
        HttpResponse<String> blank = clinician.putJson(family + "/" + id(added), edit.replace(" Sam Kinley ", " ")
                .replace("\"version\":" + version(added), "\"version\":" + version(member)));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(fields(blank)).contains("name");
        assertThat(signedIn(f.auditor()).putJson(family + "/" + id(added), edit).statusCode()).as("auditors only read").isEqualTo(403);
        long other = id(Json.object(clinician.postJson("api/participants", participantJson(f.siteA(), "FAO-" + f.suffix())).body()));
        assertThat(clinician.putJson("api/participants/" + other + "/family/" + id(added), edit).statusCode())
                .as("a member of another participant").isEqualTo(404);

        String page = clinician.get("participant/participant.xhtml?id=" + participant).body();
        assertThat(page).contains("Sam Kinley").contains("family:members:0:edit");
        assertThat(signedIn(f.auditor()).get("participant/participant.xhtml?id=" + participant).body())
                .contains("Sam Kinley").doesNotContain("family:members:0:edit");
    }

    @Test
    @RunAsClient
    void aRequestWithANullJsonBodyIsABadRequestWithAMessage() throws Exception {
        Fixture f = fixture();
        WebClient clinician = signedIn(f.clinicianA());
        long episode = admitted(f, clinician, "NOB", "ADULT_IOP", today());
        long participant = participantOf(clinician, f, "NOB");
        for (HttpResponse<String> empty : List.of(clinician.postJson("api/participants", "null"),
                clinician.putJson("api/participants/" + participant, "null"),
                clinician.postJson("api/participants/" + participant + "/family", "null"),
                clinician.putJson("api/participants/" + participant + "/family/1", "null"),
                clinician.postJson("api/participants/" + participant + "/episodes", "null"),
                clinician.postJson("api/participants/" + participant + "/episodes/" + episode + "/discharge", "null"))) {
            assertThat(empty.statusCode()).as(empty.uri() + " " + empty.body()).isEqualTo(400);
            assertThat(empty.body()).contains("needs its JSON body");
        }
    }

    /** One page of a record is one VIEW line however many services it reads; the list view is audited too. */
    @Test
    void aRecordPageWritesOneViewLineAndTheListPageOneListLine() throws Exception {
        Fixture f = fixture();
        WebClient clinician = signedIn(f.clinicianA());
        admitted(f, clinician, "VIEW", "ADULT_IOP", today());
        long participant = participantOf(clinician, f, "VIEW");
        long before = views(f.clinicianA(), "Participant", String.valueOf(participant));
        HttpResponse<String> page = clinician.get("participant/participant.xhtml?id=" + participant);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("VIEW-" + f.suffix());
        assertThat(views(f.clinicianA(), "Participant", String.valueOf(participant)) - before).isEqualTo(1);
        long lists = views(f.clinicianA(), "Participant", null);
        assertThat(clinician.get("participant/participants.xhtml").body()).contains("VIEW-" + f.suffix());
        assertThat(views(f.clinicianA(), "Participant", null) - lists).isEqualTo(1);
    }

    // ---- the demo census ----

    @Test
    void theDemoCensusAdmitsEveryoneWithAClinicianClearedOnTheDayAndGivesOpenEpisodesTheirMeasures() throws Exception {
        Fixture f = fixture();
        tx.begin();
        Site a = db.em().find(Site.class, f.siteA());
        Site b = db.em().find(Site.class, f.siteB());
        Site c = new Site("C" + f.suffix().toUpperCase(), "Test site C" + f.suffix(), ZoneId.of("America/Denver"));
        db.em().persist(c);
        StaffMember counsellor = clearedInContainer("Demo" + f.suffix(), a, Set.of(a, b, c));
        tx.commit();

        tx.begin();
        List<Episode> episodes = demoParticipants.load(db.em().find(Site.class, a.getId()), db.em().find(Site.class, b.getId()),
                db.em().find(Site.class, c.getId()));
        tx.commit();

        assertThat(episodes).hasSizeBetween(24, 36);
        int firstClosed = episodes.size() - (int) episodes.stream().filter(e -> !e.isOpen()).count();
        assertThat(episodes.subList(0, firstClosed)).allMatch(Episode::isOpen);
        assertThat(episodes.subList(firstClosed, episodes.size())).hasSizeBetween(2, 3).noneMatch(Episode::isOpen);
        for (Long site : List.of(a.getId(), b.getId(), c.getId())) {
            List<Episode> atSite = episodes.stream().filter(e -> e.owningSiteId().equals(site)).toList();
            assertThat(atSite).hasSizeBetween(8, 12);
            assertThat(atSite.stream().filter(e -> e.getTrack() == org.iopmanager.participant.entity.Track.ADOLESCENT_IOP)).hasSize(2);
            assertThat(atSite).allMatch(e -> e.getPrimaryClinician().getId().equals(counsellor.getId()));
            assertThat(atSite).allMatch(e -> !e.getAdmissionDate().isBefore(today().minusWeeks(8).minusDays(1)));
            assertThat(db.em().createQuery("select count(f) from SafetyFlag f where f.siteId = :s", Long.class)
                    .setParameter("s", site).getSingleResult()).isEqualTo(1);
        }
        db.em().clear();
        for (Episode episode : episodes.stream().filter(Episode::isOpen).toList()) {
            assertThat(db.em().createQuery("select count(a) from AsamAssessment a where a.episode.id = :e", Long.class)
                    .setParameter("e", episode.getId()).getSingleResult()).isEqualTo(1);
            List<MeasureResult> phq = db.em().createQuery("select m from MeasureResult m where m.episode.id = :e "
                    + "and m.instrument.id = :i order by m.administeredOn", MeasureResult.class).setParameter("e", episode.getId())
                    .setParameter("i", PHQ9).getResultList();
            assertThat(phq).hasSizeBetween(2, 5);
        }
        List<SafetyFlag> flags = db.em().createQuery("select f from SafetyFlag f where f.siteId in :s", SafetyFlag.class)
                .setParameter("s", List.of(a.getId(), b.getId(), c.getId())).getResultList();
        assertThat(flags).hasSize(3);
        assertThat(flags.stream().filter(SafetyFlag::isOpen)).hasSize(2);
        assertThat(db.em().createQuery("select count(a) from AsamAssessment a where a.siteId in :s", Long.class)
                .setParameter("s", List.of(a.getId(), b.getId(), c.getId())).getSingleResult()).isEqualTo(episodes.size());
    }

    // ---- in the browser ----

    @Test
    @RunAsClient
    void aClinicianAdmitsAssessesAndMeasuresOnThePagesAndSeesTheSafetyFlagAndTheTrend() throws Exception {
        Fixture f = fixture();
        long cleared = clearedStaff(signedIn(f.credentialing()), f, "Browser", f.siteA());
        String clinicianName = "Test Browser" + f.suffix();
        String record = "BRW-" + f.suffix();
        try (Browser browser = Browser.open(base.toString())) {
            new LoginPage(browser).open().signInAndWait(f.clinicianA(), Fixture.PASSWORD);
            browser.go("participant/participants.xhtml");
            browser.click("form:new");
            browser.select("details:site", ("A" + f.suffix()).toUpperCase() + " · Test site A" + f.suffix());
            browser.type("details:recordNumber", record);
            browser.type("details:firstName", "Morgan");
            browser.type("details:lastName", "Browser");
            browser.type("details:preferredName", "Mo");
            browser.date("details:dateOfBirth", LocalDate.of(1990, 4, 5));
            browser.click("details:save");
            browser.waitForText("Participant " + record + " created.");

            browser.select("admit:track", "Adult IOP");
            browser.select("admit:levelOfCare", "ASAM 2.1 Intensive outpatient");
            browser.select("admit:referralSource", "From residential care");
            browser.select("admit:focus", "Co-occurring");
            browser.select("admit:primaryClinician", clinicianName + " · Cleared.");
            browser.click("admit:admitButton");
            browser.waitForText("Admitted.");
            assertThat(browser.textOf("episodes:list")).contains("Adult IOP").contains(clinicianName);

            browser.type("family:name", "Jordan Browser");
            browser.type("family:relationship", "Brother");
            browser.click("family:add");
            browser.waitForText("Family member added.");
            assertThat(browser.textOf("family:members")).contains("Jordan Browser").contains("No");
            browser.click("family:members:0:edit");
            browser.find("family:saveMember");
            browser.type("family:name", "Jordan Browserly");
            browser.find("family:consent").findElement(org.openqa.selenium.By.cssSelector(".ui-chkbox-box")).click();
            browser.click("family:saveMember");
            browser.waitForText("Saved.");
            assertThat(browser.textOf("family:members")).contains("Jordan Browserly").contains("Yes").doesNotContain("No");

            browser.select("asam:edition", "4th edition (2023, adults)");
            browser.waitForTextIn("asam", "Person-centered considerations", "Recovery/living environment");
            for (int d = 1; d <= 6; d++) {
                browser.select("asam:d" + d + "Rating", String.valueOf(d % 5));
            }
            browser.click("asam:record");
            browser.waitForText("Assessment recorded.");
            assertThat(browser.textOf("assessments:list")).contains("4th edition");

            browser.select("measure:instrument", "PHQ-9 · Patient Health Questionnaire (PHQ-9)");
            browser.type("measure:totalScore", "12");
            browser.select("measure:safetyItem", "1");
            browser.click("measure:record");
            browser.waitForText("a safety flag is raised");
            assertThat(browser.find("safetyBadge").getText()).contains("Safety flag");
            assertThat(browser.textOf("results:list")).contains("Moderate");
            assertThat(browser.has("results:trends:0:chart")).isTrue();
            assertThat(browser.find("results:trends:0:chart").findElements(org.openqa.selenium.By.tagName("canvas"))).hasSize(1);

            String recordUrl = browser.url();
            long participant = Long.parseLong(recordUrl.substring(recordUrl.indexOf("id=") + 3));
            browser.type("details:firstName", "Morgana");
            WebClient siteAdmin = signedIn(f.siteAdminA());
            JsonObject current = Json.object(siteAdmin.getJson("api/participants/" + participant).body());
            assertThat(siteAdmin.putJson("api/participants/" + participant, participantJson(f.siteA(), record)
                    .replace("\"version\":0", "\"version\":" + version(current))).statusCode()).isEqualTo(200);
            browser.click("details:save");
            browser.waitForText("changed this record at");
            assertThat(browser.find("details:firstName").getAttribute("value")).as("the input is kept").isEqualTo("Morgana");

            browser.go("participant/participants.xhtml");
            assertThat(browser.textOf("form:participants")).contains(record).contains("Riley").contains("Safety flag");

            browser.go("participant/flags.xhtml");
            assertThat(browser.textOf("form:flags")).contains(record).contains("PHQ-9");
            browser.click("form:flags:0:acknowledge");
            browser.waitForText("Say what was done");
            browser.type("form:flags:0:note", "Safety plan reviewed; no intent");
            browser.click("form:flags:0:acknowledge");
            browser.waitForText("Safety flag acknowledged.");
            browser.waitForText("No unacknowledged safety flag.");

            browser.go("participant/participant.xhtml?id=" + participant);
            browser.select("discharge:dischargeReason", "Completed");
            browser.click("discharge:dischargeButton");
            browser.waitForText("Discharged.");
            assertThat(browser.textOf("episodes:list")).contains("Completed");
            assertThat(browser.has("asam:record")).as("no new assessment after discharge").isFalse();
            assertThat(browser.has("admit:admitButton")).as("a new episode may start").isTrue();
            assertThat(browser.consoleErrors()).as("browser console errors (CSP, scripts)").isEmpty();
        }
        assertThat(cleared).isPositive();
    }

    // ---- helpers ----

    private long views(String actor, String type, String entityId) {
        db.em().clear();
        return db.em().createQuery("select count(a) from AuditEntry a where a.actor = :actor and a.entityType = :type "
                + "and a.action = :action and " + (entityId == null ? "a.entityId is null" : "a.entityId = :id"), Long.class)
                .setParameter("actor", actor).setParameter("type", type).setParameter("action", AuditAction.VIEW)
                .setParameter(entityId == null ? "actor" : "id", entityId == null ? actor : entityId).getSingleResult();
    }

    /** A participant of site A with record number {@code <prefix>-<suffix>}, admitted on a day by a freshly cleared counsellor. */
    private long admitted(Fixture f, WebClient clinician, String prefix, String track, LocalDate on) throws Exception {
        long counsellor = clearedStaff(signedIn(f.credentialing()), f, prefix + "Counsellor", f.siteA());
        HttpResponse<String> created = clinician.postJson("api/participants", participantJson(f.siteA(), prefix + "-" + f.suffix()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        HttpResponse<String> admitted = clinician.postJson("api/participants/" + id(Json.object(created.body())) + "/episodes",
                admissionJson(on, counsellor, track));
        assertThat(admitted.statusCode()).as(admitted.body()).isEqualTo(200);
        return id(Json.object(admitted.body()));
    }

    private long participantOf(WebClient client, Fixture f, String prefix) {
        return Json.parse(client.getJson("api/participants?site=" + f.siteA() + "&text=" + prefix + "-" + f.suffix()).body())
                .asJsonArray().stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).findFirst().orElseThrow();
    }

    /**
     * A counsellor cleared at a site from a day in the past: the clearance of an admission dated before today needs a
     * verification and a decision from before that day, which the API (dated today) cannot give.
     */
    private long clearedStaff(WebClient office, Fixture f, String lastName, long siteId) {
        return Staffing.cleared(office, f, lastName, siteId, today().minusDays(60), today().minusDays(30));
    }

    private StaffMember clearedInContainer(String last, Site home, Set<Site> sites) {
        LocalDate today = today();
        StaffMember draft = new StaffMember();
        draft.setFirstName("Demo");
        draft.setLastName(last);
        draft.setDateOfBirth(LocalDate.of(1985, 5, 5));
        draft.setEmploymentStart(LocalDate.of(2020, 1, 2));
        StaffMember staff = new StaffMember(Instant.now());
        staff.copyDetailsFrom(draft);
        staff.setDiscipline(db.em().find(Discipline.class, LCSW_DISCIPLINE));
        staff.setHomeSite(home);
        staff.setSites(new java.util.LinkedHashSet<>(sites));
        db.em().persist(staff);
        Credential licenceDraft = new Credential();
        licenceDraft.setType(db.em().find(CredentialType.class, LCSW_TYPE));
        licenceDraft.setNumber("LCSW-" + last);
        licenceDraft.setIssuer("Board");
        licenceDraft.setState("MA");
        licenceDraft.setIssueDate(today.minusYears(3));
        licenceDraft.setExpiryDate(today.plusYears(2));
        Credential licence = new Credential(staff, Instant.now());
        licence.copyDetailsFrom(licenceDraft);
        licence.refreshAttention(CredentialStatusRule.DEFAULT, today.minusDays(100));
        db.em().persist(licence);
        Verification verification = new Verification(licence, "cr", Instant.now());
        Verification what = new Verification();
        what.setSource(VerificationSource.ISSUING_BOARD);
        what.setMethod(VerificationMethod.ONLINE_LOOKUP);
        what.setVerifiedOn(today.minusDays(100));
        what.setOutcome(VerificationOutcome.VERIFIED);
        what.setReference("look-up");
        verification.copyDetailsFrom(what);
        db.em().persist(verification);
        licence.verified(verification);
        licence.refreshAttention(CredentialStatusRule.DEFAULT, today);
        db.em().flush();
        CredentialingDecision decision = new CredentialingDecision(staff, DecisionKind.INITIAL, "cr", Instant.now());
        decision.setOutcome(DecisionOutcome.APPROVED);
        decision.setDecidedOn(today.minusDays(200));
        decision.setRecredentialDue(today.plusYears(2));
        db.em().persist(decision);
        db.em().flush();
        staff.setLatestDecision(decision);
        return staff;
    }

    private static List<String> fields(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return Json.object(response.body()).getJsonArray("fields").stream().map(v -> v.asJsonObject().getString("field")).toList();
    }

    private static String participantJson(long siteId, String record) {
        return "{\"version\":0,\"siteId\":" + siteId + ",\"recordNumber\":\"" + record + "\",\"firstName\":\"Riley\","
                + "\"lastName\":\"Test\",\"dateOfBirth\":\"1994-05-06\",\"phone\":\"617-555-0100\"}";
    }

    private static String admissionJson(LocalDate on, long clinicianId, String track) {
        return "{\"admissionDate\":\"" + on + "\",\"track\":\"" + track + "\",\"levelOfCare\":\"ASAM_2_1\","
                + "\"referralSource\":\"RESIDENTIAL_TRANSITION\",\"primaryClinicianId\":" + clinicianId
                + ",\"focus\":\"SUBSTANCE_USE\"}";
    }

    private static String assessmentJson(long episode, LocalDate on, String edition, int d3) {
        return "{\"episodeId\":" + episode + ",\"assessedOn\":\"" + on + "\",\"edition\":\"" + edition + "\",\"d1Rating\":1,"
                + "\"d2Rating\":0,\"d3Rating\":" + d3 + ",\"d4Rating\":2,\"d5Rating\":3,\"d6Rating\":1,"
                + "\"d5Note\":\"Relapse within a month of the last programme\",\"recommendedLevel\":\"ASAM_2_1\"}";
    }

    private static String measureJson(long episode, long instrument, LocalDate on, Integer total, Integer item9) {
        return "{\"episodeId\":" + episode + ",\"instrumentId\":" + instrument + ",\"administeredOn\":\"" + on + "\""
                + (total == null ? "" : ",\"totalScore\":" + total) + (item9 == null ? "" : ",\"safetyItem\":" + item9) + "}";
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

    private long createStaff(WebClient client, Fixture f, String lastName, long siteId) {
        return Staffing.create(client, f, lastName, siteId);
    }

    private JsonObject addLicence(WebClient client, long staffId, LocalDate expiry) {
        return Staffing.licence(client, staffId, expiry);
    }

    private Fixture fixture() throws Exception {
        return Fixture.create(base.toURI());
    }

    private WebClient signedIn(String username) throws Exception {
        return Fixture.signedIn(base.toURI(), username);
    }
}
