package org.iopmanager.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
import org.openqa.selenium.By;

import org.iopmanager.aftercare.control.FollowUpPlanner;
import org.iopmanager.aftercare.entity.FollowUp;
import org.iopmanager.aftercare.entity.FollowUpOutcome;
import org.iopmanager.browser.Browser;
import org.iopmanager.browser.LoginPage;
import org.iopmanager.demo.control.DemoFollowUps;
import org.iopmanager.participant.entity.Episode;
import org.iopmanager.testsupport.Deployments;
import org.iopmanager.testsupport.Fixture;
import org.iopmanager.testsupport.Json;
import org.iopmanager.testsupport.Staffing;
import org.iopmanager.testsupport.TestDb;
import org.iopmanager.testsupport.WebClient;

/**
 * Follow-up after discharge in one Payara Micro: through HTTP as real users of each role (the services check roles and
 * site scope, so the API and the pages answer alike), the rates of a known set of discharges, the demo follow-ups
 * in-container on a fresh site, and one browser walk recording a 7-day contact and seeing the rate change.
 */
@ExtendWith(ArquillianExtension.class)
class AftercareFollowUpIT {

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
    DemoFollowUps demoFollowUps;

    @Inject
    FollowUpPlanner planner;

    // ---- follow-ups made at discharge, the due list, attempts and outcome ----

    @Test
    @RunAsClient
    void aDischargeMakesChecksDueAtSevenAndThirtyDaysThatTheDueListAndTheHomePageShow() throws Exception {
        Fixture f = fixture();
        long lead = clearedStaff(f, "Lead", f.siteA());
        WebClient clinician = signedIn(f.clinicianA());
        JsonObject episode = admitted(clinician, f, f.siteA(), "Dana", lead);
        LocalDate discharged = today().minusDays(5);
        discharge(clinician, episode, discharged);

        JsonArray mine = Json.parse(clinician.getJson("api/follow-ups/participant/" + participantOf(episode)).body()).asJsonArray();
        assertThat(mine).hasSize(1);
        JsonObject followUp = mine.getJsonObject(0);
        assertThat(followUp.getString("dischargeDate")).isEqualTo(discharged.toString());
        JsonArray checks = followUp.getJsonArray("checks");
        assertThat(checks).extracting(c -> c.asJsonObject().getInt("offsetDays")).containsExactly(7, 30);
        assertThat(checks.getJsonObject(0).getString("dueDate")).isEqualTo(discharged.plusDays(7).toString());
        assertThat(checks.getJsonObject(0).getString("opensOn")).isEqualTo(discharged.toString());
        assertThat(checks.getJsonObject(0).getString("windowEnd")).as("3 days' tolerance").isEqualTo(discharged.plusDays(10).toString());
        assertThat(checks.getJsonObject(1).getString("dueDate")).isEqualTo(discharged.plusDays(30).toString());
        assertThat(checks.getJsonObject(0).getString("state")).isEqualTo("UPCOMING");

        JsonObject open = Json.object(clinician.getJson("api/follow-ups?site=" + f.siteA()).body());
        assertThat(open.getInt("total")).as("the 7-day check is due within the week, the 30-day one is not yet").isEqualTo(1);
        JsonObject row = open.getJsonArray("rows").getJsonObject(0);
        assertThat(row.getInt("offsetDays")).isEqualTo(7);
        assertThat(row.getInt("daysLeft")).isEqualTo(2);
        assertThat(Json.object(clinician.getJson("api/follow-ups?site=" + f.siteA() + "&show=UPCOMING").body()).getInt("total"))
                .isEqualTo(2);
        assertThat(Json.object(clinician.getJson("api/follow-ups?site=" + f.siteA() + "&show=OVERDUE").body()).getInt("total"))
                .isZero();
        assertThat(Json.object(clinician.getJson("api/follow-ups?site=" + f.siteA() + "&show=ALL&text=dana").body())
                .getInt("total")).isEqualTo(2);
        assertThat(clinician.getJson("api/follow-ups?site=" + f.siteA() + "&show=SOON").statusCode()).isEqualTo(400);
        assertThat(clinician.get("index.xhtml").body()).as("the home page counts, naming nobody")
                .contains("1 follow-up contacts after discharge due within a week or overdue at Test site A" + f.suffix());

        HttpResponse<String> list = clinician.get("aftercare/followups.xhtml?site=" + f.siteA());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Dana" + f.suffix()).contains("7-day follow-up").contains("Upcoming");
        HttpResponse<String> page = clinician.get("aftercare/followup.xhtml?episode=" + id(episode));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("discharged on " + discharged).contains("30-day follow-up").contains("attempt:save");
    }

