package org.iopmanager.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.iopmanager.audit.entity.AuditEntry;
import org.iopmanager.browser.Browser;
import org.iopmanager.browser.LoginPage;
import org.iopmanager.demo.control.DemoPlans;
import org.iopmanager.participant.entity.AsamAssessment;
import org.iopmanager.participant.entity.AsamDimension;
import org.iopmanager.participant.entity.AsamEdition;
import org.iopmanager.participant.entity.Episode;
import org.iopmanager.participant.entity.Focus;
import org.iopmanager.participant.entity.LevelOfCare;
import org.iopmanager.participant.entity.Participant;
import org.iopmanager.participant.entity.ReferralSource;
import org.iopmanager.participant.entity.Track;
import org.iopmanager.platform.control.NpiCheck;
import org.iopmanager.site.entity.Site;
import org.iopmanager.staff.entity.Discipline;
import org.iopmanager.staff.entity.EmploymentStatus;
import org.iopmanager.staff.entity.StaffMember;
import org.iopmanager.testsupport.Deployments;
import org.iopmanager.testsupport.Fixture;
import org.iopmanager.testsupport.Json;
import org.iopmanager.testsupport.PdfText;
import org.iopmanager.testsupport.Staffing;
import org.iopmanager.testsupport.TestDb;
import org.iopmanager.testsupport.WebClient;
import org.iopmanager.treatment.entity.PlanStatus;
import org.iopmanager.treatment.entity.TreatmentPlan;

/**
 * Treatment plans in one Payara Micro: through HTTP as real users of each role (the facade checks roles and scope,
 * so the API, the pages and the PDF answer alike), audit lines read in-container, the demo plans on episodes built
 * in-container, and the plan page in headless Chromium.
 */
@ExtendWith(ArquillianExtension.class)
class TreatmentIT {

    private static final ZoneId SITE_A_ZONE = ZoneId.of("America/New_York");

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
    DemoPlans demoPlans;

    /** A fixture with a cleared counsellor at site A and an episode admitted today by the site's clinician. */
    private record World(Fixture f, WebClient clinician, long staffId, long participantId, long episodeId) {
    }

    /** Words of this test's plans, so that the copy-paste check never finds another test's plan. */
    private String tag = "";

    // ---- the plan's life ----

    @Test
    void aDraftWithTwoGoalsIsSignedLockedAndAmendedWithADiff() throws Exception {
        World w = world(Track.ADULT_IOP);
        JsonObject draft = ok(w.clinician().postJson("api/plans", "{\"episodeId\":" + w.episodeId() + "}"));
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(draft.getInt("versionNumber")).isEqualTo(1);
        assertThat(w.clinician().postJson("api/plans", "{\"episodeId\":" + w.episodeId() + "}").statusCode())
                .as("one plan per episode: amend it instead").isEqualTo(400);

        JsonObject saved = ok(w.clinician().putJson("api/plans/" + id(draft), planJson(version(draft), "Sixty days sober",
                w.staffId(), 2, 120, null)));
        assertThat(saved.getJsonObject("hours").getInt("plannedMinutes")).isEqualTo(240 + 60);
        assertThat(saved.getJsonObject("hours").getBoolean("belowMinimum")).isTrue();
        assertThat(saved.getJsonObject("hours").getString("warning")).contains("5", "9");
        JsonArray problems = saved.getJsonArray("problems");
        assertThat(problems.getJsonObject(0).getJsonArray("goals")).hasSize(2);

        JsonArray findings = Json.parse(w.clinician().getJson("api/plans/" + id(saved) + "/quality").body()).asJsonArray();
        assertThat(findings.stream().map(v -> v.asJsonObject().getString("key")).toList())
                .containsExactly("plan.quality.ownWords");
        assertThat(findings.getJsonObject(0).getString("message")).startsWith("Problem 1, Goal 2");

        JsonObject participantSigned = ok(sign(w.clinician(), saved, "PARTICIPANT", null, null));
        assertThat(participantSigned.getString("status")).isEqualTo("AWAITING_SIGNATURES");
        HttpResponse<String> noReason = sign(w.clinician(), participantSigned, "CLINICIAN", null, null);
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"overrideReason\"");
        JsonObject active = ok(sign(w.clinician(), participantSigned, "CLINICIAN", w.staffId(),
                "Participant will word the second goal at the first review"));
        assertThat(active.getString("status")).isEqualTo("ACTIVE");
        assertThat(active.getString("overrideReason")).startsWith("Participant will word");
        assertThat(LocalDate.parse(active.getString("reviewDue"))).isEqualTo(today().plusDays(30));
        JsonObject clinicianSignature = active.getJsonArray("signatures").getJsonObject(1);
        assertThat(clinicianSignature.getString("signedBy")).isEqualTo(w.f().clinicianA());
        assertThat(clinicianSignature.getJsonNumber("staffId").longValue()).isEqualTo(w.staffId());

        HttpResponse<String> locked = w.clinician().putJson("api/plans/" + id(active), planJson(version(active),
                "Changed after signing", w.staffId(), 3, 180, "x"));
        assertThat(locked.statusCode()).as("a signed plan is locked").isEqualTo(400);
        assertThat(locked.body()).contains("signed and locked");

