package org.iopmanager.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
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

import org.iopmanager.audit.entity.AuditEntry;
import org.iopmanager.platform.control.NpiCheck;
import org.iopmanager.reporting.boundary.ExpiringCredentials;
import org.iopmanager.reporting.boundary.ExpiringFilter;
import org.iopmanager.site.entity.Site;
import org.iopmanager.staff.control.CredentialStatusRule;
import org.iopmanager.staff.entity.Credential;
import org.iopmanager.staff.entity.CredentialType;
import org.iopmanager.staff.entity.CredentialingDecision;
import org.iopmanager.staff.entity.DecisionKind;
import org.iopmanager.staff.entity.DecisionOutcome;
import org.iopmanager.staff.entity.Discipline;
import org.iopmanager.staff.entity.StaffMember;
import org.iopmanager.testsupport.Deployments;
import org.iopmanager.testsupport.Fixture;
import org.iopmanager.testsupport.Json;
import org.iopmanager.testsupport.PdfText;
import org.iopmanager.testsupport.TestDb;
import org.iopmanager.testsupport.WebClient;

/**
 * Staff, credentials, primary-source verification, the work list, clearance and the staff reports, in one
 * Payara Micro: mostly through HTTP as real users of each role (the services check roles and scope, so the API
 * and the pages answer alike); the report tests build their data in-container at two fresh sites.
 */
@ExtendWith(ArquillianExtension.class)
class StaffIT {

    static final ZoneId SITE_A_ZONE = ZoneId.of("America/New_York");
    private static final long LCSW_DISCIPLINE = 104;
    private static final long LCSW_TYPE = 206;
    private static final long BLS_TYPE = 219;

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
    ExpiringCredentials expiringCredentials;

    // ---- credentialing office: staff, credential, verification, work list ----

    @Test
    @RunAsClient
    void aNewCredentialIsOnTheWorkListUntilItsVerificationIsRecorded() throws Exception {
        Fixture f = fixture();
        WebClient office = signedIn(f.credentialing());
        long staffId = createStaff(office, f, "Work", f.siteA());
        JsonObject credential = addLicence(office, staffId, today().plusYears(2));
        long credentialId = credential.getJsonNumber("id").longValue();
        assertThat(credential.getString("status")).isEqualTo("PENDING_VERIFICATION");

        JsonArray listed = Json.parse(office.getJson("api/credentials/work?site=" + f.siteA()).body()).asJsonArray();
        assertThat(listed).hasSize(1);
        assertThat(listed.getJsonObject(0).getString("reason")).isEqualTo("NEW");
        assertThat(listed.getJsonObject(0).getBoolean("blocking")).isTrue();

        HttpResponse<String> verified = verify(office, credentialId, credential.getJsonNumber("version").longValue(),
                "VERIFIED", today());
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        assertThat(Json.object(office.getJson("api/credentials/" + credentialId).body()).getString("status"))
                .isEqualTo("VERIFIED");
        assertThat(Json.parse(office.getJson("api/credentials/work?site=" + f.siteA()).body()).asJsonArray()).isEmpty();
        assertThat(history(office, staffId)).filteredOn(e -> e.getString("entityType").equals("Verification"))
                .extracting(e -> e.getString("reason")).containsExactly("Primary-source verification: VERIFIED");
    }

    @Test
    @RunAsClient
    void theWorkListCountsEachReasonAsTheRowsSayAndPutsTheMostOverdueFirst() throws Exception {
        Fixture f = fixture();
        WebClient office = signedIn(f.credentialing());
        long staffId = createStaff(office, f, "Counts", f.siteA());
        addLicence(office, staffId, today().plusYears(2));
        JsonObject stale = addLicence(office, staffId, today().plusYears(2));
        verify(office, id(stale), version(stale), "VERIFIED", today().minusDays(121));
        JsonObject fresh = addLicence(office, staffId, today().plusYears(2));
        verify(office, id(fresh), version(fresh), "VERIFIED", today().minusDays(120));
        JsonObject expiring = addLicence(office, staffId, today().plusDays(30));
        verify(office, id(expiring), version(expiring), "VERIFIED", today());
        JsonObject problem = addLicence(office, staffId, today().plusYears(1));
        verify(office, id(problem), version(problem), "DISCREPANCY", today().minusDays(200));
        addLicence(office, staffId, today());

        JsonObject counts = Json.object(office.getJson("api/credentials/work/counts?site=" + f.siteA()).body());
        assertThat(counts.getInt("NEW")).isEqualTo(1);
        assertThat(counts.getInt("VERIFICATION_EXPIRED")).isEqualTo(1);
        assertThat(counts.getInt("EXPIRING")).as("fresh until tomorrow, and 30 days to expiry").isEqualTo(2);
        assertThat(counts.getInt("PROBLEM")).isEqualTo(1);
        assertThat(counts.getInt("EXPIRED")).as("expires today: no longer valid today").isEqualTo(1);

        JsonArray rows = Json.parse(office.getJson("api/credentials/work?site=" + f.siteA()).body()).asJsonArray();
        assertThat(rows).hasSize(6);
        List<String> reasons = rows.stream().map(r -> r.asJsonObject().getString("reason")).toList();
        assertThat(reasons.get(0)).isEqualTo("PROBLEM");
        assertThat(reasons.subList(4, 6)).containsExactly("EXPIRING", "EXPIRING");
        for (String reason : List.of("NEW", "VERIFICATION_EXPIRED", "EXPIRING", "PROBLEM", "EXPIRED")) {
            assertThat(Json.parse(office.getJson("api/credentials/work?site=" + f.siteA() + "&reason=" + reason).body())
                    .asJsonArray()).allMatch(r -> r.asJsonObject().getString("reason").equals(reason))
                    .hasSize(counts.getInt(reason));
        }
    }