    @Test
    @RunAsClient
    void attemptsDoTheChecksAStaleVersionIsAConflictAndUnreachedAttemptsLoseTheParticipant() throws Exception {
        Fixture f = fixture();
        long lead = clearedStaff(f, "Lead", f.siteA());
        WebClient clinician = signedIn(f.clinicianA());
        JsonObject episode = admitted(clinician, f, f.siteA(), "Reached", lead);
        LocalDate discharged = today().minusDays(9);
        discharge(clinician, episode, discharged);
        JsonObject followUp = followUpOf(clinician, episode);
        long id = id(followUp);

        JsonObject afterMiss = attempt(clinician, id, version(followUp), discharged.plusDays(1), "PHONE", false, "Voicemail");
        assertThat(afterMiss.getInt("unreachedAttempts")).isEqualTo(1);
        HttpResponse<String> stale = clinician.postJson("api/follow-ups/" + id + "/attempts",
                attemptJson(version(followUp), discharged.plusDays(2), "TEXT", true, null));
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(Json.object(stale.body()).getString("changedBy")).isEqualTo(f.clinicianA());

        JsonObject reached = attempt(clinician, id, version(afterMiss), discharged.plusDays(6), "VIDEO", true, "Started counselling");
        assertThat(reached.getString("firstReachedOn")).isEqualTo(discharged.plusDays(6).toString());
        assertThat(reached.getInt("reachedDays")).isEqualTo(6);
        assertThat(reached.getInt("unreachedAttempts")).isZero();
        assertThat(reached.getJsonArray("checks").getJsonObject(0).getString("state")).isEqualTo("DONE");
        assertThat(reached.getJsonArray("checks").getJsonObject(0).getString("doneOn")).isEqualTo(discharged.plusDays(6).toString());
        assertThat(reached.getJsonArray("checks").getJsonObject(1).getString("state")).isEqualTo("UPCOMING");
        assertThat(reached.getJsonArray("attempts")).extracting(a -> a.asJsonObject().getString("method"))
                .containsExactly("VIDEO", "PHONE");
        assertThat(reached.getJsonArray("attempts").getJsonObject(0).getString("recordedBy")).isEqualTo(f.clinicianA());

        HttpResponse<String> future = clinician.postJson("api/follow-ups/" + id + "/attempts",
                attemptJson(version(reached), today().plusDays(1), "PHONE", true, null));
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("\"field\":\"attemptedAt\"").contains("cannot be in the future");
        HttpResponse<String> early = clinician.postJson("api/follow-ups/" + id + "/attempts",
                attemptJson(version(reached), discharged.minusDays(1), "PHONE", true, null));
        assertThat(early.body()).contains("cannot be before the discharge on " + discharged);
        HttpResponse<String> noMethod = clinician.postJson("api/follow-ups/" + id + "/attempts",
                attemptJson(version(reached), discharged, null, true, null));
        assertThat(noMethod.statusCode()).isEqualTo(400);
        assertThat(noMethod.body()).contains("\"field\":\"method\"");

        HttpResponse<String> concluded = clinician.putJson("api/follow-ups/" + id + "/outcome", "{\"version\":" + version(reached)
                + ",\"outcome\":\"ENGAGED_IN_AFTERCARE\",\"outcomeOn\":\"" + today() + "\",\"note\":\"Weekly counselling\"}");
        assertThat(concluded.statusCode()).as(concluded.body()).isEqualTo(200);
        assertThat(Json.object(concluded.body()).getString("outcome")).isEqualTo("ENGAGED_IN_AFTERCARE");
        HttpResponse<String> staleOutcome = clinician.putJson("api/follow-ups/" + id + "/outcome", "{\"version\":" + version(reached)
                + ",\"outcome\":\"DECLINED\",\"outcomeOn\":\"" + today() + "\"}");
        assertThat(staleOutcome.statusCode()).isEqualTo(409);

        JsonObject other = admitted(clinician, f, f.siteA(), "Lost", lead);
        discharge(clinician, other, discharged);
        JsonObject lost = followUpOf(clinician, other);
        for (int day = 1; day <= 3; day++) {
            lost = attempt(clinician, id(lost), version(lost), discharged.plusDays(day), "PHONE", false, null);
        }
        assertThat(lost.getString("outcome")).as("3 unreached in a row").isEqualTo("LOST_TO_FOLLOW_UP");
        assertThat(Json.object(clinician.getJson("api/follow-ups?site=" + f.siteA() + "&show=ALL&text=lost").body())
                .getInt("total")).as("a lost participant leaves the due list").isZero();

        String trail = signedIn(f.auditor()).submit("audit/audit.xhtml", "form", "form:export",
                Map.of("form:actor", f.clinicianA())).body();
        assertThat(trail).contains(",CREATE,").contains("FollowUpAttempt").contains(",UPDATE,").contains("ENGAGED_IN_AFTERCARE")
                .contains("Viewed the follow-up after discharge of MRN-Reached" + f.suffix())
                .contains("Viewed the follow-ups due");
    }