        JsonObject v2 = ok(w.clinician().postJson("api/plans/" + id(active) + "/amend",
                "{\"version\":" + version(active) + ",\"reason\":\"Hours raised to the ASAM minimum\"}"));
        assertThat(v2.getInt("versionNumber")).isEqualTo(2);
        assertThat(v2.getString("status")).isEqualTo("DRAFT");
        JsonObject v2saved = ok(w.clinician().putJson("api/plans/" + id(v2), planJson(version(v2), "Sixty days sober",
                w.staffId(), 3, 180, "I want to sleep through the night")));
        assertThat(v2saved.getJsonObject("hours").getBoolean("belowMinimum")).isFalse();
        JsonArray diff = Json.parse(w.clinician().getJson("api/plans/" + id(v2) + "/diff").body()).asJsonArray();
        List<String> changes = diff.stream().map(v -> v.asJsonObject()).map(c -> c.getString("kind") + " " + c.getString("path")
                + " " + (absent(c, "field") ? "" : c.getString("field"))).toList();
        assertThat(changes).contains("CHANGED P1.G1.O1.I1 sessionsPerWeek", "CHANGED P1.G1.O1.I1 minutesPerSession",
                "CHANGED P1.G2 ownWords");
        assertThat(Json.object(w.clinician().getJson("api/plans/" + id(active)).body()).getString("status"))
                .as("the active version holds until the amendment is signed").isEqualTo("ACTIVE");

        JsonObject v2participant = ok(sign(w.clinician(), v2saved, "PARTICIPANT", null, null));
        JsonObject v2active = ok(sign(w.clinician(), v2participant, "CLINICIAN", null, null));
        assertThat(v2active.getString("status")).isEqualTo("ACTIVE");
        assertThat(Json.object(w.clinician().getJson("api/plans/" + id(active)).body()).getString("status")).isEqualTo("SUPERSEDED");
        assertThat(Json.object(w.clinician().getJson("api/plans?episode=" + w.episodeId()).body()).getInt("versionNumber"))
                .isEqualTo(2);
        assertThat(Json.parse(w.clinician().getJson("api/plans/versions?episode=" + w.episodeId()).body()).asJsonArray()
                .stream().map(v -> v.asJsonObject().getString("status")).toList()).containsExactly("ACTIVE", "SUPERSEDED");