    @Test
    @RunAsClient
    void aClaimedItemStaysWithItsOwner() throws Exception {
        Fixture f = fixture();
        WebClient office = signedIn(f.credentialing());
        WebClient admin = signedIn(f.admin());
        long credentialId = id(addLicence(office, createStaff(office, f, "Claim", f.siteA()), today().plusYears(2)));

        assertThat(office.post("api/credentials/" + credentialId + "/claim").statusCode()).isEqualTo(200);
        HttpResponse<String> taken = admin.post("api/credentials/" + credentialId + "/claim");
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(Json.object(taken.body()).getString("message")).contains(f.credentialing());
        assertThat(Json.parse(office.getJson("api/credentials/work?mine=true").body()).asJsonArray())
                .extracting(r -> r.asJsonObject().getJsonNumber("credentialId").longValue()).containsExactly(credentialId);
    }

    @Test
    @RunAsClient
    void aChangeToCredentialingDataNeedsAReasonAndKeepsIt() throws Exception {
        Fixture f = fixture();
        WebClient office = signedIn(f.credentialing());
        long staffId = createStaff(office, f, "Reason", f.siteA());
        JsonObject staff = Json.object(office.getJson("api/staff/" + staffId).body());

        HttpResponse<String> without = office.putJson("api/staff/" + staffId, staffJson(f, "Reason", "Renamed",
                staff.getJsonNumber("version").longValue(), f.siteA(), ""));
        assertThat(without.statusCode()).isEqualTo(400);
        assertThat(Json.object(without.body()).getJsonArray("fields").getJsonObject(0).getString("field")).isEqualTo("reason");

        HttpResponse<String> with = office.putJson("api/staff/" + staffId, staffJson(f, "Reason", "Renamed",
                staff.getJsonNumber("version").longValue(), f.siteA(), "Name changed on marriage certificate"));
        assertThat(with.statusCode()).as(with.body()).isEqualTo(200);
        List<JsonObject> updates = history(office, staffId).stream()
                .filter(e -> e.getString("entityType").equals("StaffMember") && e.getString("action").equals("UPDATE")).toList();
        assertThat(updates).hasSize(1);
        assertThat(updates.get(0).getString("reason")).isEqualTo("Name changed on marriage certificate");
        assertThat(updates.get(0).getString("detail")).contains("\"lastName\":\"Reason" + f.suffix() + "\"")
                .contains("\"lastName\":\"Renamed" + f.suffix() + "\"");

        HttpResponse<String> stale = office.putJson("api/staff/" + staffId, staffJson(f, "Reason", "Again",
                staff.getJsonNumber("version").longValue(), f.siteA(), "Second try from the old version"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(Json.object(stale.body()).getString("changedBy")).isEqualTo(f.credentialing());
    }

    @Test
    @RunAsClient
    void aBadNpiAndAnExpiryBeforeIssueAreFieldMessagesAndNothingIsWritten() throws Exception {
        Fixture f = fixture();
        WebClient office = signedIn(f.credentialing());
        String badNpi = staffJson(f, "Bad", "Npi", 0, f.siteA(), null).replaceFirst("\"npi\":\"[0-9]+\"", "\"npi\":\"1234567890\"");
        HttpResponse<String> refused = office.postJson("api/staff", badNpi);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"npi\"");
        assertThat(Json.parse(office.getJson("api/staff?text=Npi&site=" + f.siteA()).body()).asJsonArray()).isEmpty();

        long staffId = createStaff(office, f, "Dates", f.siteA());
        HttpResponse<String> backwards = office.postJson("api/staff/" + staffId + "/credentials",
                "{\"version\":0,\"typeId\":206,\"number\":\"X-1\",\"issuer\":\"Board\",\"state\":\"MA\",\"issueDate\":\""
                        + today() + "\",\"expiryDate\":\"" + today().minusDays(1) + "\"}");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("\"field\":\"expiryDate\"");
        assertThat(Json.parse(office.getJson("api/staff/" + staffId + "/credentials").body()).asJsonArray()).isEmpty();
    }

    @Test
    @RunAsClient
    void aRenewalIsVouchedForOnlyByALaterVerificationAndATakenNpiIsAFieldMessage() throws Exception {
        Fixture f = fixture();
        WebClient office = signedIn(f.credentialing());
        long staffId = createStaff(office, f, "Renewal", f.siteA());
        JsonObject licence = addLicence(office, staffId, today().plusDays(20));
        verify(office, id(licence), version(licence), "VERIFIED", today().minusDays(10));
        JsonObject verified = Json.object(office.getJson("api/credentials/" + id(licence)).body());
        HttpResponse<String> renewed = office.putJson("api/credentials/" + id(licence), "{\"version\":" + version(verified)
                + ",\"typeId\":206,\"number\":\"" + verified.getString("number") + "\",\"issuer\":\"State board\","
                + "\"state\":\"MA\",\"expiryDate\":\"" + today().plusYears(2) + "\",\"reason\":\"Renewed licence received\"}");
        assertThat(renewed.statusCode()).as(renewed.body()).isEqualTo(200);
        assertThat(Json.object(renewed.body()).getString("status")).isEqualTo("PENDING_VERIFICATION");

        HttpResponse<String> backdated = verify(office, id(licence), version(Json.object(renewed.body())), "VERIFIED",
                today().minusDays(5));
        assertThat(backdated.statusCode()).isEqualTo(400);
        assertThat(backdated.body()).contains("\"field\":\"verifiedOn\"");
        assertThat(verify(office, id(licence), version(Json.object(renewed.body())), "VERIFIED", today()).statusCode())
                .isEqualTo(200);

        long other = createStaff(office, f, "Other", f.siteA());
        String takenNpi = Json.object(office.getJson("api/staff/" + staffId).body()).getString("npi");
        JsonObject otherStaff = Json.object(office.getJson("api/staff/" + other).body());
        String clash = staffJson(f, "Test", "Other", version(otherStaff), f.siteA(), "Typo fix")
                .replaceFirst("\"npi\":\"[0-9]+\"", "\"npi\":\"" + takenNpi + "\"");
        HttpResponse<String> refused = office.putJson("api/staff/" + other, clash);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"npi\"");
    }