    @Test
    @RunAsClient
    void theFollowUpPageRecordsAnAttemptInTheSitesZoneAnOutcomeAndAnAlumniMeetingWithFieldMessages() throws Exception {
        Fixture f = fixture();
        long lead = clearedStaff(f, "Lead", f.siteA());
        WebClient clinician = signedIn(f.clinicianA());
        JsonObject episode = admitted(clinician, f, f.siteA(), "Paged", lead);
        LocalDate discharged = today().minusDays(12);
        discharge(clinician, episode, discharged);
        long id = id(followUpOf(clinician, episode));
        String page = "aftercare/followup.xhtml?id=" + id;

        HttpResponse<String> saved = clinician.submit(page, "attempt", "attempt:save", Map.of(
                "attempt:attemptedAt", discharged.plusDays(2).toString(), "attempt:attemptTime", "21:30",
                "attempt:method", "TEXT", "attempt:reached_input", "on", "attempt:note", "Replied by text"));
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("Saved.").contains("Reached within 7 days of discharge").contains("Replied by text")
                .contains(discharged.plusDays(2) + " 21:30");
        JsonObject after = Json.object(clinician.getJson("api/follow-ups/" + id).body());
        assertThat(after.getJsonArray("attempts").getJsonObject(0).getString("attemptedAt"))
                .as("21:30 in New York is the next day in UTC").startsWith(discharged.plusDays(3).toString());
        assertThat(after.getInt("reachedDays")).isEqualTo(2);

        HttpResponse<String> tooEarly = clinician.submit(page, "attempt", "attempt:save", Map.of(
                "attempt:attemptedAt", discharged.minusDays(1).toString(), "attempt:method", "PHONE",
                "attempt:note", "Kept on screen"));
        assertThat(tooEarly.body()).contains("cannot be before the discharge on " + discharged).contains("Kept on screen")
                .doesNotContain("Saved.");

        HttpResponse<String> concluded = clinician.submit(page, "outcome", "outcome:save", Map.of(
                "outcome:outcome", "READMITTED", "outcome:outcomeOn", today().toString(), "outcome:outcomeNote", "Back in IOP"));
        assertThat(concluded.body()).contains("Saved.").contains("id=\"effectiveOutcome\">Readmitted");
        HttpResponse<String> noGroup = clinician.submit(page, "alumni", "alumni:save", Map.of(
                "alumni:attendedOn", today().toString(), "alumni:groupName", ""));
        assertThat(noGroup.body()).contains("Name the group.");
        HttpResponse<String> meeting = clinician.submit(page, "alumni", "alumni:save", Map.of(
                "alumni:attendedOn", today().toString(), "alumni:groupName", "Thursday alumni"));
        assertThat(meeting.body()).contains("Saved.").contains("Thursday alumni");
        assertThat(Json.object(clinician.getJson("api/follow-ups/" + id).body()).getString("outcome"))
                .as("a recorded outcome stands").isEqualTo("READMITTED");
    }

    // ---- rates ----