        HttpResponse<String> review = w.clinician().postJson("api/plans/" + id(v2active) + "/review",
                "{\"version\":" + version(v2active) + ",\"reviewedOn\":\"" + today() + "\",\"note\":\"On track\"}");
        assertThat(review.statusCode()).as(review.body()).isEqualTo(200);
        assertThat(Json.object(review.body()).getString("reviewedBy")).isEqualTo(w.f().clinicianA());
    }

    @Test
    void aDischargeClosesThePlanWhichThenTakesNoChange() throws Exception {
        World w = world(Track.ADULT_IOP);
        JsonObject draft = ok(w.clinician().postJson("api/plans", "{\"episodeId\":" + w.episodeId() + "}"));
        JsonObject saved = ok(w.clinician().putJson("api/plans/" + id(draft), planJson(version(draft), "Sixty days sober",
                w.staffId(), 3, 180, "I want my evenings back")));
        JsonObject episode = Json.parse(w.clinician().getJson("api/participants/" + w.participantId() + "/episodes").body())
                .asJsonArray().getJsonObject(0);
        HttpResponse<String> discharged = w.clinician().postJson("api/participants/" + w.participantId() + "/episodes/"
                + w.episodeId() + "/discharge", "{\"version\":" + version(episode) + ",\"dischargeDate\":\"" + today()
                + "\",\"dischargeReason\":\"COMPLETED\"}");
        assertThat(discharged.statusCode()).as(discharged.body()).isEqualTo(200);
        JsonObject closed = ok(w.clinician().getJson("api/plans/" + id(saved)));
        assertThat(closed.getString("status")).as("closed with the episode").isEqualTo("CLOSED");
        assertThat(w.clinician().putJson("api/plans/" + id(closed), planJson(version(closed), "After discharge", w.staffId(),
                3, 180, "x")).statusCode()).isEqualTo(400);
    }

    @Test
    void aResponsibleClinicianWhoIsNotClearedIsRefusedWithTheReasonAndAStaleSaveIs409() throws Exception {
        World w = world(Track.ADULT_IOP);
        WebClient office = signedIn(w.f().credentialing());
        long newcomer = createStaff(office, w.f(), "Newcomer", w.f().siteA());
        addLicence(office, newcomer);
        JsonObject draft = ok(w.clinician().postJson("api/plans", "{\"episodeId\":" + w.episodeId() + "}"));

        HttpResponse<String> refused = w.clinician().putJson("api/plans/" + id(draft), planJson(version(draft), "Criteria",
                newcomer, 3, 180, "x"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"problems:0:goals:0:objectives:0:interventions:0:staff\"")
                .contains("is not cleared for this modality here today").contains("Not cleared; the credentialing office can say why.");
        JsonObject unchanged = Json.object(w.clinician().getJson("api/plans/" + id(draft)).body());
        assertThat(unchanged.getJsonArray("problems")).isEmpty();

        ok(w.clinician().putJson("api/plans/" + id(draft), planJson(version(draft), "Criteria", w.staffId(), 3, 180, "x")));
        HttpResponse<String> stale = w.clinician().putJson("api/plans/" + id(draft), planJson(version(draft), "Other",
                w.staffId(), 3, 180, "x"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(Json.object(stale.body()).getString("changedBy")).isEqualTo(w.f().clinicianA());
    }

    @Test
    void anAdolescentPlanNeedsTheGuardianByName() throws Exception {
        World w = world(Track.ADOLESCENT_IOP);
        JsonObject draft = ok(w.clinician().postJson("api/plans", "{\"episodeId\":" + w.episodeId() + "}"));
        JsonObject saved = ok(w.clinician().putJson("api/plans/" + id(draft), planJson(version(draft), "Back at school",
                w.staffId(), 3, 120, "x")));
        assertThat(saved.getJsonObject("hours").getInt("minimumMinutes")).isEqualTo(360);
        assertThat(saved.getJsonObject("hours").getBoolean("belowMinimum")).as("6 h meet the adolescent minimum").isFalse();
        HttpResponse<String> unnamed = sign(w.clinician(), saved, "PARTICIPANT", null, null);
        assertThat(unnamed.statusCode()).isEqualTo(400);
        assertThat(unnamed.body()).contains("\"field\":\"guardianName\"");
        JsonObject signed = ok(w.clinician().postJson("api/plans/" + id(saved) + "/sign", "{\"version\":" + version(saved)
                + ",\"role\":\"PARTICIPANT\",\"guardianName\":\"Pat Parent\"}"));
        assertThat(signed.getJsonArray("signatures").getJsonObject(0).getString("guardianName")).isEqualTo("Pat Parent");
        assertThat(signed.getString("status")).isEqualTo("AWAITING_SIGNATURES");

        JsonObject changed = ok(w.clinician().putJson("api/plans/" + id(signed), planJson(version(signed), "Back at school",
                w.staffId(), 4, 120, "x")));
        assertThat(changed.getString("status")).as("the guardian signed other words").isEqualTo("DRAFT");
        assertThat(absent(changed.getJsonArray("signatures").getJsonObject(0), "signedAt")).isTrue();
        assertThat(absent(changed.getJsonArray("signatures").getJsonObject(0), "guardianName")).isTrue();
    }

    @Test
    void aClinicianWhoIsNotClearedCannotSignAndAnAssociatesPlanNeedsTheSupervisorSigningAsAnotherUser() throws Exception {
        World w = world(Track.ADULT_IOP);
        WebClient office = signedIn(w.f().credentialing());
        long newcomer = createStaff(office, w.f(), "Newcomer", w.f().siteA());
        addLicence(office, newcomer);
        long mentor = clearedStaff(office, w.f(), "Mentor", w.f().siteA(), today());
        long associate = associate(office, w.f(), mentor);
        JsonObject draft = ok(w.clinician().postJson("api/plans", "{\"episodeId\":" + w.episodeId() + "}"));
        JsonObject saved = ok(w.clinician().putJson("api/plans/" + id(draft), planJson(version(draft), "Sixty days sober",
                w.staffId(), 3, 180, "I want my evenings back")));
        JsonObject participantSigned = ok(sign(w.clinician(), saved, "PARTICIPANT", null, null));

        HttpResponse<String> notCleared = sign(w.clinician(), participantSigned, "CLINICIAN", newcomer, null);
        assertThat(notCleared.statusCode()).isEqualTo(400);
        assertThat(notCleared.body()).contains("\"field\":\"clinician\"")
                .contains("is not cleared to sign as clinician here today").contains("the credentialing office can say why");

        JsonObject clinicianSigned = ok(sign(w.clinician(), participantSigned, "CLINICIAN", associate, null));
        assertThat(clinicianSigned.getString("status")).as("an associate's plan waits for the supervisor")
                .isEqualTo("AWAITING_SIGNATURES");
        JsonObject supervisorSignature = clinicianSigned.getJsonArray("signatures").getJsonObject(2);
        assertThat(supervisorSignature.getBoolean("required")).isTrue();
        assertThat(supervisorSignature.getJsonNumber("staffId").longValue()).isEqualTo(mentor);

        HttpResponse<String> awaiting = w.clinician().get("treatment/plan.xhtml?id=" + id(clinicianSigned));
        assertThat(awaiting.statusCode()).isEqualTo(200);
        assertThat(awaiting.body()).contains("id=\"sign:supervisor\"").contains("Test Mentor" + w.f().suffix())
                .contains("id=\"sign:signSupervisor\"");

        HttpResponse<String> sameUser = sign(w.clinician(), clinicianSigned, "SUPERVISOR", null, null);
        assertThat(sameUser.statusCode()).isEqualTo(400);
        assertThat(sameUser.body()).contains("\"field\":\"supervisor\"").contains("another user");
        WebClient siteAdmin = signedIn(w.f().siteAdminA());
        HttpResponse<String> notTheSupervisor = sign(siteAdmin, clinicianSigned, "SUPERVISOR", w.staffId(), null);
        assertThat(notTheSupervisor.statusCode()).isEqualTo(400);
        assertThat(notTheSupervisor.body()).contains("supervisor on record, Test Mentor" + w.f().suffix());

        JsonObject active = ok(sign(siteAdmin, clinicianSigned, "SUPERVISOR", null, null));
        assertThat(active.getString("status")).isEqualTo("ACTIVE");
        JsonObject supervised = active.getJsonArray("signatures").getJsonObject(2);
        assertThat(supervised.getString("signedBy")).isEqualTo(w.f().siteAdminA());
        assertThat(supervised.getJsonNumber("staffId").longValue()).isEqualTo(mentor);

        HttpResponse<String> page = w.clinician().get("treatment/plan.xhtml?id=" + id(active));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).as("signature times in the site's zone, which is named")
                .contains(" America/New_York").contains("Test Mentor" + w.f().suffix());
        assertThat(PdfText.of(w.clinician().getBytes("treatment/plan-pdf?id=" + id(active)).body()))
                .contains("(America/New_York)").contains("Test Mentor" + w.f().suffix());
    }

    @Test
    void twoConcurrentFirstDraftsGiveOnePlanAndARefusalNotA500() throws Exception {
        World w = world(Track.ADULT_IOP);
        WebClient second = signedIn(w.f().clinicianA());
        String body = "{\"episodeId\":" + w.episodeId() + "}";
        var one = java.util.concurrent.CompletableFuture.supplyAsync(() -> w.clinician().postJson("api/plans", body));
        var two = java.util.concurrent.CompletableFuture.supplyAsync(() -> second.postJson("api/plans", body));
        assertThat(List.of(one.get().statusCode(), two.get().statusCode())).containsExactlyInAnyOrder(200, 400);
        JsonObject active = activate(w, ok(w.clinician().getJson("api/plans?episode=" + w.episodeId())));

        String amend = "{\"version\":" + version(active) + ",\"reason\":\"More hours\"}";
        var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> w.clinician().postJson("api/plans/" + id(active)
                + "/amend", amend));
        var other = java.util.concurrent.CompletableFuture.supplyAsync(() -> second.postJson("api/plans/" + id(active)
                + "/amend", amend));
        assertThat(List.of(first.get().statusCode(), other.get().statusCode())).as("one amendment; the other is refused")
                .containsExactlyInAnyOrder(200, 400);
        assertThat(Json.parse(w.clinician().getJson("api/plans/versions?episode=" + w.episodeId()).body()).asJsonArray())
                .hasSize(2);
    }

    @Test
    void aRequestWithoutItsBodyIs400WithAMessage() throws Exception {
        World w = world(Track.ADULT_IOP);
        JsonObject draft = ok(w.clinician().postJson("api/plans", "{\"episodeId\":" + w.episodeId() + "}"));
        for (String path : List.of("api/plans/" + id(draft) + "/sign", "api/plans/" + id(draft) + "/amend",
                "api/plans/" + id(draft) + "/review", "api/plans")) {
            HttpResponse<String> empty = w.clinician().postJson(path, "");
            assertThat(empty.statusCode()).as(path + " " + empty.body()).isEqualTo(400);
            assertThat(empty.body()).contains("The request could not be read");
            HttpResponse<String> nothing = w.clinician().postJson(path, "null");
            assertThat(nothing.statusCode()).as(path + " " + nothing.body()).isEqualTo(400);
            assertThat(nothing.body()).contains("The request has no JSON body.");
        }
        assertThat(w.clinician().putJson("api/plans/" + id(draft), "").statusCode()).isEqualTo(400);
        assertThat(w.clinician().putJson("api/plans/" + id(draft), "null").body()).contains("The request has no JSON body.");
        assertThat(w.clinician().postJson("api/plans", "{}").body()).contains("\"field\":\"episodeId\"");
    }

    // ---- roles, scope and audit ----

    @Test
    void anotherSitesPlanIsNotFoundAndAuditedReadsAreViewsAndTheAuditorOnlyReads() throws Exception {
        World w = world(Track.ADULT_IOP);
        JsonObject draft = ok(w.clinician().postJson("api/plans", "{\"episodeId\":" + w.episodeId() + "}"));
        JsonObject saved = ok(w.clinician().putJson("api/plans/" + id(draft), planJson(version(draft), "Criteria",
                w.staffId(), 3, 180, "x")));
        long planId = id(saved);

        WebClient admin = signedIn(w.f().admin());
        LocalDate todayAtB = LocalDate.now(ZoneId.of("America/Los_Angeles"));
        long atB = clearedStaff(signedIn(w.f().credentialing()), w.f(), "AtB", w.f().siteB(), todayAtB);
        long participantB = id(ok(admin.postJson("api/participants", participantJson(w.f().siteB(), "B-" + w.f().suffix()))));
        long episodeB = id(ok(admin.postJson("api/participants/" + participantB + "/episodes", admissionJson(todayAtB, atB, Track.ADULT_IOP))));
        long planB = id(ok(admin.postJson("api/plans", "{\"episodeId\":" + episodeB + "}")));

        assertThat(w.clinician().getJson("api/plans/" + planB).statusCode()).isEqualTo(404);
        assertThat(w.clinician().get("treatment/plan.xhtml?id=" + planB).statusCode()).isEqualTo(404);
        assertThat(w.clinician().getBytes("treatment/plan-pdf?id=" + planB).statusCode()).isEqualTo(404);
        assertThat(w.clinician().getJson("api/plans?episode=" + episodeB).statusCode()).isEqualTo(404);
        assertThat(audit(w.f().clinicianA(), "TreatmentPlan", planB)).extracting(e -> e.getAction().name()).contains("ACCESS_DENIED");

        assertThat(w.clinician().getJson("api/plans/" + planId).statusCode()).isEqualTo(200);
        assertThat(audit(w.f().clinicianA(), "TreatmentPlan", planId)).extracting(e -> e.getAction().name()).contains("VIEW");

        HttpResponse<byte[]> pdf = w.clinician().getBytes("treatment/plan-pdf?id=" + planId);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("attachment"));
        assertThat(PdfText.of(pdf.body())).contains("Treatment plan of Riley Test").contains("Attend three groups a week");
        assertThat(audit(w.f().clinicianA(), "TreatmentPlan", planId)).extracting(e -> e.getAction().name()).contains("EXPORT");

        WebClient auditor = signedIn(w.f().auditor());
        assertThat(auditor.getJson("api/plans/" + planId).statusCode()).isEqualTo(200);
        assertThat(auditor.putJson("api/plans/" + planId, planJson(version(saved), "Auditor edit", w.staffId(), 3, 180, "x"))
                .statusCode()).isEqualTo(403);
        assertThat(sign(auditor, saved, "PARTICIPANT", null, null).statusCode()).isEqualTo(403);
        assertThat(auditor.putJson("api/care-standards/" + w.f().siteA(), "{\"version\":0,\"firstPlanDays\":5}").statusCode())
                .isEqualTo(403);
        HttpResponse<String> page = auditor.get("treatment/plan.xhtml?id=" + planId);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Attend three groups a week").doesNotContain("id=\"form:save\"");
    }

    @Test
    void qualityAndReviewReadsAreAuditedAsOneViewPerRequest() throws Exception {
        World w = world(Track.ADULT_IOP);
        JsonObject active = activate(w, ok(w.clinician().postJson("api/plans", "{\"episodeId\":" + w.episodeId() + "}")));
        ok(w.clinician().postJson("api/plans/" + id(active) + "/review", "{\"version\":" + version(active)
                + ",\"reviewedOn\":\"" + today() + "\",\"note\":\"On track\"}"));
        int before = views(w.f().clinicianA(), id(active));

        assertThat(w.clinician().getJson("api/plans/" + id(active) + "/quality").statusCode()).isEqualTo(200);
        assertThat(views(w.f().clinicianA(), id(active))).as("the quality check quotes the plan").isEqualTo(before + 1);

        HttpResponse<String> page = w.clinician().get("treatment/plan.xhtml?id=" + id(active));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("On track");
        assertThat(views(w.f().clinicianA(), id(active)))
                .as("the page reads the plan, its findings and its reviews: one view line").isEqualTo(before + 2);
    }

    @Test
    void theCredentialingOfficeSeesNoPlanPageNorApi() throws Exception {
        World w = world(Track.ADULT_IOP);
        long planId = id(ok(w.clinician().postJson("api/plans", "{\"episodeId\":" + w.episodeId() + "}")));
        WebClient office = signedIn(w.f().credentialing());
        assertThat(office.getJson("api/plans/" + planId).statusCode()).isEqualTo(403);
        assertThat(office.getJson("api/plans?episode=" + w.episodeId()).statusCode()).isEqualTo(403);
        assertThat(office.postJson("api/plans", "{\"episodeId\":" + w.episodeId() + "}").statusCode()).isEqualTo(403);
        assertThat(office.getJson("api/plans/due?site=" + w.f().siteA()).statusCode()).isEqualTo(403);
        assertThat(office.getJson("api/care-standards/" + w.f().siteA()).statusCode()).isEqualTo(403);
        for (String page : List.of("treatment/plan.xhtml?id=" + planId, "treatment/due.xhtml", "treatment/standards.xhtml",
                "treatment/plan-pdf?id=" + planId)) {
            assertThat(office.get(page).statusCode()).as(page).isEqualTo(403);
        }
    }

    @Test
    void careStandardsAreKeptByAdministratorsInMinutes() throws Exception {
        Fixture f = fixture();
        WebClient siteAdmin = signedIn(f.siteAdminA());
        JsonObject settings = ok(siteAdmin.getJson("api/care-standards/" + f.siteA()));
        assertThat(settings.getJsonObject("effective").getInt("asam21AdultMinutes")).isEqualTo(540);
        JsonObject saved = ok(siteAdmin.putJson("api/care-standards/" + f.siteA(), "{\"version\":" + version(settings)
                + ",\"firstPlanDays\":5,\"asam21AdultMinutes\":600}"));
        assertThat(saved.getJsonObject("effective").getInt("firstPlanDays")).isEqualTo(5);
        assertThat(saved.getJsonObject("effective").getInt("reviewDays")).as("empty follows the default").isEqualTo(30);
        assertThat(siteAdmin.getJson("api/care-standards/" + f.siteB()).statusCode()).isEqualTo(404);
        assertThat(signedIn(f.clinicianA()).putJson("api/care-standards/" + f.siteA(), "{\"version\":" + version(saved)
                + ",\"firstPlanDays\":9}").statusCode()).isEqualTo(403);
        HttpResponse<String> page = siteAdmin.get("treatment/standards.xhtml?site=" + f.siteA());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("value=\"10\"");
    }

    // ---- demo plans and the due list ----

    @Test
    void theDemoPlansCoverEveryStateAndTheDueListShowsWhatIsDue() throws Exception {
        Fixture f = fixture();
        LocalDate today = today();
        tx.begin();
        Site a = db.em().find(Site.class, f.siteA());
        StaffMember details = new StaffMember();
        details.setFirstName("Demo");
        details.setLastName("Lead" + f.suffix());
        details.setDateOfBirth(LocalDate.of(1980, 1, 1));
        details.setEmploymentStatus(EmploymentStatus.ACTIVE);
        details.setEmploymentStart(LocalDate.of(2020, 1, 1));
        StaffMember lead = new StaffMember(Instant.now());
        lead.copyDetailsFrom(details);
        lead.setDiscipline(db.em().find(Discipline.class, 104L));
        lead.setHomeSite(a);
        lead.setSites(new java.util.LinkedHashSet<>(Set.of(a)));
        lead.setActive(true);
        db.em().persist(lead);
        List<Episode> census = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Participant participant = new Participant(a, Instant.now());
            Participant person = new Participant();
            person.setRecordNumber("DEMO-" + f.suffix() + "-" + i);
            person.setFirstName("Census" + i);
            person.setLastName("Demo" + f.suffix());
            person.setDateOfBirth(LocalDate.of(1990, 1, 1));
            participant.copyDetailsFrom(person);
            db.em().persist(participant);
            Episode draft = new Episode();
            draft.setAdmissionDate(today.minusDays(i == 0 ? 10 : 45));
            draft.setTrack(i == 2 ? Track.ADOLESCENT_IOP : Track.ADULT_IOP);
            draft.setLevelOfCare(LevelOfCare.ASAM_2_1);
            draft.setReferralSource(ReferralSource.values()[0]);
            draft.setFocus(Focus.values()[0]);
            Episode episode = new Episode(participant);
            episode.copyDetailsFrom(draft);
            episode.setPrimaryClinician(lead);
            db.em().persist(episode);
            census.add(episode);
        }
        db.em().flush();
        assess(census.get(1), today.minusDays(40), 0);
        assess(census.get(1), today.minusDays(2), 3);
        demoPlans.load(census);
        tx.commit();

        List<List<String>> states = new ArrayList<>();
        for (Episode episode : census) {
            states.add(db.em().createQuery("select p from TreatmentPlan p where p.episode.id = :e order by p.versionNumber",
                    TreatmentPlan.class).setParameter("e", episode.getId()).getResultList().stream()
                    .map(p -> p.getStatus().name()).toList());
        }
        assertThat(states).containsExactly(List.of(), List.of("DRAFT"), List.of("AWAITING_SIGNATURES"), List.of("ACTIVE"),
                List.of("ACTIVE"), List.of("ACTIVE"), List.of("SUPERSEDED", "ACTIVE"));
        TreatmentPlan awaiting = db.em().createQuery("select p from TreatmentPlan p where p.episode.id = :e", TreatmentPlan.class)
                .setParameter("e", census.get(2).getId()).getSingleResult();
        assertThat(awaiting.getGuardianName()).as("adolescent track").isNotNull();
        assertThat(awaiting.getStatus()).isEqualTo(PlanStatus.AWAITING_SIGNATURES);

        WebClient clinician = signedIn(f.clinicianA());
        JsonArray first = Json.parse(clinician.getJson("api/plans/due?site=" + f.siteA() + "&kind=FIRST_PLAN&days=0").body())
                .asJsonArray();
        assertThat(first.stream().map(v -> v.asJsonObject().getString("recordNumber")).toList())
                .as("open episodes without an active plan, first plan overdue, oldest first")
                .containsExactly("DEMO-" + f.suffix() + "-1", "DEMO-" + f.suffix() + "-2", "DEMO-" + f.suffix() + "-0");
        assertThat(LocalDate.parse(first.getJsonObject(2).getString("due"))).isEqualTo(today.minusDays(3));
        JsonArray soon = Json.parse(clinician.getJson("api/plans/due?site=" + f.siteA() + "&kind=REVIEW&days=7").body()).asJsonArray();
        assertThat(soon.stream().map(v -> v.asJsonObject().getString("recordNumber")).toList())
                .containsExactly("DEMO-" + f.suffix() + "-5", "DEMO-" + f.suffix() + "-4");
        assertThat(LocalDate.parse(soon.getJsonObject(0).getString("due"))).isEqualTo(today.minusDays(10));
        long draftId = db.em().createQuery("select p.id from TreatmentPlan p where p.episode.id = :e", Long.class)
                .setParameter("e", census.get(1).getId()).getSingleResult();
        JsonArray findings = Json.parse(clinician.getJson("api/plans/" + draftId + "/quality").body()).asJsonArray();
        assertThat(findings.stream().map(v -> v.asJsonObject().getString("message")).toList()).contains(
                "Problem 1, Goal 1: the goal has none of the participant's own words.",
                "The latest ASAM assessment rates dimension 3 at 3, and no problem addresses it.",
                "The plan has no discharge criteria.");
        HttpResponse<String> page = clinician.get("treatment/due.xhtml?site=" + f.siteA());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("DEMO-" + f.suffix() + "-0").contains("DEMO-" + f.suffix() + "-5");
        assertThat(clinician.getJson("api/plans/due?site=" + f.siteB()).statusCode()).isEqualTo(404);
    }

    // ---- the plan page in a browser ----

    @Test
    @RunAsClient
    void aClinicianWritesAPlanWithTwoGoalsSignsItAndAmendsIt() throws Exception {
        World w = world(Track.ADULT_IOP);
        WebClient office = signedIn(w.f().credentialing());
        long newcomer = createStaff(office, w.f(), "Newcomer", w.f().siteA());
        addLicence(office, newcomer);
        try (Browser browser = Browser.open(base.toString())) {
            new LoginPage(browser).open().signInAndWait(w.f().clinicianA(), Fixture.PASSWORD);
            browser.go("treatment/plan.xhtml?episode=" + w.episodeId());
            browser.click("form:create");
            browser.waitForText("Version 1 · Draft");
            browser.click("form:addProblem");
            browser.select("form:problems:0:dimension", "Dimension 5");
            browser.type("form:problems:0:statement", "Lives with a partner who drinks");
            browser.click("form:problems:0:addGoal");
            browser.type("form:problems:0:goals:0:statement", "Build a sober home" + tag);
            browser.type("form:problems:0:goals:0:ownWords", "I want a quiet home");
            browser.click("form:problems:0:goals:0:addObjective");
            browser.type("form:problems:0:goals:0:objectives:0:text", "Attend groups" + tag);
            browser.type("form:problems:0:goals:0:objectives:0:measure", "Attendance record");
            browser.date("form:problems:0:goals:0:objectives:0:targetDate", today().plusWeeks(6));
            browser.click("form:problems:0:goals:0:objectives:0:addIntervention");
            browser.type("form:problems:0:goals:0:objectives:0:interventions:0:sessions", "2");
            browser.type("form:problems:0:goals:0:objectives:0:interventions:0:minutes", "90");
            browser.click("form:problems:0:addGoal");
            browser.type("form:problems:0:goals:1:statement", "Sleep through the night" + tag);
            browser.type("form:dischargeCriteria", "Sixty days sober");
            String staff = "form:problems:0:goals:0:objectives:0:interventions:0:staff";
            browser.select(staff, "Test Newcomer" + w.f().suffix() + " (not cleared)");
            browser.click("form:save");
            assertThat(browser.waitForTextIn("form", "is not cleared for this modality here today", null))
                    .contains("Not cleared; the credentialing office can say why.");
            assertThat(browser.has("form:save")).as("the draft stays as typed").isTrue();
            browser.select(staff, "Test Lead" + w.f().suffix());
            browser.click("form:save");
            browser.waitForText("Saved.");
            assertThat(browser.textOf("form:hours")).contains("Planned 3 hours a week").contains("at least 9")
                    .contains("Under the weekly minimum.");
            assertThat(browser.textOf("findings")).contains("Problem 1, Goal 2: the goal has none of the participant's own words.");

            browser.click("sign:signParticipant");
            browser.waitForText("Awaiting signatures");
            browser.type("sign:overrideReason", "Second goal to be worded at the first review");
            browser.click("sign:signClinician");
            browser.waitForText("Version 1 · Active");
            assertThat(browser.textOf("overridden")).contains("Second goal to be worded");
            assertThat(browser.has("form:save")).as("a signed plan is locked").isFalse();

            browser.type("amend:amendmentReason", "More group hours");
            browser.click("amend:amend");
            browser.waitForText("Version 2 · Draft");
            browser.type("form:problems:0:goals:0:objectives:0:interventions:0:sessions", "3");
            browser.type("form:problems:0:goals:0:objectives:0:interventions:0:minutes", "180");
            browser.click("form:save");
            browser.waitForText("Saved.");
            browser.waitForTextIn("diff", "Sessions a week", null);
            assertThat(browser.textOf("diff")).contains("Changed").contains("Problem 1, Goal 1, Objective 1, Intervention 1")
                    .contains("90").contains("180");
            assertThat(browser.textOf("versions")).contains("Active").contains("Draft");
            assertThat(browser.consoleErrors()).as("browser console errors (CSP, scripts)").isEmpty();
        }
    }

    // ---- helpers ----

    /** An ASAM assessment on a day rating dimension 3 as given and the others 1 (dimension 5 is what demo plans address). */
    private void assess(Episode episode, LocalDate on, int d3) {
        AsamAssessment assessment = new AsamAssessment(episode, "test", Instant.now());
        assessment.setAssessedOn(on);
        assessment.setEdition(AsamEdition.THIRD);
        for (AsamDimension dimension : AsamDimension.values()) {
            assessment.rate(dimension, dimension == AsamDimension.D3 ? d3 : 1);
        }
        db.em().persist(assessment);
    }

    @Test
    void goalAndObjectiveTextCopiedFromAnotherParticipantsPlanIsFoundInBothPlans() throws Exception {
        World w = world(Track.ADULT_IOP);
        JsonObject first = ok(w.clinician().postJson("api/plans", "{\"episodeId\":" + w.episodeId() + "}"));
        first = ok(w.clinician().putJson("api/plans/" + id(first), planJson(version(first), "Sixty days sober", w.staffId(), 3,
                180, "Sleep well")));
        assertThat(copiedPaths(w.clinician(), id(first))).as("no other plan has this text yet").isEmpty();

        long other = id(ok(w.clinician().postJson("api/participants", participantJson(w.f().siteA(), "TQ-" + w.f().suffix()))));
        long otherEpisode = id(ok(w.clinician().postJson("api/participants/" + other + "/episodes",
                admissionJson(today(), w.staffId(), Track.ADULT_IOP))));
        JsonObject second = ok(w.clinician().postJson("api/plans", "{\"episodeId\":" + otherEpisode + "}"));
        second = ok(w.clinician().putJson("api/plans/" + id(second), planJson(version(second), "Sixty days sober", w.staffId(), 3,
                180, "Sleep well")));
        // both goals' statements and the objective's text (the goals by their own query, the objectives by theirs)
        assertThat(copiedPaths(w.clinician(), id(second))).containsExactlyInAnyOrder("P1.G1", "P1.G1.O1", "P1.G2");
        assertThat(copiedPaths(w.clinician(), id(first))).containsExactlyInAnyOrder("P1.G1", "P1.G1.O1", "P1.G2");
    }

    private static List<String> copiedPaths(WebClient client, long planId) {
        return Json.parse(client.getJson("api/plans/" + planId + "/quality").body()).asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(finding -> finding.getString("key").equals("plan.quality.copied"))
                .map(finding -> finding.getString("path")).toList();
    }

    private World world(Track track) throws Exception {
        Fixture f = fixture();
        long staffId = clearedStaff(signedIn(f.credentialing()), f, "Lead", f.siteA(), today());
        WebClient clinician = signedIn(f.clinicianA());
        long participant = id(ok(clinician.postJson("api/participants", participantJson(f.siteA(), "TP-" + f.suffix()))));
        long episode = id(ok(clinician.postJson("api/participants/" + participant + "/episodes",
                admissionJson(today(), staffId, track))));
        tag = " " + f.suffix();
        return new World(f, clinician, staffId, participant, episode);
    }

    /**
     * A plan's content: one problem, a first goal with an objective and a group intervention of {@code sessions ×
     * minutes} plus an hour of counselling, and a second goal whose own words are {@code secondOwnWords}.
     */
    private String planJson(long version, String criteria, long staffId, int sessions, int minutes, String secondOwnWords) {
        return "{\"version\":" + version + ",\"strengths\":\"Motivated\",\"dischargeCriteria\":\"" + criteria + "\","
                + "\"problems\":[{\"dimension\":\"D5\",\"statement\":\"Lives with people who use\",\"goals\":["
                + "{\"statement\":\"Build a sober network" + tag + "\",\"ownWords\":\"Friends who do not drink\",\"objectives\":["
                + "{\"text\":\"Attend three groups a week" + tag + "\",\"measure\":\"Attendance\",\"targetDate\":\"" + today().plusWeeks(6)
                + "\",\"status\":\"NOT_STARTED\",\"interventions\":["
                + "{\"modality\":\"GROUP_THERAPY\",\"sessionsPerWeek\":" + sessions + ",\"minutesPerSession\":" + minutes
                + ",\"staffId\":" + staffId + "},"
                + "{\"modality\":\"INDIVIDUAL_COUNSELLING\",\"sessionsPerWeek\":1,\"minutesPerSession\":60,\"staffId\":" + staffId
                + "}]}]},"
                + "{\"statement\":\"Sleep through the night" + tag + "\"" + (secondOwnWords == null ? "" : ",\"ownWords\":\"" + secondOwnWords + "\"")
                + ",\"objectives\":[]}]}]}";
    }

    private static HttpResponse<String> sign(WebClient client, JsonObject plan, String role, Long staffId, String reason) {
        return client.postJson("api/plans/" + id(plan) + "/sign", "{\"version\":" + version(plan) + ",\"role\":\"" + role + "\""
                + (staffId == null ? "" : ",\"staffId\":" + staffId) + (reason == null ? "" : ",\"overrideReason\":\"" + reason + "\"")
                + "}");
    }

    private static String participantJson(long siteId, String record) {
        return "{\"version\":0,\"siteId\":" + siteId + ",\"recordNumber\":\"" + record + "\",\"firstName\":\"Riley\","
                + "\"lastName\":\"Test\",\"dateOfBirth\":\"1994-05-06\",\"phone\":\"617-555-0100\"}";
    }

    private static String admissionJson(LocalDate on, long clinicianId, Track track) {
        return "{\"admissionDate\":\"" + on + "\",\"track\":\"" + track + "\",\"levelOfCare\":\"ASAM_2_1\","
                + "\"referralSource\":\"RESIDENTIAL_TRANSITION\",\"primaryClinicianId\":" + clinicianId
                + ",\"focus\":\"SUBSTANCE_USE\"}";
    }

    /** A staff member at a site with a verified licence and an approved decision: cleared to counsel and run groups. */
    private long clearedStaff(WebClient office, Fixture f, String lastName, long siteId, LocalDate day) {
        return Staffing.cleared(office, f, lastName, siteId, day, day);
    }

    private static long createStaff(WebClient client, Fixture f, String lastName, long siteId) {
        return Staffing.create(client, f, lastName, siteId);
    }

    private static JsonObject addLicence(WebClient client, long staffId) {
        return Staffing.licence(client, staffId, today().plusYears(2));
    }

    /** The draft made active: saved, signed by the participant and the (fully licensed) primary clinician. */
    private JsonObject activate(World w, JsonObject plan) {
        JsonObject saved = ok(w.clinician().putJson("api/plans/" + id(plan), planJson(version(plan), "Sixty days sober",
                w.staffId(), 3, 180, "I want my evenings back")));
        JsonObject signed = ok(sign(w.clinician(), saved, "PARTICIPANT", null, null));
        JsonObject active = ok(sign(w.clinician(), signed, "CLINICIAN", null, null));
        assertThat(active.getString("status")).isEqualTo("ACTIVE");
        return active;
    }

    /**
     * An associate counsellor (LMSW, a supervised licence, verified; credentialed) at site A with {@code mentorId} as
     * supervisor on record since ten days ago: cleared to counsel only under supervision.
     */
    private static long associate(WebClient office, Fixture f, long mentorId) {
        long staffId = createStaff(office, f, "Associate", f.siteA());
        JsonObject licence = Json.object(office.postJson("api/staff/" + staffId + "/credentials", "{\"version\":0,"
                + "\"typeId\":207,\"number\":\"LMSW-" + System.nanoTime() % 1_000_000 + "\",\"issuer\":\"State board\","
                + "\"state\":\"MA\",\"issueDate\":\"2024-01-01\",\"expiryDate\":\"" + today().plusYears(2) + "\"}").body());
        HttpResponse<String> verified = office.postJson("api/credentials/" + id(licence) + "/verifications",
                "{\"credentialVersion\":" + version(licence) + ",\"source\":\"ISSUING_BOARD\",\"method\":\"ONLINE_LOOKUP\","
                + "\"verifiedOn\":\"" + today() + "\",\"outcome\":\"VERIFIED\",\"reference\":\"look-up\"}");
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        JsonObject staff = Json.object(office.getJson("api/staff/" + staffId).body());
        HttpResponse<String> decided = office.postJson("api/staff/" + staffId + "/decisions", "{\"staffVersion\":"
                + version(staff) + ",\"outcome\":\"APPROVED\",\"decidedOn\":\"" + today() + "\",\"reason\":\"Committee\"}");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        staff = Json.object(office.getJson("api/staff/" + staffId).body());
        String nine = "1" + String.format("%08d", Math.abs((f.suffix() + "Associate").hashCode()) % 100_000_000);
        HttpResponse<String> supervised = office.putJson("api/staff/" + staffId, "{\"version\":" + version(staff)
                + ",\"firstName\":\"Test\",\"lastName\":\"Associate" + f.suffix() + "\",\"dateOfBirth\":\"1980-01-15\","
                + "\"npi\":\"" + nine + NpiCheck.checkDigit(nine) + "\",\"email\":\"t@example.org\",\"disciplineId\":104,"
                + "\"homeSiteId\":" + f.siteA() + ",\"siteIds\":[" + f.siteA() + "],\"supervisorId\":" + mentorId
                + ",\"supervisionStart\":\"" + today().minusDays(10) + "\",\"employmentStatus\":\"ACTIVE\","
                + "\"employmentStart\":\"2020-01-01\",\"reason\":\"Supervision agreement signed\"}");
        assertThat(supervised.statusCode()).as(supervised.body()).isEqualTo(200);
        return staffId;
    }

    private int views(String actor, long planId) {
        return (int) audit(actor, "TreatmentPlan", planId).stream().filter(e -> e.getAction().name().equals("VIEW")).count();
    }

    private List<AuditEntry> audit(String actor, String entityType, long entityId) {
        db.em().clear();
        return db.em().createQuery("select a from AuditEntry a where a.actor = :actor and a.entityType = :type "
                        + "and a.entityId = :id order by a.id", AuditEntry.class).setParameter("actor", actor)
                .setParameter("type", entityType).setParameter("id", String.valueOf(entityId)).getResultList();
    }


    /** JSON-B leaves null fields out. */
    private static boolean absent(JsonObject json, String key) {
        return !json.containsKey(key) || json.isNull(key);
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

    private Fixture fixture() throws Exception {
        return Fixture.create(base.toURI());
    }

    private WebClient signedIn(String username) throws Exception {
        return Fixture.signedIn(base.toURI(), username);
    }
}