    @Test
    @RunAsClient
    void aScriptImportsTheMonthlyLeieScreensAndTheOfficeConfirmsAMatchOverTheApi() throws Exception {
        Fixture f = fixture();
        WebClient office = signedIn(f.credentialing());
        long staffId = createStaff(office, f, "Listed", f.siteA());
        String npi = Json.object(office.getJson("api/staff/" + staffId).body()).getString("npi");
        String csv = "LASTNAME,FIRSTNAME,MIDNAME,BUSNAME,GENERAL,SPECIALTY,UPIN,NPI,DOB,ADDRESS,CITY,STATE,ZIP,EXCLTYPE,"
                + "EXCLDATE,REINDATE,WAIVERDATE,WVRSTATE\n"
                + "SOMEONE,ELSE,,,IND,NURSE,," + npi + ",19700101,\"1 MAIN ST, APT 2\",BOSTON,MA,02114,1128a1,20240101,"
                + "00000000,00000000,\n"
                + "NOBODY" + f.suffix().toUpperCase(java.util.Locale.ROOT) + ",AT,,,IND,NURSE,,0000000000,19600101,2 ELM,"
                + "SALEM,MA,01970,1128b4,20230101,00000000,00000000,\n";

        assertThat(signedIn(f.clinicianA()).postBytes("api/exclusions/lists?name=leie.csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv").statusCode()).isEqualTo(403);
        HttpResponse<String> imported = office.postBytes("api/exclusions/lists?name=LEIE-" + f.suffix() + ".csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(Json.object(imported.body()).getJsonObject("list").getInt("rows")).isEqualTo(2);
        assertThat(Json.object(office.getJson("api/exclusions/lists/current").body()).getString("fileName"))
                .isEqualTo("LEIE-" + f.suffix() + ".csv");

        HttpResponse<String> screened = office.post("api/exclusions/screenings");
        assertThat(screened.statusCode()).as(screened.body()).isEqualTo(200);
        JsonObject match = Json.parse(office.getJson("api/exclusions/matches?status=OPEN&max=500").body()).asJsonArray()
                .stream().map(v -> v.asJsonObject()).filter(m -> m.getJsonNumber("staffId").longValue() == staffId)
                .findFirst().orElseThrow();
        assertThat(match.getString("basis")).isEqualTo("NPI");

        HttpResponse<String> noReason = office.postJson("api/exclusions/matches/" + id(match) + "/confirm",
                "{\"version\":" + version(match) + "}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");
        HttpResponse<String> confirmed = office.postJson("api/exclusions/matches/" + id(match) + "/confirm",
                "{\"version\":" + version(match) + ",\"reason\":\"Same NPI; OIG record checked\"}");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(Json.object(confirmed.body()).getString("status")).isEqualTo("CONFIRMED");
        assertThat(Json.object(office.getJson("api/staff/" + staffId).body()).getBoolean("excluded")).isTrue();
        assertThat(Json.object(office.getJson("api/staff/" + staffId + "/clearance?service=GROUP_THERAPY&site=" + f.siteA())
                .body()).toString()).contains("clearance.excluded");
        assertThat(history(office, staffId)).anyMatch(e -> "Same NPI; OIG record checked".equals(e.getString("reason", null)));
    }

    // ---- roles and scope ----

    @Test
    @RunAsClient
    void aClinicianCannotRecordAVerificationNorReadStaffFiles() throws Exception {
        Fixture f = fixture();
        WebClient office = signedIn(f.credentialing());
        long staffId = createStaff(office, f, "Guarded", f.siteA());
        JsonObject credential = addLicence(office, staffId, today().plusYears(2));

        WebClient clinician = signedIn(f.clinicianA());
        assertThat(verify(clinician, id(credential), version(credential), "VERIFIED", today()).statusCode()).isEqualTo(403);
        assertThat(clinician.getJson("api/staff/" + staffId).statusCode()).isEqualTo(403);
        assertThat(clinician.getJson("api/credentials/work").statusCode()).isEqualTo(403);
        assertThat(clinician.get("staff/worklist.xhtml").statusCode()).isEqualTo(403);
        assertThat(clinician.get("staff/member.xhtml?id=" + staffId).statusCode()).isEqualTo(403);

        WebClient auditor = signedIn(f.auditor());
        assertThat(auditor.getJson("api/staff/" + staffId).statusCode()).isEqualTo(200);
        assertThat(verify(auditor, id(credential), version(credential), "VERIFIED", today()).statusCode()).isEqualTo(403);
        assertThat(Json.parse(office.getJson("api/credentials/" + id(credential) + "/verifications").body()).asJsonArray())
                .isEmpty();
    }

    @Test
    @RunAsClient
    void aSiteAdministratorSeesStaffOfTheirSitesOnlyEvenByGuessingAnId() throws Exception {
        Fixture f = fixture();
        WebClient office = signedIn(f.credentialing());
        long atA = createStaff(office, f, "AtA", f.siteA());
        long atB = createStaff(office, f, "AtB", f.siteB());

        HttpResponse<String> both = office.postJson("api/staff", staffJson(f, "Test", "Both", 0, f.siteB(), null)
                .replace("\"siteIds\":[" + f.siteB() + "]", "\"siteIds\":[" + f.siteB() + "," + f.siteA() + "]"));
        long homeBAlsoA = id(Json.object(both.body()));

        WebClient siteAdmin = signedIn(f.siteAdminA());
        assertThat(siteAdmin.getJson("api/staff/" + atA).statusCode()).isEqualTo(200);
        HttpResponse<String> page = siteAdmin.get("staff/member.xhtml?id=" + homeBAlsoA);
        assertThat(page.statusCode()).as("works at A too, though employed by B").isEqualTo(200);
        assertThat(page.body()).contains("Both" + f.suffix()).contains("Clearance");
        assertThat(siteAdmin.getJson("api/staff/" + atB).statusCode()).isEqualTo(404);
        assertThat(siteAdmin.get("staff/member.xhtml?id=" + atB).statusCode()).isEqualTo(404);
        assertThat(siteAdmin.getJson("api/staff/" + atB + "/credentials").statusCode()).isEqualTo(404);
        String listed = siteAdmin.getJson("api/staff?max=500").body();
        assertThat(listed).contains("\"id\":" + atA).doesNotContain("\"id\":" + atB);
        assertThat(siteAdmin.postJson("api/staff", staffJson(f, "Sneaky", "Add", 0, f.siteA(), null)).statusCode())
                .isEqualTo(403);
        assertThat(history(office, atB)).as("the refused look-ups are audited")
                .anyMatch(e -> e.getString("action").equals("ACCESS_DENIED") && e.getString("actor").equals(f.siteAdminA()));
    }

    // ---- clearance ----

    @Test
    @RunAsClient
    void clearanceSaysWhyNotUntilTheClinicianIsCredentialedAndVerified() throws Exception {
        Fixture f = fixture();
        WebClient office = signedIn(f.credentialing());
        long staffId = createStaff(office, f, "Clear", f.siteA());
        JsonObject licence = addLicence(office, staffId, today().plusYears(2));
        String question = "api/staff/" + staffId + "/clearance?service=GROUP_THERAPY&site=" + f.siteA();

        JsonObject before = Json.object(office.getJson(question).body());
        assertThat(before.getBoolean("allowed")).isFalse();
        assertThat(before.getJsonArray("reasons").stream().map(r -> r.asJsonObject().getString("key")).toList())
                .containsExactly("clearance.credentialing.PENDING", "clearance.noVerifiedCredential",
                        "clearance.credential.status");

        verify(office, id(licence), version(licence), "VERIFIED", today());
        decide(office, staffId);

        JsonObject after = Json.object(office.getJson(question).body());
        assertThat(after.getBoolean("allowed")).as(after.toString()).isTrue();
        assertThat(after.getJsonArray("reasons").getJsonObject(0).getString("key")).isEqualTo("clearance.allowedBy");
        JsonObject medication = Json.object(office.getJson("api/staff/" + staffId
                + "/clearance?service=MEDICATION_MANAGEMENT&site=" + f.siteA()).body());
        assertThat(medication.getBoolean("allowed")).isFalse();
        assertThat(medication.getJsonArray("reasons").getJsonObject(0).getString("key")).isEqualTo("clearance.noEligibleType");

        WebClient clinician = signedIn(f.clinicianA());
        String clinicianAnswer = clinician.getJson(question).body();
        assertThat(Json.object(clinicianAnswer).getBoolean("allowed")).isTrue();
        assertThat(clinicianAnswer).as("no credential details for clinicians").contains("clearance.cleared")
                .doesNotContain(licence.getString("number"));
        assertThat(clinician.getJson("api/staff/" + staffId + "/clearance?service=GROUP_THERAPY&site=" + f.siteB())
                .statusCode()).as("a site outside the clinician's scope").isEqualTo(404);
        assertThat(Json.object(office.getJson("api/staff/" + staffId + "/clearance?service=GROUP_THERAPY&site=" + f.siteA()
                + "&date=" + today().plusYears(3)).body()).getBoolean("allowed")).as("after expiry and recredentialing")
                .isFalse();
    }

    @Test
    @RunAsClient
    void anAssociateIsClearedOnlyWhileSupervisedAndLogsHoursOnlyThen() throws Exception {
        Fixture f = fixture();
        WebClient office = signedIn(f.credentialing());
        long supervisor = createStaff(office, f, "Mentor", f.siteA());
        long associate = createStaff(office, f, "Associate", f.siteA());
        HttpResponse<String> added = office.postJson("api/staff/" + associate + "/credentials",
                "{\"version\":0,\"typeId\":209,\"number\":\"LPCA-1\",\"issuer\":\"Board\",\"state\":\"MA\","
                        + "\"expiryDate\":\"" + today().plusYears(1) + "\"}");
        JsonObject licence = Json.object(added.body());
        verify(office, id(licence), version(licence), "VERIFIED", today());
        decide(office, associate);
        String question = "api/staff/" + associate + "/clearance?service=INDIVIDUAL_COUNSELLING&site=" + f.siteA();

        JsonObject unsupervised = Json.object(office.getJson(question).body());
        assertThat(unsupervised.getBoolean("allowed")).isFalse();
        assertThat(unsupervised.toString()).contains("clearance.credential.unsupervised");
        HttpResponse<String> early = office.postJson("api/staff/" + associate + "/supervised-hours",
                "{\"workedOn\":\"" + today() + "\",\"hours\":2.5}");
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(early.body()).contains("\"field\":\"workedOn\"");

        JsonObject staff = Json.object(office.getJson("api/staff/" + associate).body());
        String edit = staffJson(f, "Test", "Associate", version(staff), f.siteA(), "Supervision agreement signed")
                .replace("\"employmentStatus\"", "\"supervisorId\":" + supervisor + ",\"supervisionStart\":\""
                        + today().minusDays(10) + "\",\"employmentStatus\"");
        assertThat(office.putJson("api/staff/" + associate, edit).statusCode()).isEqualTo(200);

        assertThat(Json.object(office.getJson(question).body()).getBoolean("allowed")).isTrue();
        HttpResponse<String> logged = office.postJson("api/staff/" + associate + "/supervised-hours",
                "{\"workedOn\":\"" + today() + "\",\"hours\":2.5,\"note\":\"Case review\"}");
        assertThat(logged.statusCode()).as(logged.body()).isEqualTo(200);
        assertThat(Json.object(logged.body()).getJsonNumber("supervisorId").longValue()).isEqualTo(supervisor);
        assertThat(signedIn(f.auditor()).postJson("api/staff/" + associate + "/supervised-hours",
                "{\"workedOn\":\"" + today() + "\",\"hours\":1}").statusCode()).isEqualTo(403);
    }

    @Test
    @RunAsClient
    void clearanceObeysTheEligibilityTableWhichOnlyAdministratorsChange() throws Exception {
        Fixture f = fixture();
        WebClient office = signedIn(f.credentialing());
        WebClient admin = signedIn(f.admin());
        long staffId = createStaff(office, f, "Nurse", f.siteA());
        HttpResponse<String> added = office.postJson("api/staff/" + staffId + "/credentials",
                "{\"version\":0,\"typeId\":205,\"number\":\"RN-1\",\"issuer\":\"Board\",\"state\":\"MA\","
                        + "\"expiryDate\":\"" + today().plusYears(1) + "\"}");
        JsonObject licence = Json.object(added.body());
        verify(office, id(licence), version(licence), "VERIFIED", today());
        decide(office, staffId);
        String question = "api/staff/" + staffId + "/clearance?service=GROUP_THERAPY&site=" + f.siteA();
        assertThat(Json.object(office.getJson(question).body()).getBoolean("allowed")).isFalse();

        String rule = "{\"typeId\":205,\"service\":\"GROUP_THERAPY\"}";
        assertThat(office.postJson("api/eligibility", rule).statusCode()).isEqualTo(403);
        HttpResponse<String> allowed = admin.postJson("api/eligibility", rule);
        assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(200);
        try {
            assertThat(Json.object(office.getJson(question).body()).getBoolean("allowed")).isTrue();
            assertThat(admin.postJson("api/eligibility", rule).statusCode()).as("no duplicate rows").isEqualTo(400);
        } finally {
            assertThat(admin.delete("api/eligibility/" + id(Json.object(allowed.body()))).statusCode()).isEqualTo(204);
        }
        assertThat(Json.object(office.getJson(question).body()).getBoolean("allowed")).isFalse();
    }

    // ---- staff reports: expiring credentials and exports, credential file, due page (in-container data) ----

    /** What one test built: the fixture's sites and users, and staff with credentials keyed by number. */
    private record World(Fixture f, LocalDate today, StaffMember atA, StaffMember atB, StaffMember atBoth,
            StaffMember inactive) {
    }

    @Test
    void theHorizonIncludesItsLastDayAndLeavesTheExpiredOutUnlessAskedFor() throws Exception {
        World w = world();
        WebClient credentialing = signedIn(w.f().credentialing());

        String thirty = csv(credentialing, "30", false, w.f().siteA());
        assertThat(thirty).contains(number(w, "in1"), number(w, "in30"))
                .doesNotContain(number(w, "in31"), number(w, "today"), number(w, "past5"), number(w, "retired10"),
                        number(w, "inactiveStaff10"));
        assertThat(thirty.split("\r\n")[0]).startsWith("Staff member,Home site,Kind,Type,Number");
        assertThat(line(thirty, number(w, "in1"))).startsWith(w.atA().getFullName() + ",");

        String sixty = csv(credentialing, "60", false, w.f().siteA());
        assertThat(sixty).contains(number(w, "in1"), number(w, "in30"), number(w, "in31"))
                .doesNotContain(number(w, "today"), number(w, "in61"));

        String expired = csv(credentialing, "30", true, w.f().siteA());
        assertThat(expired).contains(number(w, "today"), number(w, "past5"), number(w, "in30"))
                .doesNotContain(number(w, "in31"));
        assertThat(line(expired, number(w, "today"))).contains(",0,Expired");
        assertThat(line(expired, number(w, "in30"))).contains(",30,");

        List<AuditEntry> exports = auditBy(w.f().credentialing(), "ExpiringCredentials");
        assertThat(exports).hasSize(3).allSatisfy(e -> {
            assertThat(e.getAction().name()).isEqualTo("EXPORT");
            assertThat(e.getSiteId()).isEqualTo(w.f().siteA());
        });
        assertThat(exports.get(0).getSummary()).contains("CSV").contains("days=30").contains("expired=false");
        assertThat(exports.get(2).getSummary()).contains("expired=true");
    }

    @Test
    void excelAndPdfExportsAreFilesOfTheWholeListAndAudited() throws Exception {
        World w = world();
        WebClient auditor = signedIn(w.f().auditor());
        Map<String, String> fields = Map.of("form:days", "90", "form:site", String.valueOf(w.f().siteA()));

        HttpResponse<String> xlsx = auditor.submit("reporting/expiring.xhtml", "form", "form:exportXlsx", fields);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("spreadsheetml"));
        assertThat(xlsx.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains(".xlsx"));

        HttpResponse<String> pdf = auditor.submit("reporting/expiring.xhtml", "form", "form:exportPdf", fields);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/pdf"));
        assertThat(pdf.body()).startsWith("%PDF-");

        assertThat(auditBy(w.f().auditor(), "ExpiringCredentials")).extracting(AuditEntry::getSummary)
                .anySatisfy(s -> assertThat(s).contains("XLSX"))
                .anySatisfy(s -> assertThat(s).contains("PDF"));
    }

