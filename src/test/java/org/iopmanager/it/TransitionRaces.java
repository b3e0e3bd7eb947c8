package org.iopmanager.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.iopmanager.testsupport.Fixture;
import org.iopmanager.testsupport.Json;
import org.iopmanager.testsupport.Staffing;
import org.iopmanager.testsupport.WebClient;

/**
 * Issue 8, concurrent transitions: the versioned records whose stale save is reached only by a transition (a
 * discharge, an acknowledgement, a cancel, a review, a decision, a revocation) or only by a page (the active flags of
 * the maintained lists, a user), each done by two clients at the same moment from the same version. {@link #race}
 * says whether exactly one won and the other was refused naming the winner (409 over REST, the page's conflict
 * message on a page).
 */
final class TransitionRaces {

    /**
     * One transition to race: the entity it versions, a label, whether it is a page's, {@code ready}: in the client's
     * session, load the version to work from and answer the request that does the transition from it; {@code lines}:
     * the audit lines of the transition on that record so far.
     */
    record Transition(String entity, String name, boolean page, Function<WebClient, Callable<HttpResponse<String>>> ready,
            Supplier<Long> lines) {
    }

    private static final long PHQ9 = 701;

    private TransitionRaces() {
    }

    /** The transitions of every transition-only and page-only versioned entity, on records made here at site A. */
    static List<Transition> all(WebClient admin, Fixture f, LocalDate today) {
        long site = f.siteA();
        List<Transition> all = new ArrayList<>();
        long clinician = Staffing.cleared(admin, f, "Racer", site, today.minusDays(10), today.minusDays(10));
        long pid = id(ok(admin.postJson("api/participants", "{\"version\":0,\"siteId\":" + site + ",\"recordNumber\":\"RACE-"
                + f.suffix() + "\",\"firstName\":\"Robin\",\"lastName\":\"Racing\",\"dateOfBirth\":\"1990-02-03\"}")));
        String episodes = "api/participants/" + pid + "/episodes";
        long episode = id(ok(admin.postJson(episodes, "{\"admissionDate\":\"" + today + "\",\"track\":\"ADULT_IOP\","
                + "\"levelOfCare\":\"ASAM_2_1\",\"referralSource\":\"RESIDENTIAL_TRANSITION\",\"primaryClinicianId\":"
                + clinician + ",\"focus\":\"SUBSTANCE_USE\"}")));

        // a PHQ-9 with item 9 above zero raises a safety flag, acknowledged with a note
        ok(admin.postJson("api/participants/measures", "{\"episodeId\":" + episode + ",\"instrumentId\":" + PHQ9
                + ",\"administeredOn\":\"" + today + "\",\"totalScore\":12,\"safetyItem\":1}"));
        long flag = Json.parse(admin.getJson("api/participants/flags?site=" + site).body()).asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(row -> row.getJsonNumber("participantId").longValue() == pid)
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        all.add(rest("SafetyFlag", "acknowledge", admin, "api/participants/flags/" + flag,
                "api/participants/flags/" + flag + "/acknowledge", v -> "{\"version\":" + v + ",\"note\":\"Called; safety plan\"}",
                "UPDATE"));

        // a consent to disclose, revoked
        long consent = id(ok(admin.postJson("api/consents", "{\"participantId\":" + pid + ",\"recipientType\":\"SOBER_LIVING\","
                + "\"recipientDescription\":\"Race house\",\"purpose\":\"Continuing care\",\"categories\":[\"DEMOGRAPHICS\"],"
                + "\"expiresOn\":\"" + today.plusYears(1) + "\",\"signedBy\":\"PARTICIPANT\",\"signedOn\":\"" + today + "\"}")));
        all.add(rest("DisclosureConsent", "revoke", admin, "api/consents/" + consent, "api/consents/" + consent + "/revoke",
                v -> "{\"version\":" + v + ",\"revokedOn\":\"" + today + "\"}", "UPDATE"));

        // the episode, discharged (after the flag: a measure needs an open episode)
        all.add(new Transition("Episode", "discharge", false, client -> {
            long version = Json.parse(client.getJson(episodes).body()).asJsonArray().getJsonObject(0).getJsonNumber("version")
                    .longValue();
            String body = "{\"version\":" + version + ",\"dischargeDate\":\"" + today + "\",\"dischargeReason\":\"COMPLETED\"}";
            return () -> client.postJson(episodes + "/" + episode + "/discharge", body);
        }, () -> lines(admin, "Episode", episode, "UPDATE")));

        // a weekly series, cancelled from tomorrow
        long series = id(ok(admin.postJson("api/sessions/series", "{\"siteId\":" + site + ",\"kind\":\"GROUP_THERAPY\","
                + "\"title\":\"Race group\",\"facilitatorId\":" + clinician + ",\"capacity\":10,\"date\":\"" + today.plusDays(1)
                + "\",\"startTime\":\"18:00\",\"durationMinutes\":60,\"weekdays\":[\"MONDAY\",\"WEDNESDAY\",\"THURSDAY\"],"
                + "\"count\":3}")));
        all.add(rest("SessionSeries", "cancel", admin, "api/sessions/series/" + series, "api/sessions/series/" + series + "/cancel",
                v -> "{\"version\":" + v + ",\"from\":\"" + today.plusDays(1) + "\"}", "UPDATE"));

        // a first credentialing decision, at the staff member's version
        long undecided = Staffing.create(admin, f, "Undecided", site);
        String decisions = "api/staff/" + undecided + "/decisions";
        all.add(new Transition("CredentialingDecision", "decide", false, client -> {
            long version = ok(client.getJson("api/staff/" + undecided)).getJsonNumber("version").longValue();
            String body = "{\"staffVersion\":" + version + ",\"outcome\":\"APPROVED\",\"decidedOn\":\"" + today
                    + "\",\"reason\":\"Committee\"}";
            return () -> client.postJson(decisions, body);
        }, () -> Json.parse(admin.getJson(decisions).body()).asJsonArray().stream()
                .mapToLong(d -> lines(admin, "CredentialingDecision", id(d.asJsonObject()), "CREATE")).sum()));

        // two staff members on the exclusion list by NPI: one match confirmed, the other dismissed
        long listedA = Staffing.create(admin, f, "ListedA", site);
        long listedB = Staffing.create(admin, f, "ListedB", site);
        String csv = "LASTNAME,FIRSTNAME,MIDNAME,BUSNAME,GENERAL,SPECIALTY,UPIN,NPI,DOB,ADDRESS,CITY,STATE,ZIP,EXCLTYPE,"
                + "EXCLDATE,REINDATE,WAIVERDATE,WVRSTATE\n" + leie(ok(admin.getJson("api/staff/" + listedA)).getString("npi"))
                + leie(ok(admin.getJson("api/staff/" + listedB)).getString("npi"));
        HttpResponse<String> imported = admin.postBytes("api/exclusions/lists?name=RACE-" + f.suffix() + ".csv",
                csv.getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        HttpResponse<String> screened = admin.post("api/exclusions/screenings");
        assertThat(screened.statusCode()).as(screened.body()).isEqualTo(200);
        for (Map.Entry<Long, String> listed : Map.of(listedA, "confirm", listedB, "dismiss").entrySet()) {
            long match = match(admin, listed.getKey()).getJsonNumber("id").longValue();
            String review = listed.getValue();
            all.add(new Transition("ScreeningMatch", review, false, client -> {
                long version = match(client, listed.getKey()).getJsonNumber("version").longValue();
                String body = "{\"version\":" + version + ",\"reason\":\"Checked with the OIG record\"}";
                return () -> client.postJson("api/exclusions/matches/" + match + "/" + review, body);
            }, () -> lines(admin, "ScreeningMatch", match, "UPDATE")));
        }

        // the maintained lists: each a new entry, retired by its row's button
        String code = ("R" + f.suffix()).toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        code = code.substring(0, Math.min(16, code.length()));
        added(admin, "site/bodies.xhtml", "form", "form:add",
                Map.of("form:code", code, "form:name", "Race Board " + f.suffix(), "form:type", "CARF"));
        all.add(rowButton("AccreditingBody", admin, "site/bodies.xhtml", "form", code, Map.of()));
        added(admin, "staff/settings.xhtml", "disciplines", "disciplines:addDiscipline",
                Map.of("disciplines:code", code, "disciplines:name", "Race discipline", "disciplines:sortOrder", "9999"));
        all.add(rowButton("Discipline", admin, "staff/settings.xhtml", "disciplines", code,
                Map.of("disciplines:code", "UNUSED", "disciplines:name", "Unused", "disciplines:sortOrder", "1")));
        // the type list pages by 25, by kind then code: the first kind, so that the new type is on the first page
        added(admin, "staff/settings.xhtml", "types", "types:addType",
                Map.of("types:code", code, "types:name", "Race certification", "types:kind", "BOARD_CERTIFICATION"));
        all.add(rowButton("CredentialType", admin, "staff/settings.xhtml", "types", code,
                Map.of("types:code", "UNUSED", "types:name", "Unused", "types:kind", "CERTIFICATION")));

        // a user: saved from the same version, then deactivated from the same version
        long user = userId(admin, f.auditor());
        String userPage = "security/user.xhtml?id=" + user;
        for (String button : List.of("form:saveEdit", "form:toggleActive")) {
            all.add(new Transition("AppUser", button.equals("form:saveEdit") ? "save" : "deactivate", true, client -> {
                HttpResponse<String> view = client.get(userPage);
                Map<String, String> fields = FormCorpus.filledIn(view.body(), "form");
                fields.put("form:displayName", "Race " + System.identityHashCode(client));
                return () -> client.submitFrom(view, userPage, "form", button, fields);
            }, () -> lines(admin, "AppUser", user, "UPDATE")));
        }
        return all;
    }

    /**
     * The requests sent at the same moment, each on its own thread, released together by one latch; their answers in
     * the order given. Used by every race of the suite (PUT saves, transitions, double submits).
     */
    static List<HttpResponse<String>> atOnce(List<Callable<HttpResponse<String>>> sends) throws Exception {
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(sends.size());
        try {
            List<java.util.concurrent.Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (Callable<HttpResponse<String>> send : sends) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return send.call();
                }));
            }
            go.countDown();
            List<HttpResponse<String>> done = new ArrayList<>();
            for (var answer : answers) {
                done.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            return done;
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Both transitions sent at the same moment; answers "one winner, the other refused naming it ..." or "FAIL ..." with
     * why. The loser then tries again from the version it had, and must be refused naming the winner again.
     * {@code names}: who each client is signed in as.
     */
    static String race(Transition transition, WebClient[] clients, String[] names) throws Exception {
        List<Callable<HttpResponse<String>>> sends = List.of(transition.ready().apply(clients[0]), transition.ready().apply(clients[1]));
        List<HttpResponse<String>> done = atOnce(sends);
        int winner = -1;
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> answer = done.get(i);
            if (answer.statusCode() >= 500 || answer.body().contains("\tat ") || answer.body().contains(".java:")) {
                return "FAIL " + answer.statusCode() + " " + brief(answer.body());
            }
            if (won(transition, answer)) {
                if (winner >= 0) {
                    return "FAIL two winners: " + done.stream().map(a -> a.statusCode() + " " + brief(a.body())).toList();
                }
                winner = i;
            }
        }
        if (winner < 0) {
            return "FAIL no winner: " + done.stream().map(a -> a.statusCode() + " " + brief(a.body())).toList();
        }
        HttpResponse<String> loser = done.get(1 - winner);
        String named = refusedNaming(transition, loser);
        if (!names[winner].equals(named)) {
            return "FAIL the loser was told " + (named == null ? "no conflict" : "that " + named + " changed it") + ", the winner was "
                    + names[winner] + ": " + loser.statusCode() + " " + brief(loser.body());
        }
        // the loser tries again from the version it had (the same request, or the same page pressed again): refused again
        HttpResponse<String> again = sends.get(1 - winner).call();
        String namedAgain = refusedNaming(transition, again);
        if (!names[winner].equals(namedAgain)) {
            return "FAIL the loser's second try from its version was " + (namedAgain == null ? "not refused as a conflict" : "told that "
                    + namedAgain + " changed it") + ", the winner was " + names[winner] + ": " + again.statusCode() + " "
                    + brief(again.body());
        }
        return "one winner, the other refused naming it, and again on its second try";
    }

    private static boolean won(Transition transition, HttpResponse<String> answer) {
        if (!transition.page()) {
            return answer.statusCode() == 200;
        }
        return answer.statusCode() == 302 || answer.statusCode() == 200 && errors(answer.body()).isEmpty();
    }

    /** Who the refusal names as having changed the record (null when it is no conflict). */
    private static String refusedNaming(Transition transition, HttpResponse<String> answer) {
        if (!transition.page()) {
            return answer.statusCode() == 409 ? Json.object(answer.body()).getString("changedBy", null) : null;
        }
        String message = errors(answer.body()).stream().filter(m -> m.contains(" changed this record at ")).findFirst().orElse(null);
        return answer.statusCode() != 200 || message == null ? null : message.substring(0, message.indexOf(" changed this record at "));
    }

    private static List<String> errors(String html) {
        return Jsoup.parse(html).select(".ui-messages-error-summary, .ui-message-error-detail").eachText();
    }

    private static String brief(String body) {
        String text = body == null ? "" : body.startsWith("{") ? body : Jsoup.parse(body).select(".ui-messages-error").text();
        return text.substring(0, Math.min(200, text.length()));
    }

    private static Transition rest(String entity, String name, WebClient admin, String readPath, String path,
            Function<Long, String> body, String action) {
        long id = Long.parseLong(readPath.substring(readPath.lastIndexOf('/') + 1));
        return new Transition(entity, name, false, client -> {
            String json = body.apply(ok(client.getJson(readPath)).getJsonNumber("version").longValue());
            return () -> client.postJson(path, json);
        }, () -> lines(admin, entity, id, action));
    }

    /**
     * The button in the row of {@code code} of a list on {@code page}, pressed in the view the client loaded. The
     * lists' entries have no REST read, so their audit lines are counted by type (nothing else changes them here).
     * {@code draft}: the form's add fields, valid: the post is the whole form (not the browser's Ajax press of the
     * button alone), and a draft bound to an entity is validated with it.
     */
    private static Transition rowButton(String entity, WebClient admin, String page, String form, String code,
            Map<String, String> draft) {
        return new Transition(entity, "active flag", true, client -> {
            HttpResponse<String> view = client.get(page);
            Document html = Jsoup.parse(view.body());
            Element row = html.select("#" + form + " tbody tr").stream()
                    .filter(tr -> tr.select("td").stream().anyMatch(td -> td.text().equals(code))).findFirst()
                    .orElseThrow(() -> new AssertionError("no row " + code + " in " + form + " on " + page));
            String button = row.select("button").attr("name");
            assertThat(button).as("the row's button").isNotEmpty();
            Map<String, String> fields = FormCorpus.filledIn(view.body(), form);
            fields.putAll(draft);
            return () -> client.submitFrom(view, page, form, button, fields);
        }, () -> lines(admin, entity, null, "UPDATE"));
    }

    /** A create form posted with {@code fields}; fails unless saved without an error. */
    private static void added(WebClient admin, String page, String form, String button, Map<String, String> fields) {
        HttpResponse<String> view = admin.get(page);
        Map<String, String> posted = FormCorpus.filledIn(view.body(), form);
        posted.putAll(fields);
        HttpResponse<String> answer = admin.submitFrom(view, page, form, button, posted);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(errors(answer.body())).as("adding on " + page).isEmpty();
    }

    /** The id of a user, from the users list filtered by name. */
    static long userId(WebClient admin, String username) {
        HttpResponse<String> list = admin.get("security/users.xhtml");
        Map<String, String> fields = FormCorpus.filledIn(list.body(), "form");
        fields.put("form:text", username);
        HttpResponse<String> found = admin.submitFrom(list, "security/users.xhtml", "form", "form:search", fields);
        Element link = Jsoup.parse(found.body()).select("#form a[href*='user.xhtml?id=']").stream()
                .filter(a -> a.text().equals(username)).findFirst()
                .orElseThrow(() -> new AssertionError("no user " + username + " in the list"));
        String href = link.attr("href");
        return Long.parseLong(href.substring(href.indexOf("id=") + 3).replaceAll("\\D.*", ""));
    }

    private static JsonObject match(WebClient client, long staffId) {
        return Json.parse(client.getJson("api/exclusions/matches?status=OPEN&max=500").body()).asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(m -> m.getJsonNumber("staffId").longValue() == staffId).findFirst()
                .orElseThrow(() -> new AssertionError("no open match for staff " + staffId));
    }

    private static String leie(String npi) {
        return "SOMEONE,ELSE,,,IND,NURSE,," + npi + ",19700101,1 MAIN ST,BOSTON,MA,02114,1128a1,20240101,00000000,00000000,\n";
    }

    /** The audit lines of {@code action} on a record (or on every record of the type, {@code id} null). */
    static long lines(WebClient admin, String type, Long id, String action) {
        JsonObject counts = Json.object(admin.getJson("test-support/rows?type=" + type + (id == null ? "" : "&id=" + id)).body());
        return counts.getInt(action, 0);
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.object(response.body());
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }
}
