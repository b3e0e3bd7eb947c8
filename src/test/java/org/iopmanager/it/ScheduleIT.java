package org.iopmanager.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

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

import org.iopmanager.browser.Browser;
import org.iopmanager.browser.LoginPage;
import org.iopmanager.demo.control.DemoSessions;
import org.iopmanager.participant.entity.Episode;
import org.iopmanager.schedule.control.SiteCalendar;
import org.iopmanager.schedule.entity.AttendanceStatus;
import org.iopmanager.testsupport.Deployments;
import org.iopmanager.testsupport.Fixture;
import org.iopmanager.testsupport.Json;
import org.iopmanager.testsupport.Staffing;
import org.iopmanager.testsupport.TestDb;
import org.iopmanager.testsupport.WebClient;

/**
 * Sessions, enrolment, attendance and hours delivered in one Payara Micro: through HTTP as real users of each role
 * (the services check roles, site scope and clearance, so the API and the pages answer alike), the demo sessions
 * in-container on data of a fresh site, and one browser walk through calendar, session and hours pages.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduleIT {

    static final ZoneId SITE_A_ZONE = ZoneId.of("America/New_York");

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
    DemoSessions demoSessions;

    // ---- sessions and series ----

    @Test
    @RunAsClient
    void aWeeklyGroupNeedsAClearedFacilitatorAndItsSessionsAreEditedAndCancelledOneByOneOrFromADay() throws Exception {
        Fixture f = fixture();
        WebClient office = signedIn(f.credentialing());
        long lead = clearedStaff(office, f, "Lead", f.siteA());
        long newcomer = createStaff(office, f, "Newcomer", f.siteA());
        addLicence(office, newcomer);
        WebClient clinician = signedIn(f.clinicianA());

        HttpResponse<String> refused = clinician.postJson("api/sessions/series",
                seriesJson(f.siteA(), newcomer, lastMonday(), null, 9, 12, "09:00", 180));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"facilitator\"").contains("is not cleared")
                .contains("the credentialing office can say why").doesNotContain("clearance.");
        HttpResponse<String> refusedToAdmin = signedIn(f.siteAdminA()).postJson("api/sessions",
                sessionJson(f.siteA(), newcomer, today(), "09:00", 60));
        assertThat(refusedToAdmin.statusCode()).isEqualTo(400);
        assertThat(refusedToAdmin.body()).as("administrators see every reason").contains("\"field\":\"facilitator\"")
                .contains("Credentialing pending: no decision yet.");

        HttpResponse<String> created = clinician.postJson("api/sessions/series",
                seriesJson(f.siteA(), lead, lastMonday(), lastMonday().plusDays(20), null, 12, "09:00", 180));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        JsonObject series = Json.object(created.body());
        JsonArray sessions = series.getJsonArray("sessions");
        assertThat(sessions).hasSize(9);
        JsonObject first = sessions.getJsonObject(0);
        assertThat(first.getString("sessionDate")).isEqualTo(lastMonday().toString());
        assertThat(first.getString("localStart")).isEqualTo(lastMonday() + "T09:00:00");
        assertThat(first.getString("weekStart")).isEqualTo(lastMonday().toString());
        assertThat(first.getString("timeZone")).isEqualTo("America/New_York");

        JsonArray week = Json.parse(clinician.getJson("api/sessions?site=" + f.siteA() + "&from=" + lastMonday() + "&to="
                + lastMonday().plusDays(6)).body()).asJsonArray();
        assertThat(week).extracting(s -> s.asJsonObject().getString("sessionDate"))
                .containsExactly(lastMonday().toString(), lastMonday().plusDays(2).toString(), lastMonday().plusDays(3).toString());

        String edit = sessionJson(f.siteA(), lead, lastMonday(), "10:00", 120).replace("\"room\":null", "\"room\":\"Room 9\"");
        HttpResponse<String> edited = clinician.putJson("api/sessions/" + id(first), edit.replace("{", "{\"version\":" + version(first) + ","));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(Json.object(edited.body()).getString("room")).isEqualTo("Room 9");
        assertThat(Json.object(edited.body()).getString("localStart")).isEqualTo(lastMonday() + "T10:00:00");
        HttpResponse<String> stale = clinician.putJson("api/sessions/" + id(first), edit.replace("{", "{\"version\":" + version(first) + ","));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(Json.object(stale.body()).getString("changedBy")).isEqualTo(f.clinicianA());

        LocalDate nextMonday = lastMonday().plusWeeks(2);
        HttpResponse<String> cancelled = clinician.postJson("api/sessions/series/" + id(series) + "/cancel",
                "{\"version\":" + version(series) + ",\"from\":\"" + nextMonday + "\"}");
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(Json.object(cancelled.body()).getJsonArray("sessions").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("status").equals("CANCELLED")).map(s -> s.getString("sessionDate")))
                .containsExactly(nextMonday.toString(), nextMonday.plusDays(2).toString(), nextMonday.plusDays(3).toString());

        HttpResponse<String> tooLong = clinician.postJson("api/sessions/series",
                seriesJson(f.siteA(), lead, today(), null, 3 * 26 + 1, 12, "09:00", 180));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("\"field\":\"count\"").contains("26 weeks");

        WebClient auditor = signedIn(f.auditor());
        assertThat(auditor.getJson("api/sessions/" + id(first)).statusCode()).isEqualTo(200);
        assertThat(auditor.postJson("api/sessions", sessionJson(f.siteA(), lead, today(), "09:00", 60)).statusCode())
                .as("auditors only read").isEqualTo(403);
        assertThat(auditor.putJson("api/sessions/" + id(first) + "/attendance", "{\"sessionVersion\":0,\"entries\":[]}")
                .statusCode()).isEqualTo(403);
    }

    @Test
    @RunAsClient
    void theCredentialingOfficeGetsNoEndpointAndNoPageOfTheSchedule() throws Exception {
        Fixture f = fixture();
        WebClient office = signedIn(f.credentialing());
        long lead = clearedStaff(office, f, "Lead", f.siteA());
        long session = id(Json.object(signedIn(f.clinicianA()).postJson("api/sessions",
                sessionJson(f.siteA(), lead, today(), "00:00", 60)).body()));
        String sheet = "{\"sessionVersion\":0,\"entries\":[]}";
        assertThat(office.getJson("api/sessions?site=" + f.siteA() + "&from=" + today() + "&to=" + today()).statusCode()).isEqualTo(403);
        assertThat(office.postJson("api/sessions", sessionJson(f.siteA(), lead, today(), "09:00", 60)).statusCode()).isEqualTo(403);
        assertThat(office.postJson("api/sessions/series", seriesJson(f.siteA(), lead, today(), null, 2, 5, "09:00", 60))
                .statusCode()).isEqualTo(403);
        assertThat(office.getJson("api/sessions/" + session).statusCode()).isEqualTo(403);
        assertThat(office.putJson("api/sessions/" + session, sessionJson(f.siteA(), lead, today(), "09:00", 60)).statusCode())
                .isEqualTo(403);
        assertThat(office.postJson("api/sessions/" + session + "/cancel", "{\"version\":0}").statusCode()).isEqualTo(403);
        assertThat(office.postJson("api/sessions/" + session + "/enrolments", "{\"episodeId\":1}").statusCode()).isEqualTo(403);
        assertThat(office.getJson("api/sessions/" + session + "/attendance").statusCode()).isEqualTo(403);
        assertThat(office.putJson("api/sessions/" + session + "/attendance", sheet).statusCode()).isEqualTo(403);
        assertThat(office.getJson("api/sessions/series/1").statusCode()).isEqualTo(403);
        assertThat(office.postJson("api/sessions/series/1/cancel", "{\"version\":0}").statusCode()).isEqualTo(403);
        assertThat(office.getJson("api/hours?site=" + f.siteA()).statusCode()).isEqualTo(403);
        for (String page : List.of("schedule/calendar.xhtml?site=" + f.siteA(), "schedule/edit.xhtml?site=" + f.siteA(),
                "schedule/session.xhtml?id=" + session, "schedule/hours.xhtml?site=" + f.siteA())) {
            assertThat(office.get(page).statusCode()).as(page).isEqualTo(403);
        }
    }

    // ---- enrolment ----

    @Test
    @RunAsClient
    void enrolmentIsCappedAtCapacityAndNoAttendanceIsRecordedAfterDischargeOrBeforeTheSessionStarts() throws Exception {
        Fixture f = fixture();
        WebClient office = signedIn(f.credentialing());
        long lead = clearedStaff(office, f, "Lead", f.siteA());
        WebClient clinician = signedIn(f.clinicianA());
        JsonObject one = admitted(clinician, f, "One", lead);
        JsonObject two = admitted(clinician, f, "Two", lead);
        JsonObject three = admitted(clinician, f, "Three", lead);
        JsonObject series = Json.object(clinician.postJson("api/sessions/series",
                seriesJson(f.siteA(), lead, lastMonday(), null, 3, 2, "09:00", 180)).body());
        JsonArray sessions = series.getJsonArray("sessions");
        long monday = id(sessions.getJsonObject(0));

        assertThat(enrol(clinician, monday, one).statusCode()).isEqualTo(200);
        assertThat(enrol(clinician, monday, two).statusCode()).isEqualTo(200);
        HttpResponse<String> full = enrol(clinician, monday, three);
        assertThat(full.statusCode()).isEqualTo(400);
        assertThat(full.body()).contains("\"field\":\"episode\"").contains("full (2 places)");
        assertThat(enrol(clinician, monday, one).body()).contains("already enrolled");

        HttpResponse<String> discharged = clinician.postJson("api/participants/" + one.getJsonNumber("participantId") + "/episodes/"
                + id(one) + "/discharge", "{\"version\":" + version(one) + ",\"dischargeDate\":\"" + lastMonday().plusDays(1)
                + "\",\"dischargeReason\":\"COMPLETED\"}");
        assertThat(discharged.statusCode()).as(discharged.body()).isEqualTo(200);

        long wednesday = id(sessions.getJsonObject(1));
        long wednesdayVersion = version(Json.object(clinician.getJson("api/sessions/" + wednesday).body()));
        HttpResponse<String> afterDischarge = clinician.putJson("api/sessions/" + wednesday + "/attendance",
                sheet(wednesdayVersion, entry(id(one), null, AttendanceStatus.PRESENT, null)));
        assertThat(afterDischarge.statusCode()).isEqualTo(400);
        assertThat(afterDischarge.body()).contains("\"field\":\"attendance\"").contains("discharged on " + lastMonday().plusDays(1));
        assertThat(Json.parse(clinician.getJson("api/sessions/" + wednesday + "/attendance").body()).asJsonArray())
                .extracting(a -> a.asJsonObject().getJsonNumber("episodeId").longValue()).containsExactly(id(two));
        assertThat(Json.parse(clinician.getJson("api/sessions/" + monday + "/attendance").body()).asJsonArray())
                .as("still open on Monday").hasSize(2);

        JsonObject tomorrow = Json.object(clinician.postJson("api/sessions", sessionJson(f.siteA(), lead, today().plusDays(1),
                "09:00", 60)).body());
        assertThat(enrol(clinician, id(tomorrow), three).statusCode()).isEqualTo(200);
        HttpResponse<String> future = clinician.putJson("api/sessions/" + id(tomorrow) + "/attendance",
                sheet(version(tomorrow), entry(id(three), null, AttendanceStatus.PRESENT, null)));
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("has not started yet");
    }

    @Test
    @RunAsClient
    void aFamilySessionSeatsOneParticipantAndRecordsWhichConsentedFamilyMembersCame() throws Exception {
        Fixture f = fixture();
        WebClient office = signedIn(f.credentialing());
        long lead = clearedStaff(office, f, "Lead", f.siteA());
        WebClient clinician = signedIn(f.clinicianA());
        JsonObject riley = admitted(clinician, f, "Family", lead);
        JsonObject other = admitted(clinician, f, "Other", lead);
        String participant = "api/participants/" + riley.getJsonNumber("participantId") + "/family";
        long sister = id(Json.object(clinician.postJson(participant,
                "{\"name\":\"Sam Test\",\"relationship\":\"Sister\",\"consentToInvolve\":true}").body()));
        long uncle = id(Json.object(clinician.postJson(participant,
                "{\"name\":\"Lou Test\",\"relationship\":\"Uncle\",\"consentToInvolve\":false}").body()));
        String family = sessionJson(f.siteA(), lead, today(), "00:00", 60).replace("GROUP_THERAPY", "FAMILY_THERAPY");

        HttpResponse<String> noConsent = clinician.postJson("api/sessions", family.replace("}", ",\"familyMemberIds\":[" + uncle + "]}"));
        assertThat(noConsent.statusCode()).isEqualTo(400);
        assertThat(noConsent.body()).contains("\"field\":\"familyMembers\"").contains("Lou Test");
        HttpResponse<String> created = clinician.postJson("api/sessions", family.replace("}", ",\"familyMemberIds\":[" + sister + "]}"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        JsonObject session = Json.object(created.body());
        assertThat(session.getInt("capacity")).as("one participant").isEqualTo(1);
        assertThat(enrol(clinician, id(session), riley).statusCode()).isEqualTo(200);
        assertThat(enrol(clinician, id(session), other).body()).contains("full (1 places)");

        HttpResponse<String> uncleCame = clinician.putJson("api/sessions/" + id(session) + "/attendance", sheet(version(session),
                entry(id(riley), null, AttendanceStatus.PRESENT, null).replace("}", ",\"familyMemberIds\":[" + uncle + "]}")));
        assertThat(uncleCame.statusCode()).isEqualTo(400);
        HttpResponse<String> recorded = clinician.putJson("api/sessions/" + id(session) + "/attendance", sheet(version(session),
                entry(id(riley), null, AttendanceStatus.PRESENT, null).replace("}", ",\"familyMemberIds\":[" + sister + "]}")));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        JsonObject line = Json.parse(recorded.body()).asJsonArray().getJsonObject(0);
        assertThat(line.getInt("minutes")).isEqualTo(60);
        assertThat(line.getJsonArray("familyMemberIds")).extracting(v -> ((jakarta.json.JsonNumber) v).longValue())
                .containsExactly(sister);
        assertThat(clinician.get("schedule/session.xhtml?id=" + id(session)).body()).contains("Sam Test (Sister)")
                .doesNotContain("Lou Test");
    }

    @Test
    @RunAsClient
    void aWholeSeriesEnrolmentNeedsAPlaceInEverySessionCountingOneOffEnrolments() throws Exception {
        Fixture f = fixture();
        WebClient office = signedIn(f.credentialing());
        long lead = clearedStaff(office, f, "Lead", f.siteA());
        WebClient clinician = signedIn(f.clinicianA());
        JsonObject one = admitted(clinician, f, "One", lead);
        JsonObject two = admitted(clinician, f, "Two", lead);
        JsonObject three = admitted(clinician, f, "Three", lead);
        JsonArray sessions = Json.object(clinician.postJson("api/sessions/series",
                seriesJson(f.siteA(), lead, lastMonday(), null, 3, 2, "09:00", 180)).body()).getJsonArray("sessions");
        long monday = id(sessions.getJsonObject(0));
        long wednesday = id(sessions.getJsonObject(1));

        assertThat(enrol(clinician, wednesday, one, false).statusCode()).isEqualTo(200);
        assertThat(enrol(clinician, wednesday, two, false).statusCode()).isEqualTo(200);
        HttpResponse<String> overbooked = enrol(clinician, monday, three, true);
        assertThat(overbooked.statusCode()).as("Wednesday is full with two one-off enrolments").isEqualTo(400);
        assertThat(overbooked.body()).contains("\"field\":\"episode\"").contains("full (2 places)");
        assertThat(enrol(clinician, monday, three, false).statusCode()).as("Monday still has places").isEqualTo(200);
        assertThat(Json.parse(clinician.getJson("api/sessions/" + wednesday + "/attendance").body()).asJsonArray())
                .extracting(a -> a.asJsonObject().getJsonNumber("episodeId").longValue())
                .containsExactlyInAnyOrder(id(one), id(two));
    }

    @Test
    @RunAsClient
    void editingAFamilySessionKeepsItsInvitationsAndAWithdrawnConsentStopsNewOnes() throws Exception {
        Fixture f = fixture();
        WebClient office = signedIn(f.credentialing());
        long lead = clearedStaff(office, f, "Lead", f.siteA());
        WebClient clinician = signedIn(f.clinicianA());
        JsonObject riley = admitted(clinician, f, "Kin", lead);
        String familyPath = "api/participants/" + riley.getJsonNumber("participantId") + "/family";
        JsonObject sister = Json.object(clinician.postJson(familyPath,
                "{\"name\":\"Sam Kin\",\"relationship\":\"Sister\",\"consentToInvolve\":true}").body());
        JsonObject father = Json.object(clinician.postJson(familyPath,
                "{\"name\":\"Lee Kin\",\"relationship\":\"Father\",\"consentToInvolve\":true}").body());
        String family = sessionJson(f.siteA(), lead, today().plusDays(1), "09:00", 60).replace("GROUP_THERAPY", "FAMILY_THERAPY");
        JsonObject session = Json.object(clinician.postJson("api/sessions",
                family.replace("}", ",\"familyMemberIds\":[" + id(sister) + "]}")).body());
        assertThat(session.getJsonArray("familyMemberIds")).extracting(v -> ((jakarta.json.JsonNumber) v).longValue())
                .containsExactly(id(sister));
        assertThat(enrol(clinician, id(session), riley).statusCode()).isEqualTo(200);

        HttpResponse<String> edited = clinician.putJson("api/sessions/" + id(session),
                family.replace("Process group", "Family session").replace("{", "{\"version\":" + version(session) + ","));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(Json.object(edited.body()).getJsonArray("familyMemberIds")).as("an edit without the list keeps them")
                .extracting(v -> ((jakarta.json.JsonNumber) v).longValue()).containsExactly(id(sister));

        String editPage = "schedule/edit.xhtml?id=" + id(session);
        String form = clinician.get(editPage).body();
        assertThat(form).contains("Sam Kin (Sister)").contains("Lee Kin (Father)").contains("form:familyMembers");
        HttpResponse<String> saved = clinician.submit(editPage, "form", "form:save", Map.of("form:title", "Family evening",
                "form:date", today().plusDays(1).toString(), "form:startTime", "18:00", "form:durationMinutes", "60",
                "form:facilitator", String.valueOf(lead), "form:coFacilitator", "", "form:room", "",
                "form:familyMembers", String.valueOf(id(father))));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        JsonObject afterPage = Json.object(clinician.getJson("api/sessions/" + id(session)).body());
        assertThat(afterPage.getString("title")).isEqualTo("Family evening");
        assertThat(afterPage.getJsonArray("familyMemberIds")).as("the page's picker says who is invited")
                .extracting(v -> ((jakarta.json.JsonNumber) v).longValue()).containsExactly(id(father));

        HttpResponse<String> withdrawn = clinician.putJson(familyPath + "/" + id(sister), "{\"version\":" + version(sister)
                + ",\"name\":\"Sam Kin\",\"relationship\":\"Sister\",\"consentToInvolve\":false}");
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        HttpResponse<String> invited = clinician.putJson("api/sessions/" + id(session), family.replace("{", "{\"version\":"
                + version(afterPage) + ",").replace("}", ",\"familyMemberIds\":[" + id(father) + "," + id(sister) + "]}"));
        assertThat(invited.statusCode()).as("no new invitation without consent").isEqualTo(400);
        assertThat(invited.body()).contains("\"field\":\"familyMembers\"").contains("Sam Kin");
        assertThat(clinician.postJson("api/sessions", family.replace("}", ",\"familyMemberIds\":[" + id(sister) + "]}"))
                .statusCode()).isEqualTo(400);
        assertThat(clinician.get(editPage).body()).contains("Lee Kin (Father)").doesNotContain("Sam Kin (Sister)");
    }

    /** The family members a family session's page lists are participant data: one VIEW line per record and request. */
    @Test
    void theFamilyOfAFamilySessionIsReadWithOneViewLinePerRecord() throws Exception {
        Fixture f = fixture();
        long lead = clearedStaff(signedIn(f.credentialing()), f, "Lead", f.siteA());
        WebClient clinician = signedIn(f.clinicianA());
        JsonObject riley = admitted(clinician, f, "Seen", lead);
        long participant = riley.getJsonNumber("participantId").longValue();
        clinician.postJson("api/participants/" + participant + "/family",
                "{\"name\":\"Sam Seen\",\"relationship\":\"Sister\",\"consentToInvolve\":true}");
        JsonObject session = Json.object(clinician.postJson("api/sessions", sessionJson(f.siteA(), lead, today(), "00:00", 60)
                .replace("GROUP_THERAPY", "FAMILY_THERAPY")).body());
        assertThat(enrol(clinician, id(session), riley).statusCode()).isEqualTo(200);
        long before = participantViews(f.clinicianA(), participant);
        HttpResponse<String> page = clinician.get("schedule/session.xhtml?id=" + id(session));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Sam Seen (Sister)");
        assertThat(participantViews(f.clinicianA(), participant) - before).isEqualTo(1);
    }

    @Test
    @RunAsClient
    void aRequestWithANullJsonBodyIsABadRequestWithAMessage() throws Exception {
        Fixture f = fixture();
        long lead = clearedStaff(signedIn(f.credentialing()), f, "Lead", f.siteA());
        WebClient clinician = signedIn(f.clinicianA());
        JsonObject session = Json.object(clinician.postJson("api/sessions", sessionJson(f.siteA(), lead, today(), "09:00", 60)).body());
        for (HttpResponse<String> empty : List.of(clinician.postJson("api/sessions", "null"),
                clinician.postJson("api/sessions/series", "null"), clinician.putJson("api/sessions/" + id(session), "null"),
                clinician.postJson("api/sessions/" + id(session) + "/cancel", "null"),
                clinician.postJson("api/sessions/" + id(session) + "/enrolments", "null"),
                clinician.putJson("api/sessions/" + id(session) + "/attendance", "null"),
                clinician.postJson("api/sessions/series/1/cancel", "null"))) {
            assertThat(empty.statusCode()).as(empty.uri() + " " + empty.body()).isEqualTo(400);
            assertThat(empty.body()).contains("needs its JSON body");
        }
    }

    // ---- attendance and hours ----

    @Test
    @RunAsClient
    void aWeekOfGroupAttendanceGivesTheHoursAgainstTheMinimumAndEveryReadIsAudited() throws Exception {
        Fixture f = fixture();
        WebClient office = signedIn(f.credentialing());
        long lead = clearedStaff(office, f, "Lead", f.siteA());
        WebClient clinician = signedIn(f.clinicianA());
        JsonObject steady = admitted(clinician, f, "Steady", lead);
        JsonObject patchy = admitted(clinician, f, "Patchy", lead);
        JsonArray sessions = Json.object(clinician.postJson("api/sessions/series",
                seriesJson(f.siteA(), lead, lastMonday(), null, 3, 12, "09:00", 180)).body()).getJsonArray("sessions");
        long monday = id(sessions.getJsonObject(0));
        enrol(clinician, monday, steady);
        enrol(clinician, monday, patchy);

        String[][] marks = {{"PRESENT", null}, {"LATE", "120"}, {"ABSENT", null}};
        for (int i = 0; i < 3; i++) {
            long session = id(sessions.getJsonObject(i));
            long sessionVersion = version(Json.object(clinician.getJson("api/sessions/" + session).body()));
            HttpResponse<String> recorded = clinician.putJson("api/sessions/" + session + "/attendance", sheet(sessionVersion,
                    entry(id(steady), null, AttendanceStatus.PRESENT, null),
                    entry(id(patchy), null, AttendanceStatus.valueOf(marks[i][0]), marks[i][1])));
            assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        }

        JsonObject report = Json.object(clinician.getJson("api/hours?site=" + f.siteA() + "&week=" + lastMonday().plusDays(4)).body());
        assertThat(report.getString("week")).isEqualTo(lastMonday().toString());
        Map<Long, JsonObject> rows = new java.util.HashMap<>();
        report.getJsonArray("rows").forEach(r -> rows.put(r.asJsonObject().getJsonNumber("episodeId").longValue(), r.asJsonObject()));
        assertThat(rows.get(id(steady)).getInt("deliveredMinutes")).isEqualTo(540);
        assertThat(rows.get(id(steady)).getInt("requiredMinutes")).isEqualTo(540);
        assertThat(rows.get(id(patchy)).getInt("deliveredMinutes")).isEqualTo(300);
        assertThat(report.getJsonArray("shortfalls")).extracting(r -> r.asJsonObject().getJsonNumber("episodeId").longValue())
                .containsExactly(id(patchy));
        assertThat(clinician.get("index.xhtml").body()).as("the home page counts last week's shortfall, naming nobody")
                .contains("1 participants under their weekly minimum of hours last week at Test site A" + f.suffix());
        assertThat(report.get("compliance") == null || report.isNull("compliance")).as("the compliance rate is for administrators").isTrue();
        JsonObject adminReport = Json.object(signedIn(f.siteAdminA()).getJson("api/hours?site=" + f.siteA()).body());
        assertThat(adminReport.getJsonObject("compliance").getInt("participantWeeks")).isGreaterThanOrEqualTo(2);
        assertThat(adminReport.getJsonObject("compliance").getInt("metWeeks")).isGreaterThanOrEqualTo(1);

        long wednesday = id(sessions.getJsonObject(1));
        JsonArray recorded = Json.parse(clinician.getJson("api/sessions/" + wednesday + "/attendance").body()).asJsonArray();
        JsonObject patchyLine = recorded.stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getJsonNumber("episodeId").longValue() == id(patchy)).findFirst().orElseThrow();
        assertThat(patchyLine.getString("status")).isEqualTo("LATE");
        assertThat(patchyLine.getInt("minutes")).isEqualTo(120);
        long wednesdayVersion = version(Json.object(clinician.getJson("api/sessions/" + wednesday).body()));
        HttpResponse<String> stale = clinician.putJson("api/sessions/" + wednesday + "/attendance", sheet(wednesdayVersion,
                entry(id(patchy), patchyLine.getJsonNumber("version").longValue() - 1, AttendanceStatus.PRESENT, null)));
        assertThat(stale.statusCode()).isEqualTo(409);
        HttpResponse<String> tooMany = clinician.putJson("api/sessions/" + wednesday + "/attendance", sheet(wednesdayVersion,
                entry(id(patchy), patchyLine.getJsonNumber("version").longValue(), AttendanceStatus.LEFT_EARLY, "200")));
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("less than the session");
        HttpResponse<String> corrected = clinician.putJson("api/sessions/" + wednesday + "/attendance", sheet(wednesdayVersion,
                entry(id(patchy), patchyLine.getJsonNumber("version").longValue(), AttendanceStatus.PRESENT, null)));
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        assertThat(Json.object(clinician.getJson("api/hours?site=" + f.siteA() + "&week=" + lastMonday()).body())
                .getJsonArray("shortfalls")).as("6 of 9 hours now").hasSize(1);

        HttpResponse<String> participantWeek = clinician.get("schedule/hours.xhtml?site=" + f.siteA() + "&week=" + lastMonday()
                + "&episode=" + id(patchy));
        assertThat(participantWeek.statusCode()).isEqualTo(200);
        assertThat(participantWeek.body()).contains("weekSessions").contains("Absent").contains(">180<");

        String trail = signedIn(f.auditor()).submit("audit/audit.xhtml", "form", "form:export",
                Map.of("form:actor", f.clinicianA())).body();
        assertThat(trail).contains(",VIEW,").contains("Viewed attendance of session " + wednesday)
                .contains("Viewed hours delivered in the week of " + lastMonday())
                .contains("Viewed the week of " + lastMonday() + " of episode " + id(patchy));
    }

    @Test
    @RunAsClient
    void anotherSitesSessionAnswersNotFoundAndTheAttemptIsAuditedWhileOwnPagesRender() throws Exception {
        Fixture f = fixture();
        WebClient office = signedIn(f.credentialing());
        long leadA = clearedStaff(office, f, "LeadA", f.siteA());
        long leadB = clearedStaff(office, f, "LeadB", f.siteB());
        WebClient admin = signedIn(f.admin());
        HttpResponse<String> atB = admin.postJson("api/sessions", sessionJson(f.siteB(), leadB, today(), "00:00", 60));
        assertThat(atB.statusCode()).as(atB.body()).isEqualTo(200);
        long sessionB = id(Json.object(atB.body()));
        WebClient clinician = signedIn(f.clinicianA());
        long sessionA = id(Json.object(clinician.postJson("api/sessions", sessionJson(f.siteA(), leadA, today(), "00:00", 60)).body()));

        assertThat(clinician.getJson("api/sessions/" + sessionB).statusCode()).isEqualTo(404);
        assertThat(clinician.getJson("api/sessions/" + sessionB + "/attendance").statusCode()).isEqualTo(404);
        assertThat(clinician.putJson("api/sessions/" + sessionB + "/attendance", "{\"sessionVersion\":0,\"entries\":[]}")
                .statusCode()).isEqualTo(404);
        assertThat(clinician.getJson("api/hours?site=" + f.siteB()).statusCode()).isEqualTo(404);
        assertThat(clinician.postJson("api/sessions", sessionJson(f.siteB(), leadB, today(), "09:00", 60)).statusCode())
                .isEqualTo(404);
        assertThat(clinician.get("schedule/session.xhtml?id=" + sessionB).statusCode()).isEqualTo(404);
        assertThat(admin.getJson("api/sessions/" + sessionB).statusCode()).isEqualTo(200);

        for (String page : List.of("schedule/calendar.xhtml?site=" + f.siteA(), "schedule/edit.xhtml?site=" + f.siteA(),
                "schedule/session.xhtml?id=" + sessionA, "schedule/hours.xhtml?site=" + f.siteA())) {
            HttpResponse<String> shown = clinician.get(page);
            assertThat(shown.statusCode()).as(page).isEqualTo(200);
        }
        assertThat(signedIn(f.auditor()).get("schedule/hours.xhtml?site=" + f.siteA()).body()).contains("Compliance rate");
        assertThat(clinician.get("schedule/hours.xhtml?site=" + f.siteA()).body()).doesNotContain("Compliance rate");

        String trail = signedIn(f.auditor()).submit("audit/audit.xhtml", "form", "form:export",
                Map.of("form:actor", f.clinicianA())).body();
        assertThat(trail).contains(",ACCESS_DENIED,").contains("TherapySession " + sessionB);
    }

    // ---- demo data ----

    @Test
    void theDemoSessionsFillACensusWeeksWithAttendanceSoThatSomeFallShort() throws Exception {
        Fixture f = fixture();
        WebClient office = signedIn(f.credentialing());
        long lead = clearedStaff(office, f, "Lead", f.siteA());
        WebClient clinician = signedIn(f.clinicianA());
        for (String name : List.of("Ann", "Ben", "Cy", "Di")) {
            admitted(clinician, f, name, lead);
        }
        tx.begin();
        List<Episode> census = db.em().createQuery("select e from Episode e where e.siteId = :site", Episode.class)
                .setParameter("site", f.siteA()).getResultList();
        demoSessions.load(census);
        tx.commit();

        db.em().clear();
        long sessions = db.em().createQuery("select count(s) from TherapySession s where s.site.id = :site", Long.class)
                .setParameter("site", f.siteA()).getSingleResult();
        assertThat(sessions).as("two tracks, a workshop and individual sessions over six weeks").isGreaterThan(40);
        assertThat(db.em().createQuery("select count(distinct n.episode.id) from Enrolment n where n.siteId = :site", Long.class)
                .setParameter("site", f.siteA()).getSingleResult()).isEqualTo(4);
        List<Object[]> lastWeek = db.em().createQuery("select a.episode.id, sum(a.minutes) from Attendance a where a.siteId = :site "
                + "and a.weekStart = :week group by a.episode.id", Object[].class).setParameter("site", f.siteA())
                .setParameter("week", lastMonday()).getResultList();
        assertThat(lastWeek).hasSize(4);
        assertThat(lastWeek).anySatisfy(row -> assertThat(((Number) row[1]).intValue()).isLessThan(540))
                .anySatisfy(row -> assertThat(((Number) row[1]).intValue()).isGreaterThanOrEqualTo(540));
        assertThat(db.em().createQuery("select count(a) from Attendance a where a.siteId = :site and a.status = :absent", Long.class)
                .setParameter("site", f.siteA()).setParameter("absent", AttendanceStatus.ABSENT).getSingleResult()).isPositive();
        assertThat(db.em().createQuery("select count(a) from Attendance a where a.siteId = :site and a.session.startsAt > :now",
                Long.class).setParameter("site", f.siteA()).setParameter("now", java.time.Instant.now()).getSingleResult())
                .as("no attendance in the future").isZero();
    }

    // ---- browser ----

    @Test
    @RunAsClient
    void aClinicianSchedulesAWeeklyGroupEnrolsTwoRecordsTheWeekAndSeesTheHoursAgainstTheMinimum() throws Exception {
        Fixture f = fixture();
        WebClient office = signedIn(f.credentialing());
        long lead = clearedStaff(office, f, "Lead", f.siteA());
        WebClient clinician = signedIn(f.clinicianA());
        admitted(clinician, f, "Present", lead);
        admitted(clinician, f, "Absent", lead);
        String title = "Process group " + f.suffix();
        try (Browser browser = Browser.open(base.toString())) {
            try {
                new LoginPage(browser).open().signInAndWait(f.clinicianA(), Fixture.PASSWORD);
                browser.go("schedule/calendar.xhtml?site=" + f.siteA());
                browser.find("form:schedule");
                browser.click("form:new");
                browser.waitForUrl("schedule/edit.xhtml");
                browser.go("schedule/edit.xhtml?site=" + f.siteA() + "&date=" + lastMonday());
                browser.type("form:title", title);
                browser.select("form:facilitator", "Test Lead" + f.suffix());
                for (String day : List.of("Mon", "Wed", "Thu")) {
                    browser.choose("form:weekdays", day);
                }
                browser.type("form:count", "3");
                browser.click("form:save");
                browser.waitForUrl("schedule/session.xhtml");
                browser.waitForText(title);

                for (String name : List.of("Present", "Absent")) {
                    browser.select("enrol:episode", name + f.suffix() + ", Riley (MRN-" + name + f.suffix() + ")");
                    browser.click("enrol:add");
                    browser.waitForTextIn("attendance:attendance", name + f.suffix(), null);
                }

                JsonArray week = Json.parse(clinician.getJson("api/sessions?site=" + f.siteA() + "&from=" + lastMonday() + "&to="
                        + lastMonday().plusDays(6)).body()).asJsonArray();
                assertThat(week).hasSize(3);
                for (int i = 0; i < 3; i++) {
                    browser.go("schedule/session.xhtml?id=" + id(week.getJsonObject(i)));
                    browser.waitForTextIn("attendance:attendance", "Present" + f.suffix(), null);
                    String first = browser.textOf("attendance:attendance:0:name");
                    boolean absentFirst = first.startsWith("Absent");
                    browser.select("attendance:attendance:" + (absentFirst ? 1 : 0) + ":status", "Present");
                    browser.select("attendance:attendance:" + (absentFirst ? 0 : 1) + ":status", i == 2 ? "Absent" : "Present");
                    browser.click("attendance:save");
                    browser.waitForText("Saved.");
                }

                browser.go("schedule/hours.xhtml?site=" + f.siteA() + "&week=" + lastMonday());
                String table = browser.waitForTextIn("list:hours", "Absent" + f.suffix(), null);
                assertThat(table).contains("9:00").contains("6:00").contains("Short 3:00").contains("Met");
                assertThat(browser.textOf("shortThisWeek")).contains("Absent" + f.suffix()).doesNotContain("Present" + f.suffix());

                browser.go("schedule/calendar.xhtml?site=" + f.siteA() + "&date=" + lastMonday());
                browser.waitForText(title);
                assertThat(browser.textOf("form:schedule")).as("in the site's zone, not the browser's").contains("9:00")
                        .doesNotContain("2:00 - 5:00").doesNotContain("14:00");
            } finally {
                assertThat(browser.consoleErrors()).as("browser console errors (CSP, scripts)").isEmpty();
            }
        }
    }

    // ---- helpers ----

    private static LocalDate today() {
        return LocalDate.now(SITE_A_ZONE);
    }

    private static LocalDate lastMonday() {
        return SiteCalendar.weekOf(today()).minusWeeks(1);
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    private static long version(JsonObject json) {
        return json.getJsonNumber("version").longValue();
    }

    private static String sessionJson(long siteId, long facilitatorId, LocalDate date, String start, int minutes) {
        return "{\"siteId\":" + siteId + ",\"kind\":\"GROUP_THERAPY\",\"title\":\"Process group\",\"facilitatorId\":"
                + facilitatorId + ",\"room\":null,\"capacity\":10,\"date\":\"" + date + "\",\"startTime\":\"" + start
                + "\",\"durationMinutes\":" + minutes + "}";
    }

    private static String seriesJson(long siteId, long facilitatorId, LocalDate from, LocalDate until, Integer count,
            int capacity, String start, int minutes) {
        return "{\"siteId\":" + siteId + ",\"kind\":\"GROUP_THERAPY\",\"title\":\"Morning process group\",\"facilitatorId\":"
                + facilitatorId + ",\"capacity\":" + capacity + ",\"date\":\"" + from + "\",\"startTime\":\"" + start
                + "\",\"durationMinutes\":" + minutes + ",\"weekdays\":[\"MONDAY\",\"WEDNESDAY\",\"THURSDAY\"]"
                + (until == null ? "" : ",\"until\":\"" + until + "\"") + (count == null ? "" : ",\"count\":" + count) + "}";
    }

    private static String entry(long episodeId, Long version, AttendanceStatus status, String minutes) {
        return "{\"episodeId\":" + episodeId + ",\"version\":" + version + ",\"status\":\"" + status + "\",\"minutes\":" + minutes + "}";
    }

    private static String sheet(long sessionVersion, String... entries) {
        return "{\"sessionVersion\":" + sessionVersion + ",\"entries\":[" + String.join(",", entries) + "]}";
    }

    private static HttpResponse<String> enrol(WebClient client, long sessionId, JsonObject episode) {
        return enrol(client, sessionId, episode, true);
    }

    private static HttpResponse<String> enrol(WebClient client, long sessionId, JsonObject episode, boolean wholeSeries) {
        return client.postJson("api/sessions/" + sessionId + "/enrolments", "{\"episodeId\":" + id(episode)
                + ",\"wholeSeries\":" + wholeSeries + "}");
    }

    /** A participant of site A admitted 25 days ago (full weeks since), with the episode's participant id added. */
    private JsonObject admitted(WebClient clinician, Fixture f, String lastName, long clinicianId) {
        String record = "MRN-" + lastName + f.suffix();
        HttpResponse<String> created = clinician.postJson("api/participants", "{\"version\":0,\"siteId\":" + f.siteA()
                + ",\"recordNumber\":\"" + record + "\",\"firstName\":\"Riley\",\"lastName\":\"" + lastName + f.suffix()
                + "\",\"dateOfBirth\":\"1994-05-06\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        long participant = id(Json.object(created.body()));
        HttpResponse<String> admitted = clinician.postJson("api/participants/" + participant + "/episodes",
                "{\"admissionDate\":\"" + today().minusDays(25) + "\",\"track\":\"ADULT_IOP\",\"levelOfCare\":\"ASAM_2_1\","
                        + "\"referralSource\":\"RESIDENTIAL_TRANSITION\",\"primaryClinicianId\":" + clinicianId
                        + ",\"focus\":\"SUBSTANCE_USE\"}");
        assertThat(admitted.statusCode()).as(admitted.body()).isEqualTo(200);
        return jakarta.json.Json.createObjectBuilder(Json.object(admitted.body())).add("participantId", participant).build();
    }

    /** A staff member of the site with a licence verified 40 days ago and approved 35 days ago: cleared since. */
    private long clearedStaff(WebClient office, Fixture f, String lastName, long siteId) {
        return Staffing.cleared(office, f, lastName, siteId, today().minusDays(40), today().minusDays(35));
    }

    private long createStaff(WebClient client, Fixture f, String lastName, long siteId) {
        return Staffing.create(client, f, lastName, siteId);
    }

    private JsonObject addLicence(WebClient client, long staffId) {
        return Staffing.licence(client, staffId, today().plusYears(2));
    }

    private long participantViews(String actor, long participantId) {
        db.em().clear();
        return db.em().createQuery("select count(a) from AuditEntry a where a.actor = :actor and a.entityType = 'Participant' "
                + "and a.action = :view and a.entityId = :id", Long.class).setParameter("actor", actor)
                .setParameter("view", org.iopmanager.audit.entity.AuditAction.VIEW).setParameter("id", String.valueOf(participantId))
                .getSingleResult();
    }

    private Fixture fixture() throws Exception {
        return Fixture.create(base.toURI());
    }

    private WebClient signedIn(String username) throws Exception {
        return Fixture.signedIn(base.toURI(), username);
    }
}