    @Test
    void aSiteAdministratorSeesOnlyStaffWhoWorkAtTheirSites() throws Exception {
        World w = world();
        WebClient siteAdmin = signedIn(w.f().siteAdminA());

        String all = csv(siteAdmin, "90", false, null);
        assertThat(all).contains(number(w, "in30"), number(w, "both20")).doesNotContain(number(w, "onlyB20"));

        WebClient admin = signedIn(w.f().admin());
        assertThat(csv(admin, "90", false, w.f().siteB())).contains(number(w, "onlyB20"), number(w, "both20"))
                .doesNotContain(number(w, "in30"));

        HttpResponse<String> page = siteAdmin.get("reporting/expiring.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(w.atA().getFullName()).doesNotContain(w.atB().getFullName())
                .contains("staff/member.xhtml?id=" + w.atA().getId());

        HttpResponse<String> due = siteAdmin.get("staff/due.xhtml");
        assertThat(due.statusCode()).isEqualTo(200);
        assertThat(due.body()).contains(w.atA().getFullName(), w.atBoth().getFullName())
                .doesNotContain(w.atB().getFullName()).doesNotContain(w.inactive().getFullName());
        String recredentialing = between(due.body(), "id=\"form:recredentialing\"", "id=\"form:pending\"");
        assertThat(recredentialing).contains(w.atBoth().getFullName()).contains(w.today().plusDays(100).toString())
                .contains(">100<").doesNotContain(w.atA().getFullName());
        assertThat(between(due.body(), "id=\"form:pending\"", "id=\"form:monitoring\""))
                .contains(w.atA().getFullName()).doesNotContain(w.atBoth().getFullName());
    }

    @Test
    void theCredentialFileIsAPdfForAVisibleStaffMemberAndNotFoundOutsideTheScope() throws Exception {
        World w = world();
        WebClient siteAdmin = signedIn(w.f().siteAdminA());

        HttpResponse<byte[]> file = siteAdmin.getBytes("staff/credential-file?id=" + w.atA().getId());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
        assertThat(new String(file.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = PdfText.of(file.body());
        assertThat(text).contains(w.atA().getFullName()).contains(number(w, "in30")).contains("Pending")
                .contains("Primary-source verifications").contains("Exclusion screenings");

        List<AuditEntry> downloads = auditBy(w.f().siteAdminA(), "StaffMember");
        assertThat(downloads).extracting(e -> e.getAction().name()).contains("DOWNLOAD");
        assertThat(downloads).filteredOn(e -> e.getAction().name().equals("DOWNLOAD")).singleElement()
                .satisfies(e -> assertThat(e.getEntityId()).isEqualTo(String.valueOf(w.atA().getId())));

        assertThat(siteAdmin.getBytes("staff/credential-file?id=" + w.atB().getId()).statusCode()).isEqualTo(404);
        assertThat(auditBy(w.f().siteAdminA(), "StaffMember")).extracting(e -> e.getAction().name())
                .contains("ACCESS_DENIED").containsOnlyOnce("DOWNLOAD");
        for (String query : List.of("", "?id=", "?id=abc", "?id=-1", "?id=99999999999999999999", "?id=" + Long.MAX_VALUE)) {
            assertThat(siteAdmin.getBytes("staff/credential-file" + query).statusCode()).as(query).isEqualTo(404);
        }
        assertThat(signedIn(w.f().credentialing()).getBytes("staff/credential-file?id=" + w.atB().getId()).statusCode())
                .as("provider-wide").isEqualTo(200);
    }

    @Test
    void aClinicianGetsNoStaffReports() throws Exception {
        World w = world();
        WebClient clinician = signedIn(w.f().clinicianA());
        assertThat(clinician.get("reporting/expiring.xhtml").statusCode()).isEqualTo(403);
        assertThat(clinician.get("staff/due.xhtml").statusCode()).isEqualTo(403);
        assertThat(clinician.getBytes("staff/credential-file?id=" + w.atA().getId()).statusCode()).isEqualTo(403);
        assertThat(clinician.get("index.xhtml").body()).doesNotContain("menuExpiring").doesNotContain("menuDue");
        assertThat(signedIn(w.f().credentialing()).get("index.xhtml").body()).contains("menuExpiring").contains("menuDue");

        assertThatThrownBy(() -> expiringCredentials.count(new ExpiringFilter(30, false, null, null)))
                .as("the service itself refuses a caller without a staff-reading role")
                .isInstanceOf(EJBAccessException.class);
    }

    // ---- staff reports: helpers ----

    /** A credential number unique to the test, by its label. */
    private static String number(World w, String label) {
        return label.toUpperCase() + "-" + w.f().suffix();
    }

    private World world() throws Exception {
        Fixture f = fixture();
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        tx.begin();
        Site a = db.em().find(Site.class, f.siteA());
        Site b = db.em().find(Site.class, f.siteB());
        StaffMember atA = staff("A" + f.suffix(), a, Set.of(a), true);
        StaffMember atB = staff("B" + f.suffix(), b, Set.of(b), true);
        StaffMember atBoth = staff("AB" + f.suffix(), b, Set.of(a, b), true);
        StaffMember inactive = staff("Gone" + f.suffix(), a, Set.of(a), false);
        World w = new World(f, today, atA, atB, atBoth, inactive);
        credential(w, atA, "in1", LCSW_TYPE, today.plusDays(1), true);
        credential(w, atA, "in30", LCSW_TYPE, today.plusDays(30), true);
        credential(w, atA, "in31", BLS_TYPE, today.plusDays(31), true);
        credential(w, atA, "in61", BLS_TYPE, today.plusDays(61), true);
        credential(w, atA, "today", BLS_TYPE, today, true);
        credential(w, atA, "past5", BLS_TYPE, today.minusDays(5), true);
        credential(w, atA, "retired10", BLS_TYPE, today.plusDays(10), false);
        credential(w, inactive, "inactiveStaff10", BLS_TYPE, today.plusDays(10), true);
        credential(w, atB, "onlyB20", LCSW_TYPE, today.plusDays(20), true);
        credential(w, atBoth, "both20", LCSW_TYPE, today.plusDays(20), true);
        db.em().flush();
        CredentialingDecision decision = new CredentialingDecision(atBoth, DecisionKind.INITIAL, "cr-" + f.suffix(), Instant.now());
        decision.setOutcome(DecisionOutcome.APPROVED);
        decision.setDecidedOn(today.minusMonths(36).plusDays(100));
        decision.setRecredentialDue(today.plusDays(100));
        db.em().persist(decision);
        db.em().flush();
        atBoth.setLatestDecision(decision);
        tx.commit();
        return w;
    }

    private StaffMember staff(String last, Site home, Set<Site> sites, boolean active) {
        StaffMember draft = new StaffMember();
        draft.setFirstName("Staff");
        draft.setLastName(last);
        draft.setDateOfBirth(LocalDate.of(1985, 5, 5));
        draft.setEmploymentStart(LocalDate.of(2024, 1, 2));
        StaffMember staff = new StaffMember(Instant.now());
        staff.copyDetailsFrom(draft);
        staff.setDiscipline(db.em().find(Discipline.class, LCSW_DISCIPLINE));
        staff.setHomeSite(home);
        staff.setSites(new java.util.LinkedHashSet<>(sites));
        staff.setActive(active);
        db.em().persist(staff);
        return staff;
    }

    private void credential(World w, StaffMember staff, String label, long typeId, LocalDate expiry, boolean active) {
        Credential draft = new Credential();
        draft.setType(db.em().find(CredentialType.class, typeId));
        draft.setNumber(number(w, label));
        draft.setIssuer("Board");
        draft.setState("MA");
        draft.setExpiryDate(expiry);
        Credential credential = new Credential(staff, Instant.now());
        credential.copyDetailsFrom(draft);
        credential.setActive(active);
        credential.refreshAttention(CredentialStatusRule.DEFAULT, w.today());
        db.em().persist(credential);
    }

    /** The CSV export of the expiring list with a horizon, the expired option and a site (null: all). */
    private static String csv(WebClient client, String days, boolean expired, Long siteId) {
        Map<String, String> fields = new HashMap<>();
        fields.put("form:days", days);
        if (expired) {
            fields.put("form:expired_input", "on");
        }
        if (siteId != null) {
            fields.put("form:site", String.valueOf(siteId));
        }
        HttpResponse<String> response = client.submit("reporting/expiring.xhtml", "form", "form:exportCsv", fields);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).as(response.body())
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        return response.body();
    }

    private static String between(String html, String from, String to) {
        int start = html.indexOf(from);
        int end = html.indexOf(to, start);
        assertThat(start).as(from).isNotNegative();
        assertThat(end).as(to).isGreaterThan(start);
        return html.substring(start, end);
    }

    private static String line(String csv, String marker) {
        return java.util.Arrays.stream(csv.split("\r\n")).filter(l -> l.contains(marker)).findFirst().orElseThrow();
    }

    private List<AuditEntry> auditBy(String actor, String entityType) {
        db.em().clear();
        return db.em().createQuery("select a from AuditEntry a where a.actor = :actor and a.entityType = :type order by a.id",
                AuditEntry.class).setParameter("actor", actor).setParameter("type", entityType).getResultList();
    }


    // ---- helpers ----

    private static LocalDate today() {
        return LocalDate.now(SITE_A_ZONE);
    }

    private static List<JsonObject> history(WebClient client, long staffId) {
        HttpResponse<String> history = client.getJson("api/staff/" + staffId + "/history");
        assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
        return Json.parse(history.body()).asJsonArray().stream().map(v -> v.asJsonObject()).toList();
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    private static long version(JsonObject json) {
        return json.getJsonNumber("version").longValue();
    }

    private long createStaff(WebClient client, Fixture f, String lastName, long siteId) {
        HttpResponse<String> created = client.postJson("api/staff", staffJson(f, "Test", lastName, 0, siteId, null));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        return id(Json.object(created.body()));
    }

    private static String staffJson(Fixture f, String firstName, String lastName, long version, long siteId, String reason) {
        String nine = "1" + String.format("%08d", Math.abs((f.suffix() + lastName).hashCode()) % 100_000_000);
        return "{\"version\":" + version + ",\"firstName\":\"" + firstName + "\",\"lastName\":\"" + lastName + f.suffix()
                + "\",\"dateOfBirth\":\"1980-01-15\",\"npi\":\"" + nine + NpiCheck.checkDigit(nine)
                + "\",\"email\":\"t@example.org\",\"disciplineId\":104,\"homeSiteId\":" + siteId
                + ",\"siteIds\":[" + siteId + "],\"employmentStatus\":\"ACTIVE\",\"employmentStart\":\"2020-01-01\""
                + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}";
    }

    private JsonObject addLicence(WebClient client, long staffId, LocalDate expiry) {
        HttpResponse<String> added = client.postJson("api/staff/" + staffId + "/credentials",
                "{\"version\":0,\"typeId\":206,\"number\":\"LCSW-" + System.nanoTime() % 1_000_000
                        + "\",\"issuer\":\"State board\",\"state\":\"MA\",\"issueDate\":\"2015-01-01\",\"expiryDate\":\""
                        + expiry + "\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        return Json.object(added.body());
    }

    private HttpResponse<String> verify(WebClient client, long credentialId, long version, String outcome, LocalDate on) {
        return client.postJson("api/credentials/" + credentialId + "/verifications", "{\"credentialVersion\":" + version
                + ",\"source\":\"ISSUING_BOARD\",\"method\":\"ONLINE_LOOKUP\",\"verifiedOn\":\"" + on + "\",\"outcome\":\""
                + outcome + "\",\"reference\":\"look-up\"}");
    }

    private void decide(WebClient client, long staffId) {
        long version = version(Json.object(client.getJson("api/staff/" + staffId).body()));
        HttpResponse<String> decided = client.postJson("api/staff/" + staffId + "/decisions", "{\"staffVersion\":" + version
                + ",\"outcome\":\"APPROVED\",\"decidedOn\":\"" + today() + "\",\"reason\":\"Committee\"}");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
    }

    private Fixture fixture() throws Exception {
        return Fixture.create(base.toURI());
    }

    private WebClient signedIn(String username) throws Exception {
        return Fixture.signedIn(base.toURI(), username);
    }
}