    @Test
    @RunAsClient
    void theRatesKeptBetweenViewsShowEveryDischargeAndContactAtTheNextView() throws Exception {
        Fixture f = fixture();
        long lead = clearedStaff(f, "LeadKept", f.siteA());
        WebClient clinician = signedIn(f.clinicianA());
        WebClient siteAdmin = signedIn(f.siteAdminA());
        YearMonth month = YearMonth.from(today()).minusMonths(3);
        LocalDate day = month.atDay(5);
        String query = "api/aftercare/rates?from=" + month + "&to=" + month;
        JsonObject first = dischargedOn(clinician, f, f.siteA(), "KeptOne", lead, day);
        String firstView = siteAdmin.getJson(query).body();
        JsonObject before = Json.parse(firstView).asJsonArray().getJsonObject(0);
        assertThat(before.getInt("discharges")).isPositive();
        assertThat(siteAdmin.getJson(query).body()).as("a second view, from the kept figures").isEqualTo(firstView);

        JsonObject second = dischargedOn(clinician, f, f.siteA(), "KeptTwo", lead, day);
        JsonObject afterDischarge = Json.parse(siteAdmin.getJson(query).body()).asJsonArray().getJsonObject(0);
        assertThat(afterDischarge.getInt("discharges")).as("the new discharge at the next view")
                .isEqualTo(before.getInt("discharges") + 1);

        attempt(clinician, id(first), version(first), day.plusDays(3), "PHONE", true, null);
        JsonObject afterContact = Json.parse(siteAdmin.getJson(query).body()).asJsonArray().getJsonObject(0);
        assertThat(afterContact.getInt("reachedWithin7")).as("the contact at the next view")
                .isEqualTo(afterDischarge.getInt("reachedWithin7") + 1);
        assertThat(afterContact.getInt("discharges")).isEqualTo(afterDischarge.getInt("discharges"));
        assertThat(id(second)).isNotEqualTo(id(first));
    }

    @Test
    @RunAsClient
    void theRatesCountAKnownSetOfDischargesPerSiteAndMonthForAdministratorsOnly() throws Exception {
        Fixture f = fixture();
        long leadA = clearedStaff(f, "LeadA", f.siteA());
        long leadB = clearedStaff(f, "LeadB", f.siteB());
        WebClient clinician = signedIn(f.clinicianA());
        YearMonth month = YearMonth.from(today()).minusMonths(2);
        LocalDate day = month.atDay(3);
        JsonObject quick = dischargedOn(clinician, f, f.siteA(), "Quick", leadA, day);
        JsonObject late = dischargedOn(clinician, f, f.siteA(), "Late", leadA, day);
        JsonObject never = dischargedOn(clinician, f, f.siteA(), "Never", leadA, day);
        JsonObject alumnus = dischargedOn(clinician, f, f.siteA(), "Alumnus", leadA, day);
        attempt(clinician, id(quick), version(quick), day.plusDays(7), "PHONE", true, null);
        attempt(clinician, id(late), version(late), day.plusDays(8), "PHONE", true, null);
        attempt(clinician, id(never), version(never), day.plusDays(2), "PHONE", false, null);
        HttpResponse<String> meeting = clinician.postJson("api/follow-ups/" + id(alumnus) + "/alumni", "{\"version\":"
                + version(alumnus) + ",\"attendedOn\":\"" + day.plusDays(12) + "\",\"groupName\":\"Thursday alumni\"}");
        assertThat(meeting.statusCode()).as(meeting.body()).isEqualTo(200);
        assertThat(Json.object(meeting.body()).getString("outcome")).isEqualTo("ATTENDING_ALUMNI_GROUP");
        assertThat(Json.object(meeting.body()).getInt("alumniMeetings")).isEqualTo(1);
        WebClient admin = signedIn(f.admin());
        dischargedOn(admin, f, f.siteB(), "Elsewhere", leadB, day);

        WebClient siteAdmin = signedIn(f.siteAdminA());
        JsonArray rates = Json.parse(siteAdmin.getJson("api/aftercare/rates?from=" + month + "&to=" + month).body()).asJsonArray();
        assertThat(rates).as("only the site administrator's site").hasSize(1);
        JsonObject a = rates.getJsonObject(0);
        assertThat(a.getJsonNumber("siteId").longValue()).isEqualTo(f.siteA());
        assertThat(a.getString("month")).isEqualTo(month.toString());
        assertThat(a.getInt("discharges")).isEqualTo(4);
        assertThat(a.getInt("reachedWithin7")).as("day 7 counts, day 8 does not").isEqualTo(1);
        assertThat(a.getInt("reachedWithin30")).isEqualTo(2);
        assertThat(a.getInt("alumni")).isEqualTo(1);
        assertThat(a.getInt("percentWithin7")).isEqualTo(25);
        assertThat(a.getInt("percentWithin30")).isEqualTo(50);

        JsonArray both = Json.parse(admin.getJson("api/aftercare/rates?from=" + month + "&to=" + month).body()).asJsonArray();
        assertThat(both.stream().map(JsonValue::asJsonObject).filter(r -> r.getJsonNumber("siteId").longValue() == f.siteB()))
                .singleElement().satisfies(b -> assertThat(b.getInt("discharges")).isEqualTo(1));
        assertThat(siteAdmin.getJson("api/aftercare/rates?site=" + f.siteB()).statusCode()).isEqualTo(404);
        assertThat(siteAdmin.getJson("api/aftercare/rates?from=" + month + "&to=" + month.minusMonths(1)).statusCode()).isEqualTo(400);
        assertThat(siteAdmin.getJson("api/aftercare/rates?from=2026-13").statusCode()).isEqualTo(400);
        assertThat(clinician.getJson("api/aftercare/rates").statusCode()).as("a dashboard for administrators").isEqualTo(403);
        assertThat(clinician.get("aftercare/rates.xhtml").statusCode()).isEqualTo(403);

        WebClient auditor = signedIn(f.auditor());
        assertThat(auditor.getJson("api/aftercare/rates?site=" + f.siteA() + "&from=" + month + "&to=" + month).statusCode())
                .isEqualTo(200);
        HttpResponse<String> dashboard = auditor.get("aftercare/rates.xhtml?site=" + f.siteA() + "&from=" + month + "&to=" + month);
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Test site A" + f.suffix()).contains("1 (25 %)").contains("2 (50 %)")
                .contains("\"type\":\"line\"");
        HttpResponse<String> csv = siteAdmin.submit("aftercare/rates.xhtml?site=" + f.siteA() + "&from=" + month + "&to=" + month,
                "form", "form:exportCsv", Map.of("form:from", month.toString(), "form:to", month.toString(),
                        "form:site", String.valueOf(f.siteA())));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains(".csv"));
        assertThat(csv.body()).contains("Site,Month of discharge,Discharges").contains("Test site A" + f.suffix() + "," + month + ",4,1,25,2,50,1,25");
        String trail = auditor.submit("audit/audit.xhtml", "form", "form:export", Map.of("form:actor", f.siteAdminA())).body();
        assertThat(trail).contains(",EXPORT,").contains("Follow-up rates " + month + " to " + month + " exported as CSV");
    }

    // ---- access ----

    @Test
    @RunAsClient
    void anotherSitesFollowUpAnswersNotFoundTheOfficeGetsNothingAndAuditorsOnlyRead() throws Exception {
        Fixture f = fixture();
        long leadB = clearedStaff(f, "LeadB", f.siteB());
        WebClient admin = signedIn(f.admin());
        JsonObject atB = dischargedOn(admin, f, f.siteB(), "AtB", leadB, today().minusDays(3));
        long idB = id(atB);
        String attempt = attemptJson(version(atB), today(), "PHONE", true, null);

        WebClient clinician = signedIn(f.clinicianA());
        assertThat(clinician.getJson("api/follow-ups/" + idB).statusCode()).isEqualTo(404);
        assertThat(clinician.postJson("api/follow-ups/" + idB + "/attempts", attempt).statusCode()).isEqualTo(404);
        assertThat(clinician.putJson("api/follow-ups/" + idB + "/outcome", "{\"version\":0}").statusCode()).isEqualTo(404);
        assertThat(clinician.getJson("api/follow-ups?site=" + f.siteB()).statusCode()).isEqualTo(404);
        assertThat(clinician.get("aftercare/followup.xhtml?id=" + idB).statusCode()).isEqualTo(404);
        assertThat(admin.getJson("api/follow-ups/" + idB).statusCode()).isEqualTo(200);

        WebClient office = signedIn(f.credentialing());
        assertThat(office.getJson("api/follow-ups?site=" + f.siteB()).statusCode()).isEqualTo(403);
        assertThat(office.getJson("api/follow-ups/" + idB).statusCode()).isEqualTo(403);
        assertThat(office.getJson("api/follow-ups/count?site=" + f.siteB()).statusCode()).isEqualTo(403);
        assertThat(office.postJson("api/follow-ups/" + idB + "/attempts", attempt).statusCode()).isEqualTo(403);
        assertThat(office.getJson("api/aftercare/rates").statusCode()).isEqualTo(403);
        for (String page : List.of("aftercare/followups.xhtml", "aftercare/followup.xhtml?id=" + idB, "aftercare/rates.xhtml")) {
            assertThat(office.get(page).statusCode()).as(page).isEqualTo(403);
        }

        WebClient auditor = signedIn(f.auditor());
        assertThat(auditor.getJson("api/follow-ups/" + idB).statusCode()).isEqualTo(200);
        assertThat(auditor.postJson("api/follow-ups/" + idB + "/attempts", attempt).statusCode()).isEqualTo(403);
        assertThat(auditor.postJson("api/follow-ups/" + idB + "/alumni", "{\"version\":0}").statusCode()).isEqualTo(403);
        assertThat(auditor.putJson("api/follow-ups/" + idB + "/outcome", "{\"version\":0}").statusCode()).isEqualTo(403);
        HttpResponse<String> readOnly = auditor.get("aftercare/followup.xhtml?id=" + idB);
        assertThat(readOnly.statusCode()).isEqualTo(200);
        assertThat(readOnly.body()).contains("AtB" + f.suffix()).doesNotContain("attempt:save");

        String trail = auditor.submit("audit/audit.xhtml", "form", "form:export", Map.of("form:actor", f.clinicianA())).body();
        assertThat(trail).contains(",ACCESS_DENIED,").contains("FollowUp " + idB);
    }

    // ---- start-up backfill ----

    @Test
    void episodesDischargedWithoutTheEventGetTheirFollowUpsFromTheBackfillOnce() throws Exception {
        Fixture f = fixture();
        long lead = clearedStaff(f, "Lead", f.siteA());
        LocalDate discharged = today().minusDays(40);
        tx.begin();
        org.iopmanager.site.entity.Site site = db.em().find(org.iopmanager.site.entity.Site.class, f.siteA());
        for (int i = 1; i <= 3; i++) {
            org.iopmanager.participant.entity.Participant draft = new org.iopmanager.participant.entity.Participant();
            draft.setRecordNumber("MRN-Old" + i + f.suffix());
            draft.setFirstName("Riley");
            draft.setLastName("Old" + i + f.suffix());
            draft.setDateOfBirth(LocalDate.of(1990, 1, i));
            org.iopmanager.participant.entity.Participant p = new org.iopmanager.participant.entity.Participant(site, java.time.Instant.now());
            p.copyDetailsFrom(draft);
            db.em().persist(p);
            Episode details = new Episode();
            details.setAdmissionDate(discharged.minusDays(30));
            details.setTrack(org.iopmanager.participant.entity.Track.ADULT_IOP);
            details.setLevelOfCare(org.iopmanager.participant.entity.LevelOfCare.ASAM_2_1);
            details.setReferralSource(org.iopmanager.participant.entity.ReferralSource.SELF);
            details.setFocus(org.iopmanager.participant.entity.Focus.SUBSTANCE_USE);
            Episode e = new Episode(p);
            e.copyDetailsFrom(details);
            e.setPrimaryClinician(db.em().find(org.iopmanager.staff.entity.StaffMember.class, lead));
            e.discharge(discharged.plusDays(i), org.iopmanager.participant.entity.DischargeReason.COMPLETED);
            db.em().persist(e);
        }
        tx.commit();

        tx.begin();
        int made = planner.backfill(2);
        tx.commit();
        assertThat(made).as("in batches of two").isEqualTo(3);
        tx.begin();
        assertThat(planner.backfill(2)).as("once").isZero();
        tx.commit();
        tx.begin();
        List<FollowUp> backfilled = db.em().createQuery("select f from FollowUp f where f.siteId = :site order by f.dischargeDate",
                FollowUp.class).setParameter("site", f.siteA()).getResultList();
        assertThat(backfilled).hasSize(3);
        assertThat(backfilled.get(0).getDischargeDate()).isEqualTo(discharged.plusDays(1));
        assertThat(backfilled.get(0).getChecks()).extracting(c -> c.getDueDate())
                .containsExactly(discharged.plusDays(8), discharged.plusDays(31));
        tx.commit();
    }

    // ---- demo data ----

    @Test
    void theDemoFollowUpsGiveDueOverdueDoneAndLostFollowUpsOverSixMonthsWithDifferentFigures() throws Exception {
        Fixture f = fixture();
        long lead = clearedStaff(f, "Lead", f.siteA());
        admitted(signedIn(f.clinicianA()), f, f.siteA(), "Census", lead);
        tx.begin();
        List<Episode> census = db.em().createQuery("select e from Episode e where e.siteId = :site", Episode.class)
                .setParameter("site", f.siteA()).getResultList();
        demoFollowUps.load(census);
        tx.commit();

        db.em().clear();
        List<FollowUp> made = db.em().createQuery("select f from FollowUp f where f.siteId = :site", FollowUp.class)
                .setParameter("site", f.siteA()).getResultList();
        assertThat(made.stream().map(FollowUp::getDischargeMonth).distinct().count()).as("six months and this one")
                .isGreaterThanOrEqualTo(6);
        assertThat(made).extracting(FollowUp::getOutcome).contains(FollowUpOutcome.LOST_TO_FOLLOW_UP,
                FollowUpOutcome.ENGAGED_IN_AFTERCARE, FollowUpOutcome.ATTENDING_ALUMNI_GROUP);
        assertThat(made).filteredOn(x -> x.getReachedDays() != null && x.getReachedDays() > 7).isNotEmpty();
        assertThat(made).filteredOn(x -> x.getAlumniMeetings() > 0).isNotEmpty();
        assertThat(db.em().createQuery("select count(a) from FollowUpAttempt a where a.siteId = :site and a.attemptedAt > :now",
                Long.class).setParameter("site", f.siteA()).setParameter("now", java.time.Instant.now()).getSingleResult())
                .as("no attempt in the future").isZero();
        List<Object[]> perMonth = db.em().createQuery("select f.dischargeMonth, count(f) from FollowUp f where f.siteId = :site "
                + "and f.reachedDays <= 7 group by f.dischargeMonth", Object[].class).setParameter("site", f.siteA()).getResultList();
        assertThat(perMonth.stream().map(r -> ((Number) r[1]).longValue()).distinct().count())
                .as("the months differ").isGreaterThan(1);
        assertThat(db.em().createQuery("select count(c) from FollowUpCheck c where c.siteId = :site and c.doneOn is null "
                + "and c.dueDate >= :today", Long.class).setParameter("site", f.siteA()).setParameter("today", today())
                .getSingleResult()).as("checks still due").isPositive();
    }

    // ---- browser ----

    @Test
    @RunAsClient
    void aSiteAdministratorRecordsTheSevenDayContactAndSeesTheRateChange() throws Exception {
        Fixture f = fixture();
        long lead = clearedStaff(f, "Lead", f.siteA());
        WebClient clinician = signedIn(f.clinicianA());
        YearMonth month = YearMonth.from(today()).minusMonths(2);
        LocalDate day = month.atDay(5);
        JsonObject followUp = dischargedOn(clinician, f, f.siteA(), "Walk", lead, day);
        String rates = "aftercare/rates.xhtml?site=" + f.siteA() + "&from=" + month + "&to=" + month;
        try (Browser browser = Browser.open(base.toString())) {
            try {
                new LoginPage(browser).open().signInAndWait(f.siteAdminA(), Fixture.PASSWORD);
                browser.go(rates);
                assertThat(browser.waitForTextIn("rates", "Test site A" + f.suffix(), null)).contains("0 (0 %)");
                browser.find("chart");

                browser.go("aftercare/followup.xhtml?id=" + id(followUp));
                browser.waitForText("Walk" + f.suffix());
                browser.date("attempt:attemptedAt", day.plusDays(4));
                browser.select("attempt:method", "Phone");
                browser.find("attempt:reached").findElement(By.cssSelector(".ui-chkbox-box")).click();
                browser.type("attempt:note", "Booked with a counsellor");
                browser.click("attempt:save");
                browser.waitForText("Saved.");
                assertThat(browser.textOf("within7")).isEqualTo("Reached within 7 days of discharge");
                assertThat(browser.textOf("attempts")).contains("Booked with a counsellor").contains("Reached");

                browser.go(rates);
                assertThat(browser.waitForTextIn("rates", "1 (100 %)", null)).contains("Test site A" + f.suffix());
            } finally {
                assertThat(browser.consoleErrors()).as("browser console errors (CSP, scripts)").isEmpty();
            }
        }
    }

    // ---- helpers ----

    private static LocalDate today() {
        return LocalDate.now(SITE_A_ZONE);
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    private static long version(JsonObject json) {
        return json.getJsonNumber("version").longValue();
    }

    private static long participantOf(JsonObject episode) {
        return episode.getJsonNumber("participantId").longValue();
    }

    private static String attemptJson(long version, LocalDate day, String method, boolean reached, String note) {
        return "{\"version\":" + version + ",\"attemptedAt\":\"" + day.atTime(15, 0).toInstant(ZoneOffset.UTC) + "\",\"method\":"
                + (method == null ? "null" : "\"" + method + "\"") + ",\"reached\":" + reached + ",\"note\":"
                + (note == null ? "null" : "\"" + note + "\"") + "}";
    }

    private static JsonObject attempt(WebClient client, long id, long version, LocalDate day, String method, boolean reached,
            String note) {
        HttpResponse<String> recorded = client.postJson("api/follow-ups/" + id + "/attempts", attemptJson(version, day, method,
                reached, note));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        return Json.object(recorded.body());
    }

    private static JsonObject followUpOf(WebClient client, JsonObject episode) {
        HttpResponse<String> found = client.getJson("api/follow-ups/participant/" + participantOf(episode));
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        JsonArray all = Json.parse(found.body()).asJsonArray();
        assertThat(all).hasSize(1);
        return all.getJsonObject(0);
    }

    private static void discharge(WebClient client, JsonObject episode, LocalDate on) {
        JsonObject current = Json.parse(client.getJson("api/participants/" + participantOf(episode) + "/episodes").body())
                .asJsonArray().getJsonObject(0);
        HttpResponse<String> discharged = client.postJson("api/participants/" + participantOf(episode) + "/episodes/" + id(episode)
                + "/discharge", "{\"version\":" + version(current) + ",\"dischargeDate\":\"" + on + "\",\"dischargeReason\":\"COMPLETED\"}");
        assertThat(discharged.statusCode()).as(discharged.body()).isEqualTo(200);
    }

    /** A participant of the site admitted 100 days ago and discharged on the day; answers the follow-up. */
    private JsonObject dischargedOn(WebClient client, Fixture f, long siteId, String lastName, long clinicianId, LocalDate on) {
        JsonObject episode = admitted(client, f, siteId, lastName, clinicianId);
        discharge(client, episode, on);
        return followUpOf(client, episode);
    }

    /** A participant of the site admitted 100 days ago, with the episode's participant id added. */
    private JsonObject admitted(WebClient client, Fixture f, long siteId, String lastName, long clinicianId) {
        String record = "MRN-" + lastName + f.suffix();
        HttpResponse<String> created = client.postJson("api/participants", "{\"version\":0,\"siteId\":" + siteId
                + ",\"recordNumber\":\"" + record + "\",\"firstName\":\"Riley\",\"lastName\":\"" + lastName + f.suffix()
                + "\",\"dateOfBirth\":\"1994-05-06\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        long participant = id(Json.object(created.body()));
        HttpResponse<String> admitted = client.postJson("api/participants/" + participant + "/episodes",
                "{\"admissionDate\":\"" + today().minusDays(100) + "\",\"track\":\"ADULT_IOP\",\"levelOfCare\":\"ASAM_2_1\","
                        + "\"referralSource\":\"RESIDENTIAL_TRANSITION\",\"primaryClinicianId\":" + clinicianId
                        + ",\"focus\":\"SUBSTANCE_USE\"}");
        assertThat(admitted.statusCode()).as(admitted.body()).isEqualTo(200);
        return jakarta.json.Json.createObjectBuilder(Json.object(admitted.body())).add("participantId", participant).build();
    }

    /** A counsellor of the site with a licence verified 110 days ago and approved 105 days ago: cleared since. */
    private long clearedStaff(Fixture f, String lastName, long siteId) throws Exception {
        return Staffing.cleared(signedIn(f.credentialing()), f, lastName, siteId, today().minusDays(110), today().minusDays(105));
    }

    private Fixture fixture() throws Exception {
        return Fixture.create(base.toURI());
    }

    private WebClient signedIn(String username) throws Exception {
        return Fixture.signedIn(base.toURI(), username);
    }
}
