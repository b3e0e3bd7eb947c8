package org.iopmanager.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.iopmanager.aftercare.entity.ResourceService;
import org.iopmanager.platform.control.NpiCheck;
import org.iopmanager.testsupport.Deployments;
import org.iopmanager.testsupport.Fixture;
import org.iopmanager.testsupport.Json;
import org.iopmanager.testsupport.Staffing;
import org.iopmanager.testsupport.WebClient;

/**
 * Issue 8, bad input: the corpus of {@code hostile/corpus.tsv} through the real HTTP layer into every JSON field of
 * every REST POST and PUT (found from the resources' body record types, so a new endpoint is covered without a
 * change here), and the uploads of {@code hostile/uploads.tsv}. Each request starts from a valid body (for an update,
 * the record as GET shows it; for a create, a body built here) with one field replaced. Each value must be refused
 * (4xx, naming a field where the input was readable JSON) or stored and read back byte-identical, and shown escaped on
 * the record's page; never a 5xx, a stack trace, a truncation, or rows left behind by a refused create. A route
 * without a valid body here is still sent every value (on a body of type defaults) and must never fail with a 5xx
 * or a stack trace. The run prints values × fields and the outcomes.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

    private static final ZoneId SITE_A_ZONE = ZoneId.of("America/New_York");
    private static final long PHQ9 = 701;
    private static final int MIB = 1 << 20;
    /** Edit fields that GET shows under another name, by route. */
    private static final Map<String, Map<String, String>> SHOWN_AS = Map.of(
            "PUT /api/follow-ups/{id}/outcome", Map.of("note", "outcomeNote"));
    /** The body-less upload endpoint, checked by the upload test. */
    private static final Set<String> UPLOAD_ROUTES = Set.of("POST /api/exclusions/lists");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    /** One route to fuzz: where to send, a valid body (fresh each call) and how to read a stored record back. */
    private record Target(String path, Supplier<JsonObject> body, java.util.function.Function<JsonObject, String> readPath,
            String page) {
    }

    // ---- REST bodies ----

    @Test
    void everyJsonFieldOfEveryPostAndPutRefusesOrKeepsEachHostileValue() throws Exception {
        URI uri = base.toURI();
        Fixture f = Fixture.create(uri);
        WebClient admin = Fixture.signedIn(uri, f.admin());
        // the pages are read in a session of their own: the WAR is distributable, and Payara writes the whole session
        // after each request, so a REST session holding fifteen page views made every hostile request serialize them
        WebClient viewer = Fixture.signedIn(uri, f.admin());
        Map<String, Target> targets = targets(admin, f);
        Path basedir = Path.of(System.getProperty("iop.basedir", "."));
        List<HostileCorpus.Value> corpus = HostileCorpus.values();

        Map<String, Integer> outcomes = java.util.Collections.synchronizedMap(new TreeMap<>());
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> report = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> unnamed = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger fields = new AtomicInteger();
        Set<String> safetyOnly = java.util.Collections.synchronizedSet(new TreeSet<>());
        // The creates first, one after the other (a refused create is checked against the row counts of every table,
        // which a request beside it would move); then the updates in two lanes at once, each with sessions of its own,
        // the accreditation records of the site in one and the rest (people, their plans, sessions, referrals) in the
        // other, so that no lane edits what the other's records hang on.
        Set<String> siteLane = Set.of("PUT /api/sites/{id}", "PUT /api/records/{id}", "PUT /api/surveys/{id}",
                "PUT /api/findings/{id}", "PUT /api/corrections/{id}", "PUT /api/care-standards/{siteId}");
        Map<String, Class<?>> routes = bodyRoutes(basedir);
        List<List<Map.Entry<String, Class<?>>>> phases = List.of(
                routes.entrySet().stream().filter(r -> r.getKey().startsWith("POST ")).toList(),
                routes.entrySet().stream().filter(r -> r.getKey().startsWith("PUT ") && siteLane.contains(r.getKey())).toList(),
                routes.entrySet().stream().filter(r -> r.getKey().startsWith("PUT ") && !siteLane.contains(r.getKey())).toList());
        assertThat(phases.stream().mapToInt(List::size).sum()).as("every route in a phase").isEqualTo(routes.size());
        java.util.function.BiConsumer<List<Map.Entry<String, Class<?>>>, WebClient[]> lane = (laneRoutes, clients) -> {
            for (Map.Entry<String, Class<?>> route : laneRoutes) {
                Class<?> type = route.getValue();
                Target target = targets.get(route.getKey());
                boolean full = target != null && accepts(clients[0], route.getKey(), target);
                if (!full) {
                    safetyOnly.add(route.getKey());
                    target = new Target(concrete(route.getKey(), f), () -> defaults(type, f), null, null);
                }
                JsonObject clean = target.body().get();
                for (RecordComponent component : type.getRecordComponents()) {
                    List<String[]> values = valuesFor(component, corpus, full);
                    if (values.isEmpty()) {
                        continue;
                    }
                    fields.incrementAndGet();
                    for (String[] value : values) {
                        attempts.incrementAndGet();
                        String outcome = attempt(clients[0], clients[1], route.getKey(), target, clean, component, value, full);
                        outcomes.merge(outcome, 1, Integer::sum);
                        if (outcome.equals("rejected: no field named") && unnamed.size() < 40) {
                            unnamed.add(route.getKey() + " " + component.getName() + " <- " + value[0]);
                        }
                        if (outcome.startsWith("FAIL")) {
                            failures.add(route.getKey() + " " + component.getName() + " <- " + value[0] + ": " + outcome);
                        }
                    }
                }
                report.add(route.getKey() + (full ? "" : " (safety only: no valid body here)"));
            }
        };
        lane.accept(phases.get(0), new WebClient[] {admin, viewer});
        WebClient[] siteClients = {Fixture.signedIn(uri, f.admin()), Fixture.signedIn(uri, f.admin())};
        inTwoLanes(() -> lane.accept(phases.get(1), siteClients), () -> lane.accept(phases.get(2), new WebClient[] {admin, viewer}));
        System.out.println("[hostile] REST routes with a body: " + report.size() + ", with a valid base body: "
                + (report.size() - safetyOnly.size()) + "; fields: " + fields.get() + "; corpus values: " + corpus.size()
                + " (+ max+1, max longer in lower case and 1MiB per text field); requests: " + attempts.get());
        System.out.println("[hostile] outcomes: " + outcomes);
        System.out.println("[hostile] safety only: " + safetyOnly);
        unnamed.forEach(line -> System.out.println("[hostile] refused without naming the field: " + line));
        failures.forEach(line -> System.out.println("[hostile] " + line));
        assertThat(failures).as("values neither refused nor kept").isEmpty();
        assertThat(attempts.get()).isGreaterThan(1000);
    }

    /** Sends one hostile value in one field; answers the outcome. */
    private String attempt(WebClient admin, WebClient viewer, String route, Target target, JsonObject clean,
            RecordComponent component, String[] value, boolean full) {
        String name = component.getName();
        boolean post = route.startsWith("POST ");
        JsonObject body = target.body().get();
        // an update starts from the record as first read (earlier values stay out) at the version read now
        JsonObjectBuilder rest = jakarta.json.Json.createObjectBuilder(post ? body : clean);
        for (String key : List.of("version", "staffVersion", "credentialVersion", "sessionVersion")) {
            if (!post && body.containsKey(key)) {
                rest.add(key, body.get(key));
            }
        }
        rest.remove(name);
        String others = rest.build().toString();
        String json = "{" + HostileCorpus.jsonString(name) + ":" + value[1] + (others.equals("{}") ? "}" : "," + others.substring(1));
        JsonObject before = full && post ? rows(admin) : null;
        HttpResponse<String> response = post ? admin.postJson(target.path(), json) : admin.putJson(target.path(), json);
        int status = response.statusCode();
        String answer = response.body() == null ? "" : response.body();
        if (status >= 500) {
            return "FAIL " + status + " " + answer.substring(0, Math.min(200, answer.length()));
        }
        if (answer.contains("Exception") || answer.contains("\tat ") || answer.contains(".java:")) {
            return "FAIL stack trace in the answer";
        }
        if (status >= 400) {
            if (before != null && !before.equals(rows(admin))) {
                return "FAIL rows left behind by a refused create: " + before + " -> " + rows(admin);
            }
            JsonArray named = answer.startsWith("{") ? Json.object(answer).getJsonArray("fields") : null;
            if (status == 400 && named != null && named.stream().anyMatch(v -> v.asJsonObject().getString("field").equals(name)
                    || v.asJsonObject().getString("field").endsWith("." + name))) {
                return "rejected: field named";
            }
            if (status == 400 && named != null && !named.isEmpty()) {
                return "rejected: another field named";
            }
            if (status == 400) {
                return component.getType() == String.class ? "rejected: no field named" : "rejected: unreadable for the type";
            }
            return "rejected: " + status;
        }
        if (!full || target.readPath() == null) {
            return "accepted";
        }
        JsonObject created = Json.object(answer);
        HttpResponse<String> read = admin.getJson(target.readPath().apply(created));
        JsonObject stored = read.statusCode() == 200 && read.body().startsWith("{") ? Json.object(read.body()) : created;
        if (name.equals("version") || name.endsWith("Version")) {
            return "accepted (the version is the server's)";
        }
        JsonValue shown = stored.get(SHOWN_AS.getOrDefault(route, Map.of()).getOrDefault(name, name));
        if (!post && clean.get(name) != null && clean.get(name).equals(shown)) {
            return "accepted, value ignored (not editable here)";
        }
        String outcome = compare(value, shown, component.getType());
        if (outcome.startsWith("stored") && target.page() != null && value[3].contains("<")) {
            String page = viewer.get(target.page().replace("{id}", String.valueOf(idOf(created)))).body();
            if (page.contains(value[3])) {
                return "FAIL shown unescaped on " + target.page();
            }
            outcome += ", escaped on the page";
        }
        return outcome;
    }

    private static String compare(String[] value, JsonValue stored, Class<?> type) {
        String sent = value[3];
        if (stored == null) {
            return "stored (not shown back)";
        }
        String back = stored instanceof JsonString s ? s.getString() : stored == JsonValue.NULL ? null : stored.toString();
        if (sent.equals(back)) {
            return "stored identical";
        }
        if (type == String.class && back != null && sent.length() > back.length() && sent.startsWith(back)) {
            return "FAIL truncated to " + back.length() + " of " + sent.length();
        }
        if (type == String.class && (sent.strip().equals(back) || sent.isBlank() && back == null)) {
            return "stored trimmed";
        }
        if (stored instanceof JsonNumber n && !"text".equals(value[2])) {
            try {
                if (new BigDecimal(sent).compareTo(n.bigDecimalValue()) == 0) {
                    return "stored identical";
                }
            } catch (NumberFormatException e) {
                // not a number: a difference
            }
        }
        return "FAIL stored as " + (back == null ? "null" : back.substring(0, Math.min(80, back.length())));
    }

    /** For each value: report name, JSON literal, kind, the value as text. */
    private static List<String[]> valuesFor(RecordComponent component, List<HostileCorpus.Value> corpus, boolean full) {
        Class<?> type = component.getType();
        String kind = type == String.class || type.isEnum() ? "text" : type == LocalDate.class ? "date"
                : Number.class.isAssignableFrom(type) || type == int.class || type == long.class ? "number" : null;
        if (kind == null) {
            return List.of();
        }
        List<String[]> values = new ArrayList<>();
        int index = 0;
        for (HostileCorpus.Value v : corpus) {
            // a route without a valid body gets every third value: enough to see a 5xx, less time
            if (v.kind().equals(kind) && (full || index++ % 3 == 0)) {
                values.add(new String[] {v.name(), kind.equals("number") ? v.value() : HostileCorpus.jsonString(v.value()),
                        kind, v.value()});
            }
        }
        if (type == String.class && full) {
            Integer max = maxLength(component);
            if (max != null) {
                String over = "x".repeat(max + 1);
                values.add(new String[] {"max+1 (" + (max + 1) + ")", HostileCorpus.jsonString(over), "text", over});
                // as long as the field takes, and twice that in lower case (U+0130 lower-cases to i + U+0307): a sort
                // or search key made from it must still fit its column (the directory's name answered 500, 2026-12-04)
                String dotted = "\u0130".repeat(max);
                values.add(new String[] {"max, longer in lower case (" + max + ")", HostileCorpus.jsonString(dotted), "text",
                        dotted});
            }
            String huge = "y".repeat(MIB);
            values.add(new String[] {"1MiB", HostileCorpus.jsonString(huge), "text", huge});
        }
        return values;
    }

    /** The longest value the field's entity takes, from its @Size or column length, in the resource's feature first. */
    private static Integer maxLength(RecordComponent component) {
        String feature = component.getDeclaringRecord().getPackageName().replace(".boundary", ".entity");
        Integer anywhere = null;
        for (Class<?> entity : ENTITIES) {
            for (Field field : entity.getDeclaredFields()) {
                if (!field.getName().equals(component.getName()) || field.getType() != String.class) {
                    continue;
                }
                Size size = field.getAnnotation(Size.class);
                Column column = field.getAnnotation(Column.class);
                Integer max = size != null && size.max() < Integer.MAX_VALUE ? Integer.valueOf(size.max())
                        : column != null ? Integer.valueOf(column.length()) : null;
                if (max != null && entity.getPackageName().equals(feature)) {
                    return max;
                }
                anywhere = anywhere == null ? max : anywhere;
            }
        }
        return anywhere;
    }

    private static final List<Class<?>> ENTITIES = AccessMatrix.classes(
            Path.of(System.getProperty("iop.basedir", ".")).resolve("target/classes")).stream()
            .filter(c -> c.isAnnotationPresent(Entity.class)).toList();

    /** Every POST and PUT with a JSON body, by route, with its body's record type; a body-less upload must be known. */
    static Map<String, Class<?>> bodyRoutes(Path basedir) {
        Map<String, Class<?>> routes = new TreeMap<>();
        for (Class<?> type : AccessMatrix.classes(basedir.resolve("target/classes"))) {
            jakarta.ws.rs.Path resource = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (resource == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (!method.isAnnotationPresent(POST.class) && !method.isAnnotationPresent(PUT.class)) {
                    continue;
                }
                jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                String route = AccessMatrix.verb(method) + " /api/" + AccessMatrix.join(resource.value(), sub == null ? "" : sub.value());
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.getAnnotations().length > 0) {
                        continue;
                    }
                    if (parameter.getType().isRecord()) {
                        routes.put(route, parameter.getType());
                    } else {
                        assertThat(UPLOAD_ROUTES).as("a body that is not a JSON record: add it to the upload test").contains(route);
                    }
                }
            }
        }
        return routes;
    }

    /** Whether the valid body is taken as it is (so values can be compared); a create refused twice is not a base. */
    private static boolean accepts(WebClient admin, String route, Target target) {
        String body = target.body().get().toString();
        HttpResponse<String> response = route.startsWith("POST ") ? admin.postJson(target.path(), body) : admin.putJson(target.path(), body);
        if (response.statusCode() != 200) {
            System.out.println("[hostile] valid body refused, safety only: " + route + " " + response.statusCode() + " " + response.body());
            return false;
        }
        HttpResponse<String> again = route.startsWith("POST ") ? admin.postJson(target.path(), target.body().get().toString())
                : admin.putJson(target.path(), target.body().get().toString());
        if (again.statusCode() != 200) {
            System.out.println("[hostile] the same create twice refused (a unique rule), safety only: " + route);
            return false;
        }
        return true;
    }

    /** A body of type defaults, for a route without a valid one: ids are the fixture's site, texts a word. */
    private static JsonObject defaults(Class<?> type, Fixture f) {
        JsonObjectBuilder json = jakarta.json.Json.createObjectBuilder();
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> t = component.getType();
            String name = component.getName();
            if (t == String.class) {
                json.add(name, "Hostile default");
            } else if (t == LocalDate.class) {
                json.add(name, LocalDate.now(SITE_A_ZONE).toString());
            } else if (t.isEnum()) {
                json.add(name, t.getEnumConstants()[0].toString());
            } else if (t == boolean.class || t == Boolean.class) {
                json.add(name, false);
            } else if (name.equals("siteId")) {
                json.add(name, f.siteA());
            } else if (Number.class.isAssignableFrom(t) || t == int.class || t == long.class) {
                json.add(name, name.toLowerCase().contains("version") ? 0 : 1);
            }
        }
        return json.build();
    }

    private static String concrete(String route, Fixture f) {
        return route.substring(route.indexOf(' ') + 2).replace("{siteId}", String.valueOf(f.siteA()))
                .replaceAll("\\{[^}]+}", AccessMatrix.NO_SUCH_ID);
    }

    private static JsonObject rows(WebClient admin) {
        return Json.object(admin.getJson("test-support/rows").body());
    }

    private static long idOf(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.object(response.body());
    }

    /** The edit of a record as GET shows it: the view's fields that the edit has, at the version read now. */
    private static Supplier<JsonObject> asShown(WebClient admin, String path, Class<?> edit) {
        return () -> {
            JsonObject view = ok(admin.getJson(path));
            JsonObjectBuilder json = jakarta.json.Json.createObjectBuilder();
            for (RecordComponent component : edit.getRecordComponents()) {
                JsonValue value = view.get(component.getName());
                if (value != null) {
                    json.add(component.getName(), value);
                }
            }
            // a session shows its day and local start; its edit takes them as date and start time
            if (view.containsKey("sessionDate") && view.containsKey("localStart")) {
                json.add("date", view.get("sessionDate"));
                json.add("startTime", view.getString("localStart").substring(11, 16));
            }
            return json.build();
        };
    }

    /** The records the fuzzing starts from, at the fixture's site A, and a valid body per route. */
    private Map<String, Target> targets(WebClient admin, Fixture f) {
        LocalDate today = LocalDate.now(SITE_A_ZONE);
        long site = f.siteA();
        AtomicInteger n = new AtomicInteger();
        long staff = Staffing.cleared(admin, f, "Hostile", site, today.minusDays(10), today.minusDays(10));
        // the sessions' facilitator is another cleared clinician: the credential fuzzing below leaves the first one's
        // licence pending verification, and a session needs a cleared facilitator (its PUT then had no valid body)
        long facilitator = Staffing.cleared(admin, f, "Facilitates", site, today.minusDays(10), today.minusDays(10));
        JsonObject participant = ok(admin.postJson("api/participants", "{\"version\":0,\"siteId\":" + site
                + ",\"recordNumber\":\"H-" + f.suffix() + "\",\"firstName\":\"Riley\",\"lastName\":\"Test\","
                + "\"dateOfBirth\":\"1994-05-06\",\"phone\":\"617-555-0100\"}"));
        long pid = idOf(participant);
        JsonObject member = ok(admin.postJson("api/participants/" + pid + "/family",
                "{\"name\":\"Sam Kinley\",\"relationship\":\"Brother\",\"consentToInvolve\":true}"));
        long episode = idOf(ok(admin.postJson("api/participants/" + pid + "/episodes", "{\"admissionDate\":\"" + today
                + "\",\"track\":\"ADULT_IOP\",\"levelOfCare\":\"ASAM_2_1\",\"referralSource\":\"RESIDENTIAL_TRANSITION\","
                + "\"primaryClinicianId\":" + staff + ",\"focus\":\"SUBSTANCE_USE\"}")));
        LocalDate expiry = today.plusDays(400);
        String carf = "{\"version\":0,\"bodyId\":2,\"kind\":\"ACCREDITATION\",\"status\":\"ACCREDITED\",\"number\":\"CARF-1\","
                + "\"awardLength\":\"THREE_YEAR\",\"decisionDate\":\"" + expiry.minusYears(3).minusDays(10) + "\","
                + "\"effectiveDate\":\"" + expiry.minusYears(3) + "\",\"expiryDate\":\"" + expiry + "\",\"programmes\":[\"ADULT_IOP\"]}";
        long record = idOf(ok(admin.postJson("api/sites/" + site + "/records", carf)));
        String survey = "{\"version\":0,\"bodyId\":2,\"type\":\"TRIENNIAL\",\"surveyDate\":\"" + today.minusDays(20)
                + "\",\"reportDate\":\"" + today.minusDays(5) + "\",\"surveyors\":\"A. Surveyor\"}";
        long surveyId = idOf(ok(admin.postJson("api/sites/" + site + "/surveys", survey)));
        String finding = "{\"version\":0,\"standardRef\":\"2.B.4.a\",\"text\":\"Plans not reviewed on schedule.\",\"level\":\"MODERATE\"}";
        long findingId = idOf(ok(admin.postJson("api/surveys/" + surveyId + "/findings", finding)));
        long owner = Json.parse(admin.getJson("api/sites/" + site + "/surveys/owners").body()).asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(u -> u.getString("username").equals(f.siteAdminA()))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        long correction = idOf(ok(admin.postJson("api/findings/" + findingId + "/correction", "{\"version\":0,\"actions\":"
                + "\"Retrain.\",\"ownerId\":" + owner + ",\"dueDate\":\"" + today.plusDays(30) + "\"}")));
        long credential = idOf(Json.parse(admin.getJson("api/staff/" + staff + "/credentials").body()).asJsonArray()
                .getJsonObject(0));
        long session = idOf(ok(admin.postJson("api/sessions", sessionJson(site, facilitator, today.plusDays(1), "09:00"))));
        long plan = idOf(ok(admin.postJson("api/plans", "{\"episodeId\":" + episode + "}")));
        // aftercare: a service to edit, and a second participant discharged today (its follow-up made at discharge)
        // with a draft referral on the discharge plan, to another service (the service edits leave it alone)
        String serviceJson = "{\"version\":0,\"name\":\"Hostile House " + f.suffix() + "\",\"organisation\":\"Hostile Inc\","
                + "\"type\":\"SOBER_LIVING\",\"coveredEntity\":\"NOT_COVERED\",\"contactPhone\":\"617-555-0101\","
                + "\"accepting\":true,\"siteIds\":[" + site + "]}";
        long service = idOf(ok(admin.postJson("api/resource-services", serviceJson)));
        long referredTo = idOf(ok(admin.postJson("api/resource-services", serviceJson.replace("Hostile House", "Hostile Clinic"))));
        long leaver = idOf(ok(admin.postJson("api/participants", "{\"version\":0,\"siteId\":" + site
                + ",\"recordNumber\":\"HD-" + f.suffix() + "\",\"firstName\":\"Dana\",\"lastName\":\"Leaving\","
                + "\"dateOfBirth\":\"1991-03-04\"}")));
        long leaving = idOf(ok(admin.postJson("api/participants/" + leaver + "/episodes", "{\"admissionDate\":\"" + today
                + "\",\"track\":\"ADULT_IOP\",\"levelOfCare\":\"ASAM_2_1\",\"referralSource\":\"RESIDENTIAL_TRANSITION\","
                + "\"primaryClinicianId\":" + staff + ",\"focus\":\"SUBSTANCE_USE\"}")));
        JsonObject admitted = Json.parse(admin.getJson("api/participants/" + leaver + "/episodes").body()).asJsonArray()
                .getJsonObject(0);
        ok(admin.postJson("api/participants/" + leaver + "/episodes/" + leaving + "/discharge", "{\"version\":"
                + admitted.getJsonNumber("version") + ",\"dischargeDate\":\"" + today + "\",\"dischargeReason\":\"COMPLETED\"}"));
        long referral = idOf(ok(admin.postJson("api/referrals", "{\"episodeId\":" + leaving + ",\"serviceId\":" + referredTo
                + ",\"reason\":\"Continuing care after the IOP\",\"categories\":[\"DEMOGRAPHICS\"]}")));
        long followUp = idOf(Json.parse(admin.getJson("api/follow-ups/participant/" + leaver).body()).asJsonArray()
                .getJsonObject(0));

        Map<String, Target> targets = new LinkedHashMap<>();
        // updates: the record as GET shows it
        put(targets, admin, "PUT /api/participants/{id}", "api/participants/" + pid, "participant/participant.xhtml?id={id}");
        put(targets, admin, "PUT /api/sites/{id}", "api/sites/" + site, "site/site.xhtml?id={id}");
        put(targets, admin, "PUT /api/records/{id}", "api/records/" + record, "site/record.xhtml?id={id}");
        put(targets, admin, "PUT /api/surveys/{id}", "api/surveys/" + surveyId, "site/survey.xhtml?id={id}");
        put(targets, admin, "PUT /api/findings/{id}", "api/findings/" + findingId, "site/finding.xhtml?id={id}");
        put(targets, admin, "PUT /api/corrections/{id}", "api/corrections/" + correction, "site/finding.xhtml?id=" + findingId);
        put(targets, admin, "PUT /api/staff/{id}", "api/staff/" + staff, "staff/member.xhtml?id={id}",
                Json.object("{\"disciplineId\":104}"));
        put(targets, admin, "PUT /api/credentials/{id}", "api/credentials/" + credential, null, Json.object("{\"typeId\":206}"));
        put(targets, admin, "PUT /api/sessions/{id}", "api/sessions/" + session, "schedule/session.xhtml?id={id}");
        put(targets, admin, "PUT /api/plans/{id}", "api/plans/" + plan, "treatment/plan.xhtml?id={id}");
        put(targets, admin, "PUT /api/care-standards/{siteId}", "api/care-standards/" + site, null);
        put(targets, admin, "PUT /api/resource-services/{id}", "api/resource-services/" + service, null);
        put(targets, admin, "PUT /api/referrals/{id}", "api/referrals/" + referral, "aftercare/plan.xhtml?episode=" + leaving);
        // the outcome edit is not the follow-up as shown: its note is shown as outcomeNote, and there is no outcome yet
        String followUpPath = "api/follow-ups/" + followUp;
        targets.put("PUT /api/follow-ups/{id}/outcome", new Target(followUpPath + "/outcome", () -> {
            JsonObject shown = ok(admin.getJson(followUpPath));
            return jakarta.json.Json.createObjectBuilder().add("version", shown.get("version"))
                    .add("outcome", shown.getString("outcome", "ENGAGED_IN_AFTERCARE"))
                    .add("outcomeOn", shown.getString("outcomeOn", today.toString()))
                    .add("note", shown.getString("outcomeNote", "Weekly counselling")).build();
        }, created -> followUpPath, "aftercare/followup.xhtml?id={id}"));
        String family = "api/participants/" + pid + "/family";
        targets.put("PUT /api/participants/{id}/family/{memberId}", new Target(family + "/" + idOf(member), () -> {
            JsonObject shown = Json.parse(admin.getJson(family).body()).asJsonArray().stream().map(JsonValue::asJsonObject)
                    .filter(m -> idOf(m) == idOf(member)).findFirst().orElseThrow();
            return jakarta.json.Json.createObjectBuilder(shown).remove("id").build();
        }, created -> family, "participant/participant.xhtml?id=" + pid));
        // creates: a body built here, unique where the record must be
        targets.put("POST /api/participants", new Target("api/participants", () -> Json.object("{\"version\":0,\"siteId\":"
                + site + ",\"recordNumber\":\"H-" + f.suffix() + "-" + n.incrementAndGet() + "\",\"firstName\":\"Riley\","
                + "\"lastName\":\"Test\",\"dateOfBirth\":\"1994-05-06\",\"phone\":\"617-555-0100\"}"),
                created -> "api/participants/" + idOf(created), "participant/participant.xhtml?id={id}"));
        targets.put("POST /api/participants/{id}/family", new Target(family,
                () -> Json.object("{\"name\":\"Sam Kinley\",\"relationship\":\"Brother\",\"consentToInvolve\":true}"), null, null));
        targets.put("POST /api/surveys/{id}/findings", new Target("api/surveys/" + surveyId + "/findings",
                () -> Json.object(finding.replace("2.B.4.a", "2.B." + n.incrementAndGet())),
                created -> "api/findings/" + idOf(created), "site/finding.xhtml?id={id}"));
        targets.put("POST /api/sites/{siteId}/surveys", new Target("api/sites/" + site + "/surveys",
                () -> Json.object(survey), created -> "api/surveys/" + idOf(created), "site/survey.xhtml?id={id}"));
        targets.put("POST /api/staff", new Target("api/staff", () -> {
            String nine = "2" + String.format("%08d", Math.abs((f.suffix() + n.incrementAndGet()).hashCode()) % 100_000_000);
            return Json.object("{\"version\":0,\"firstName\":\"Test\",\"lastName\":\"Hostile" + f.suffix() + n.get()
                    + "\",\"dateOfBirth\":\"1980-01-15\",\"npi\":\"" + nine + NpiCheck.checkDigit(nine)
                    + "\",\"email\":\"t@example.org\",\"disciplineId\":104,\"homeSiteId\":" + site + ",\"siteIds\":[" + site
                    + "],\"employmentStatus\":\"ACTIVE\",\"employmentStart\":\"2020-01-01\"}");
        }, created -> "api/staff/" + idOf(created), "staff/member.xhtml?id={id}"));
        targets.put("POST /api/staff/{id}/credentials", new Target("api/staff/" + staff + "/credentials",
                () -> Json.object("{\"version\":0,\"typeId\":206,\"number\":\"LCSW-H" + n.incrementAndGet()
                        + "\",\"issuer\":\"State board\",\"state\":\"MA\",\"issueDate\":\"2015-01-01\",\"expiryDate\":\""
                        + today.plusYears(2) + "\"}"), created -> "api/credentials/" + idOf(created), null));
        targets.put("POST /api/sessions", new Target("api/sessions", () -> {
            int k = n.incrementAndGet();
            return Json.object(sessionJson(site, facilitator, today.plusDays(2 + k % 200), String.format("%02d:%02d", 7 + k / 200 % 10, 0)));
        }, created -> "api/sessions/" + idOf(created), "schedule/session.xhtml?id={id}"));
        targets.put("POST /api/participants/measures", new Target("api/participants/measures",
                () -> Json.object("{\"episodeId\":" + episode + ",\"instrumentId\":" + PHQ9 + ",\"administeredOn\":\"" + today
                        + "\",\"totalScore\":9,\"safetyItem\":0}"), null, null));
        return targets;
    }

    private static void put(Map<String, Target> targets, WebClient admin, String route, String path, String page) {
        put(targets, admin, route, path, page, JsonValue.EMPTY_JSON_OBJECT);
    }

    /** {@code extra}: fields the edit takes by id where GET shows a name (a credential's type, a staff member's discipline). */
    private static void put(Map<String, Target> targets, WebClient admin, String route, String path, String page, JsonObject extra) {
        Class<?> edit = bodyRoutes(Path.of(System.getProperty("iop.basedir", "."))).get(route);
        assertThat(edit).as(route).isNotNull();
        Supplier<JsonObject> shown = asShown(admin, path, edit);
        boolean reason = java.util.Arrays.stream(edit.getRecordComponents()).anyMatch(r -> r.getName().equals("reason"));
        // an edit that asks why (kept in the audit trail) gets a reason
        Supplier<JsonObject> body = () -> {
            JsonObjectBuilder json = jakarta.json.Json.createObjectBuilder(shown.get());
            extra.forEach(json::add);
            if (reason) {
                json.add("reason", "Hostile input test");
            }
            return json.build();
        };
        targets.put(route, new Target(path, body, created -> path, page));
    }

    private static String sessionJson(long siteId, long facilitatorId, LocalDate date, String start) {
        return "{\"siteId\":" + siteId + ",\"kind\":\"GROUP_THERAPY\",\"title\":\"Process group\",\"facilitatorId\":"
                + facilitatorId + ",\"capacity\":10,\"date\":\"" + date + "\",\"startTime\":\"" + start
                + "\",\"durationMinutes\":60}";
    }

    // ---- concurrent edits ----

    /**
     * Every entity with {@code @Version} (all of them, through BaseEntity) and how a save from a stale version is
     * reached: a PUT route (tested below, in parallel), or why there is none here. An entity missing from this
     * table fails the test, so a new one must say how it is covered.
     */
    private static final Map<String, String> VERSIONED = Map.ofEntries(
            Map.entry("Participant", "PUT /api/participants/{id}"),
            Map.entry("FamilyMember", "PUT /api/participants/{id}/family/{memberId}"),
            Map.entry("Site", "PUT /api/sites/{id}"),
            Map.entry("AccreditationRecord", "PUT /api/records/{id}"),
            Map.entry("Survey", "PUT /api/surveys/{id}"),
            Map.entry("Finding", "PUT /api/findings/{id}"),
            Map.entry("Correction", "PUT /api/corrections/{id}"),
            Map.entry("StaffMember", "PUT /api/staff/{id}"),
            Map.entry("Credential", "PUT /api/credentials/{id}"),
            Map.entry("TherapySession", "PUT /api/sessions/{id}"),
            Map.entry("TreatmentPlan", "PUT /api/plans/{id}"),
            Map.entry("CareSettings", "PUT /api/care-standards/{siteId}"),
            Map.entry("Episode", "transition: discharge at a version (POST .../discharge)"),
            Map.entry("SafetyFlag", "transition: acknowledge at a version"),
            Map.entry("SessionSeries", "transition: cancel at a version"),
            Map.entry("Attendance", "saved with its session's version (PUT /api/sessions/{id}/attendance)"),
            Map.entry("CredentialingDecision", "transition: decision at the staff member's version, notified at its own"),
            Map.entry("ScreeningMatch", "transition: confirm or dismiss at a version"),
            Map.entry("AccreditingBody", "page only: active flag at a version (site/bodies.xhtml)"),
            Map.entry("Discipline", "page only: active flag at a version (staff/settings.xhtml)"),
            Map.entry("CredentialType", "page only: active flag at a version (staff/settings.xhtml)"),
            Map.entry("AppUser", "page only: security/user.xhtml at a version (save; activate, deactivate)"),
            Map.entry("PlanProblem", "part of its plan: saved with the plan's version"),
            Map.entry("PlanGoal", "part of its plan: saved with the plan's version"),
            Map.entry("PlanObjective", "part of its plan: saved with the plan's version"),
            Map.entry("PlanIntervention", "part of its plan: saved with the plan's version"),
            Map.entry("PlanReview", "never edited: a review is added"),
            Map.entry("AsamAssessment", "never edited: a new assessment is added"),
            Map.entry("MeasureResult", "never edited: a new result is added"),
            Map.entry("Instrument", "never edited: instruments are added"),
            Map.entry("Document", "never edited: uploaded once"),
            Map.entry("DocumentContent", "never edited: uploaded once"),
            Map.entry("AuditEntry", "append-only"),
            Map.entry("Verification", "never edited: a new verification is added"),
            Map.entry("SupervisedHours", "never edited: hours are logged"),
            Map.entry("ServiceEligibility", "never edited: added or removed"),
            Map.entry("Enrolment", "never edited: added or removed"),
            Map.entry("ExclusionList", "never edited: imported"),
            Map.entry("ExclusionEntry", "never edited: imported"),
            Map.entry("ScreeningRun", "never edited: one per run"),
            Map.entry("Screening", "never edited: one per staff member and run"),
            Map.entry("ResourceService", "PUT /api/resource-services/{id}"),
            Map.entry("Referral", "PUT /api/referrals/{id}"),
            Map.entry("ReferralTransition", "never edited: one per step of a referral"),
            Map.entry("DisclosureConsent", "transition: revoked (or replaced by a new consent), never edited"),
            Map.entry("Disclosure", "never edited: the record of one sending (accounting of disclosures)"),
            Map.entry("FollowUp", "PUT /api/follow-ups/{id}/outcome"),
            Map.entry("FollowUpCheck", "part of its follow-up: changed with it"),
            Map.entry("FollowUpAttempt", "never edited: an attempt is added"),
            Map.entry("AlumniAttendance", "never edited: a meeting is added"));

    /** The field each PUT changes in the two racing saves. */
    private static final Map<String, String> CHANGED = Map.ofEntries(
            Map.entry("PUT /api/participants/{id}", "firstName"),
            Map.entry("PUT /api/participants/{id}/family/{memberId}", "relationship"),
            Map.entry("PUT /api/sites/{id}", "name"),
            Map.entry("PUT /api/records/{id}", "notes"),
            Map.entry("PUT /api/surveys/{id}", "surveyors"),
            Map.entry("PUT /api/findings/{id}", "text"),
            Map.entry("PUT /api/corrections/{id}", "actions"),
            Map.entry("PUT /api/staff/{id}", "middleName"),
            Map.entry("PUT /api/credentials/{id}", "issuer"),
            Map.entry("PUT /api/sessions/{id}", "title"),
            Map.entry("PUT /api/plans/{id}", "strengths"),
            Map.entry("PUT /api/care-standards/{siteId}", "reviewDays"),
            Map.entry("PUT /api/resource-services/{id}", "servicesOffered"),
            Map.entry("PUT /api/referrals/{id}", "reason"),
            Map.entry("PUT /api/follow-ups/{id}/outcome", "note"));

    @Test
    void twoSavesFromTheSameVersionGiveOneWinnerAndA409NamingWhoAndOneAuditUpdate() throws Exception {
        URI uri = base.toURI();
        Fixture f = Fixture.create(uri);
        WebClient admin = Fixture.signedIn(uri, f.admin());
        WebClient other = new WebClient(uri);
        other.loginOrFail("admin", org.iopmanager.demo.control.DemoData.PASSWORD);
        Set<String> entities = new TreeSet<>();
        for (Class<?> entity : ENTITIES) {
            if (org.iopmanager.platform.entity.BaseEntity.class.isAssignableFrom(entity)
                    || java.util.Arrays.stream(entity.getDeclaredFields()).anyMatch(x -> x.isAnnotationPresent(jakarta.persistence.Version.class))) {
                entities.add(entity.getSimpleName());
            }
        }
        assertThat(VERSIONED.keySet()).as("every versioned entity says how a stale save is reached").containsAll(entities);
        Map<String, Target> targets = targets(admin, f);
        List<String> failures = new ArrayList<>();
        int raced = 0;
        for (Map.Entry<String, String> entry : new TreeMap<>(VERSIONED).entrySet()) {
            String route = entry.getValue();
            if (!route.startsWith("PUT ")) {
                continue;
            }
            Target target = targets.get(route);
            assertThat(target).as("a valid body for " + route).isNotNull();
            String field = CHANGED.get(route);
            JsonObject loaded = target.body().get();
            String type = entry.getKey();
            // care standards are one record per site, known by the site
            String audit = "test-support/rows?type=" + type + (route.endsWith("{siteId}") ? "&site=" + f.siteA()
                    : "&id=" + idOfPath(target.path()));
            JsonObject auditBefore = Json.object(admin.getJson(audit).body());
            String[] bodies = new String[2];
            for (int i = 0; i < 2; i++) {
                JsonObjectBuilder edit = jakarta.json.Json.createObjectBuilder(loaded);
                if (field.equals("reviewDays")) {
                    edit.add(field, 20 + i);
                } else {
                    edit.add(field, "Concurrent " + (i == 0 ? "first" : "second"));
                }
                bodies[i] = edit.build().toString();
            }
            // both at once, from the same version
            List<HttpResponse<String>> done = TransitionRaces.atOnce(List.of(
                    () -> admin.putJson(target.path(), bodies[0]), () -> other.putJson(target.path(), bodies[1])));
            raced++;
            List<Integer> statuses = done.stream().map(HttpResponse::statusCode).sorted().toList();
            if (!statuses.equals(List.of(200, 409))) {
                failures.add(route + ": " + statuses + " " + done.stream().map(HttpResponse::body).toList());
                continue;
            }
            HttpResponse<String> winner = done.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow();
            String winnerName = winner == done.get(0) ? f.admin() : "admin";
            String changedBy = Json.object(done.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow().body())
                    .getString("changedBy", null);
            if (!winnerName.equals(changedBy)) {
                failures.add(route + ": the exact race's 409 names " + changedBy + ", the winner was " + winnerName);
            }
            // the loser saves again from the version it had: told who won
            HttpResponse<String> stale = (winner == done.get(0) ? other : admin).putJson(target.path(), bodies[winner == done.get(0) ? 1 : 0]);
            if (stale.statusCode() != 409 || !winnerName.equals(Json.object(stale.body()).getString("changedBy", null))) {
                failures.add(route + ": the stale save again: " + stale.statusCode() + " " + stale.body() + ", the winner was " + winnerName);
            }
            JsonObject auditAfter = Json.object(admin.getJson(audit).body());
            // one line for the winning save: an UPDATE (a CREATE where the save made the record, as care standards do)
            long updates = auditAfter.getInt("UPDATE", 0) + auditAfter.getInt("CREATE", 0)
                    - auditBefore.getInt("UPDATE", 0) - auditBefore.getInt("CREATE", 0);
            if (updates != 1) {
                failures.add(route + ": " + updates + " audit UPDATE/CREATE lines for one winning save");
            }
        }
        System.out.println("[hostile] concurrent saves: " + entities.size() + " versioned entities, " + raced
                + " raced over PUT (one winner, one 409 naming the winner, one audit update each); the rest: "
                + VERSIONED.entrySet().stream().filter(e -> !e.getValue().startsWith("PUT ")).map(Map.Entry::getKey).sorted().toList());
        failures.forEach(line -> System.out.println("[hostile] concurrent " + line));
        assertThat(failures).isEmpty();
    }

    /**
     * The versioned records whose stale save is reached only by a transition or only on a page: two administrators do
     * the same transition from the same version at the same moment. Exactly one wins; the other is refused naming the
     * winner (409 over REST, the conflict message on a page); one audit line for the transition.
     */
    @Test
    void twoClientsDoingOneTransitionFromTheSameVersionGiveOneWinnerARefusalNamingItAndOneAuditLine() throws Exception {
        URI uri = base.toURI();
        Fixture f = Fixture.create(uri);
        WebClient admin = Fixture.signedIn(uri, f.admin());
        WebClient other = new WebClient(uri);
        other.loginOrFail("admin", org.iopmanager.demo.control.DemoData.PASSWORD);
        List<TransitionRaces.Transition> transitions = TransitionRaces.all(admin, f, LocalDate.now(SITE_A_ZONE));
        Set<String> onlyByTransition = new TreeSet<>(VERSIONED.entrySet().stream()
                .filter(e -> e.getValue().startsWith("transition:") || e.getValue().startsWith("page only:"))
                .map(Map.Entry::getKey).toList());
        assertThat(transitions.stream().map(TransitionRaces.Transition::entity).collect(java.util.stream.Collectors.toSet()))
                .as("every transition-only and page-only versioned entity is raced").containsAll(onlyByTransition);
        List<String> failures = new ArrayList<>();
        List<String> raced = new ArrayList<>();
        for (TransitionRaces.Transition transition : transitions) {
            long before = transition.lines().get();
            String outcome = TransitionRaces.race(transition, new WebClient[] {admin, other}, new String[] {f.admin(), "admin"});
            long lines = transition.lines().get() - before;
            String label = transition.entity() + " " + transition.name() + (transition.page() ? " (page)" : "");
            raced.add(label);
            if (outcome.startsWith("FAIL")) {
                failures.add(label + ": " + outcome);
            }
            if (lines != 1) {
                failures.add(label + ": " + lines + " audit lines for one winning transition");
            }
        }
        System.out.println("[hostile] concurrent transitions: " + raced.size() + " raced (" + onlyByTransition.size()
                + " entities; one winner, the other refused naming it and again on its second try, one audit line each): " + raced);
        failures.forEach(line -> System.out.println("[hostile] concurrent transition " + line));
        assertThat(failures).isEmpty();
    }

    /** The record id in a target's path: the last number ({@code api/follow-ups/7/outcome}: 7). */
    private static long idOfPath(String path) {
        String[] parts = path.split("/");
        for (int i = parts.length - 1; i >= 0; i--) {
            if (parts[i].matches("\\d+")) {
                return Long.parseLong(parts[i]);
            }
        }
        throw new IllegalArgumentException("no id in " + path);
    }

    // ---- double submit ----

    @Test
    void aCreateSentTwiceWithOneIdempotencyKeyCreatesOneRecordAndAnswersTheSameTwice() throws Exception {
        URI uri = base.toURI();
        Fixture f = Fixture.create(uri);
        WebClient admin = Fixture.signedIn(uri, f.admin());
        Map<String, Target> targets = targets(admin, f);
        Map<String, String> withoutKey = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int creates = 0;
        for (Map.Entry<String, Target> entry : targets.entrySet()) {
            if (!entry.getKey().startsWith("POST ")) {
                continue;
            }
            creates++;
            Target target = entry.getValue();
            // as it is today, without a key: the same body twice
            String body = target.body().get().toString();
            JsonObject before = rows(admin);
            int first = admin.postJson(target.path(), body).statusCode();
            JsonObject once = rows(admin);
            int second = admin.postJson(target.path(), body).statusCode();
            withoutKey.put(entry.getKey(), first + "/" + second + (once.equals(rows(admin)) ? " one record" : " TWO records"));
            if (first != 200 || before.equals(once)) {
                failures.add(entry.getKey() + ": the valid create was refused: " + first);
            }

            // with a key: sequential (a retry) and parallel (a double click)
            for (boolean parallel : new boolean[] {false, true}) {
                String fresh = target.body().get().toString();
                String key = "k-" + UUID.randomUUID();
                JsonObject start = rows(admin);
                List<HttpResponse<String>> answers = sentTwice(parallel,
                        () -> admin.postJson(target.path(), fresh, "Idempotency-Key", key));
                JsonObject end = rows(admin);
                long made = end.keySet().stream().mapToLong(k -> end.getJsonNumber(k).longValue() - start.getJsonNumber(k).longValue())
                        .sum();
                List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).sorted().toList();
                String label = entry.getKey() + (parallel ? " (parallel)" : " (retry)");
                if (!parallel && (!statuses.equals(List.of(200, 200)) || !answers.get(0).body().equals(answers.get(1).body())
                        || !"true".equals(answers.get(1).headers().firstValue("Idempotency-Replayed").orElse(null)))) {
                    failures.add(label + ": " + statuses + " " + answers.stream().map(HttpResponse::body).toList());
                }
                if (parallel && !(statuses.equals(List.of(200, 200)) || statuses.equals(List.of(200, 409)))) {
                    failures.add(label + ": " + statuses);
                }
                JsonObject single = rows(admin);
                admin.postJson(target.path(), target.body().get().toString());
                JsonObject after = rows(admin);
                long one = after.keySet().stream().mapToLong(k -> after.getJsonNumber(k).longValue() - single.getJsonNumber(k).longValue())
                        .sum();
                if (made != one) {
                    failures.add(label + ": " + made + " rows for two copies, " + one + " for one create");
                }
            }
            HttpResponse<String> reused = admin.postJson(target.path(), target.body().get().toString(), "Idempotency-Key", "same-key-" + creates + "-" + f.suffix());
            HttpResponse<String> otherBody = admin.postJson(target.path(), "{\"other\":1}", "Idempotency-Key", "same-key-" + creates + "-" + f.suffix());
            if (reused.statusCode() != 200 || otherBody.statusCode() != 422) {
                failures.add(entry.getKey() + ": a key reused for another body answered " + otherBody.statusCode());
            }
        }
        System.out.println("[hostile] double submit: " + creates + " creates; without a key, the same body twice: " + withoutKey);
        failures.forEach(line -> System.out.println("[hostile] double submit " + line));
        assertThat(failures).isEmpty();
        assertThat(admin.postJson("api/participants", "{}", "Idempotency-Key", "not a key!").statusCode()).isEqualTo(400);
    }

    @Test
    void everyTextAndDateFieldOfThePageFormsRefusesOrKeepsEachHostileValue() throws Exception {
        URI uri = base.toURI();
        Fixture f = Fixture.create(uri);
        WebClient admin = Fixture.signedIn(uri, f.admin());
        Map<String, Target> targets = targets(admin, f);
        long participant = idOf(ok(admin.getJson(targets.get("PUT /api/participants/{id}").path())));
        String followUpPath = targets.get("PUT /api/follow-ups/{id}/outcome").path().replace("/outcome", "");
        String followUp = followUpPath.replace("api/follow-ups/", "");
        long site = f.siteA();
        LocalDate today = LocalDate.now(SITE_A_ZONE);
        String credentialPath = targets.get("PUT /api/credentials/{id}").path();
        long credentialOwner = ok(admin.getJson(credentialPath)).getJsonNumber("staffId").longValue();
        assertThat(Json.parse(admin.getJson("api/staff/" + credentialOwner + "/credentials").body()).asJsonArray())
                .as("the credential form opens the first row: its holder has one").hasSize(1);
        Target referrals = targets.get("PUT /api/referrals/{id}");
        long referralParticipant = ok(admin.getJson(referrals.path())).getJsonNumber("participantId").longValue();
        // a service used at site B only, edited in the form its row's "Edit" opens once the directory shows site B
        long service = idOf(ok(admin.postJson("api/resource-services", "{\"version\":0,\"name\":\"Corpus Directory "
                + f.suffix() + "\",\"organisation\":\"Corpus Inc\",\"type\":\"OUTPATIENT_COUNSELLING\",\"coveredEntity\":\"NOT_COVERED\","
                + "\"accepting\":true,\"siteIds\":[" + f.siteB() + "]}")));
        // the fixture's auditor, edited in the user form (no REST route reads users: its row of the stored values)
        int auditorRow = stored("AppUser", "username", admin).indexOf(f.auditor());
        String auditor = stored("AppUser", "id", admin).get(auditorRow);
        String suffix = f.suffix().replaceAll("[^A-Za-z0-9]", "").toLowerCase(java.util.Locale.ROOT);
        String userNames = "corpus-" + suffix.substring(Math.max(0, suffix.length() - 8));
        AtomicInteger k = new AtomicInteger();
        List<FormCorpus.PageForm> forms = List.of(
                new FormCorpus.PageForm("participant details", "participant/participant.xhtml?id=" + participant, "details",
                        "details:save", Map.of(), false, field -> java.util.Collections.singletonList(text(ok(admin.getJson("api/participants/" + participant)), field))),
                new FormCorpus.PageForm("site", "site/site.xhtml?id=" + site, "form", "form:save", Map.of(), false,
                        field -> java.util.Collections.singletonList(text(ok(admin.getJson("api/sites/" + site)), field))),
                new FormCorpus.PageForm("family member (create)", "participant/participant.xhtml?id=" + participant, "family",
                        "family:add", Map.of("family:name", "Corpus Kin", "family:relationship", "Aunt"), true,
                        field -> Json.parse(admin.getJson("api/participants/" + participant + "/family").body()).asJsonArray()
                                .stream().map(m -> text(m.asJsonObject(), field)).toList()),
                new FormCorpus.PageForm("follow-up attempt (create)", "aftercare/followup.xhtml?id=" + followUp, "attempt",
                        "attempt:save", Map.of("attempt:attemptedAt", today.toString(), "attempt:method", "PHONE",
                                "attempt:note", "Corpus call"), true,
                        field -> ok(admin.getJson(followUpPath)).getJsonArray("attempts").stream()
                                .map(a -> text(a.asJsonObject(), "attemptedAt".equals(field) ? "attemptedOn" : field)).toList())
                        // a create's time of day differs per post, so that no two posts are the same submit
                        .eachPost(n -> Map.of("attempt:attemptTime", String.format("00:%02d", n % 60))),
                updateForm(admin, targets.get("PUT /api/records/{id}"), "accreditation record", "site/record.xhtml", Map.of(), Map.of()),
                updateForm(admin, targets.get("PUT /api/surveys/{id}"), "survey", "site/survey.xhtml", Map.of(), Map.of()),
                updateForm(admin, targets.get("PUT /api/findings/{id}"), "finding", "site/finding.xhtml", Map.of(), Map.of()),
                // a change of a staff member's record says why (kept in the audit trail)
                updateForm(admin, targets.get("PUT /api/staff/{id}"), "staff member", "staff/member.xhtml",
                        Map.of("form:reason", "Corpus change"), Map.of()),
                updateForm(admin, targets.get("PUT /api/sessions/{id}"), "session", "schedule/edit.xhtml", Map.of(),
                        Map.of("date", "sessionDate")),
                // a credential is edited in its staff member's page, in the form its row's "Edit" opens
                new FormCorpus.PageForm("credential", "staff/member.xhtml?id=" + credentialOwner, "credential",
                        "credential:saveCredential", Map.of("credential:reason", "Corpus change"), false,
                        field -> java.util.Collections.singletonList(text(ok(admin.getJson(credentialPath)), field)))
                        .openedBy("credentials:list:0:edit"),
                // a draft referral of a discharge plan, edited in the form its row's "Edit" opens
                new FormCorpus.PageForm("referral", referrals.page(), "form", "form:save", Map.of(), false,
                        field -> java.util.Collections.singletonList(text(ok(admin.getJson(referrals.path())), field)))
                        .openedBy("form:referrals:0:edit"),
                new FormCorpus.PageForm("resource service", "aftercare/directory.xhtml", "editForm", "editForm:save", Map.of(),
                        false, field -> java.util.Collections.singletonList(text(ok(admin.getJson("api/resource-services/" + service)), field)))
                        .openedBy("form:search", Map.of("form:site", String.valueOf(f.siteB()))).openedBy("form:services:0:edit"),
                new FormCorpus.PageForm("user", "security/user.xhtml?id=" + auditor, "form", "form:saveEdit", Map.of(), false,
                        field -> java.util.Collections.singletonList(stored("AppUser", field, admin).get(auditorRow))),
                // a provider-wide role needs no site; each post with a user name not yet taken
                new FormCorpus.PageForm("user (create)", "security/user.xhtml", "form", "form:save",
                        Map.of("form:displayName", "Corpus User", "form:role", "AUDITOR", "form:password", Fixture.PASSWORD,
                                "form:passwordRepeat", Fixture.PASSWORD), true, field -> stored("AppUser", field, admin))
                        .eachPost(n -> Map.of("form:username", userNames + "-" + n)),
                // a consent to disclose, signed by a guardian (so that the guardian's name is kept), to a class of recipient
                new FormCorpus.PageForm("consent (create)", referrals.page(), "consentForm", "consentForm:recordConsent",
                        Map.of("consentForm:recipientType", "SOBER_LIVING", "consentForm:recipientDescription", "Corpus house",
                                "consentForm:purpose", "Continuing care", "consentForm:categories", "DEMOGRAPHICS", "consentForm:expiresOn", today.plusYears(1).toString(),
                                "consentForm:signedBy", "GUARDIAN", "consentForm:guardianName", "Corpus Guardian",
                                "consentForm:signedOn", today.toString()), true,
                        field -> Json.parse(admin.getJson("api/consents?participant=" + referralParticipant).body())
                                .asJsonArray().stream()
                                .map(c -> text(c.asJsonObject(), "recipientDescription".equals(field) ? "recipient" : field))
                                .toList()));
        // fields whose value is not kept on the record the form shows: checked by their own feature tests
        Set<String> notReadBack = Set.of(
                "attempt:attemptTime", // a time of day the attempt's instant holds (AftercareFollowUpIT)
                "form:reason", // the staff member's change reason, kept in the credentialing history (StaffIT)
                "form:supervisionStart", "form:supervisionEnd", // the supervision relation, not the staff record
                "credential:reason"); // the credential's change reason, kept in the credentialing history (StaffIT)
        List<HostileCorpus.Value> corpus = HostileCorpus.values();
        // -Diop.hostile.forms=<part of a name> runs only the forms so named (while mending one)
        String only = System.getProperty("iop.hostile.forms", "");
        forms = forms.stream().filter(form -> form.name().contains(only)).toList();
        CorpusReport report = new CorpusReport();
        // The update forms in two lanes at once, each in a session of its own (apart from the REST reads): a form's
        // outcome is read from its own record, and the forms whose records touch (a site and its accreditation, a
        // staff member, their credential and the sessions they facilitate) share a lane. Then the create forms one after
        // the other: a refused create is checked against the row counts of every table, which another lane would move.
        Set<String> siteLane = Set.of("participant details", "site", "accreditation record", "survey", "finding",
                "resource service");
        List<List<FormCorpus.PageForm>> lanes = List.of(
                forms.stream().filter(form -> !form.create() && siteLane.contains(form.name())).toList(),
                forms.stream().filter(form -> !form.create() && !siteLane.contains(form.name())).toList());
        WebClient siteBrowser = Fixture.signedIn(uri, f.admin());
        WebClient peopleBrowser = Fixture.signedIn(uri, f.admin());
        inTwoLanes(() -> postCorpus(siteBrowser, admin, lanes.get(0), notReadBack, corpus, k, report),
                () -> postCorpus(peopleBrowser, admin, lanes.get(1), notReadBack, corpus, k, report));
        WebClient browser = Fixture.signedIn(uri, f.admin());
        postCorpus(browser, admin, forms.stream().filter(FormCorpus.PageForm::create).toList(), notReadBack, corpus, k, report);
        Map<String, Integer> outcomes = report.outcomes;
        List<String> failures = report.failures;
        List<String> onThePage = report.onThePage;
        int attempts = report.attempts.get();
        int fields = report.fields.get();
        // a service's name at its full length that is longer in lower case (a capital dotted I is an i and a dot): stored
        // as typed, where its sort key over the column made a 500 (SortKey)
        for (FormCorpus.PageForm form : forms) {
            if (form.name().equals("resource service")) {
                FormCorpus.Field name = FormCorpus.fields(form.open(browser).body(), form.form()).stream()
                        .filter(field -> field.name().equals("editForm:name")).findFirst().orElseThrow();
                attempts++;
                String outcome = FormCorpus.attempt(browser, admin, form, name, "\u0130".repeat(ResourceService.NAME_MAX));
                outcomes.merge(outcome, 1, Integer::sum);
                if (!outcome.startsWith("stored identical")) {
                    failures.add(form.name() + " " + name.name() + " <- 160 capital dotted I: " + outcome);
                }
            }
        }
        // a stale save from each update form: told who changed it, the input kept, nothing overwritten
        WebClient other = Fixture.signedIn(uri, f.admin());
        for (FormCorpus.PageForm form : forms) {
            if (!form.create()) {
                FormCorpus.Field first = FormCorpus.fields(form.open(browser).body(), form.form()).stream()
                        .filter(field -> field.kind().equals("text") && !field.name().endsWith("recordNumber")
                                && !field.name().endsWith("npi")).findFirst().orElseThrow();
                String outcome = FormCorpus.conflict(browser, other, form, first, "Mine " + f.suffix(), "Theirs " + f.suffix());
                outcomes.merge("stale save: " + outcome, 1, Integer::sum);
                if (outcome.startsWith("FAIL")) {
                    failures.add(form.name() + " " + first.name() + " stale save: " + outcome);
                }
            }
        }
        System.out.println("[hostile] page forms: " + forms.size() + "; fields: " + fields + "; posts: " + attempts);
        System.out.println("[hostile] page form outcomes: " + outcomes);
        onThePage.forEach(line -> System.out.println("[hostile] page form refused with a message away from the field: " + line));
        failures.forEach(line -> System.out.println("[hostile] page form " + line));
        assertThat(failures).as("values neither refused (input kept) nor stored as typed").isEmpty();
        if (only.isEmpty()) {
            assertThat(forms).hasSize(15);
            assertThat(attempts).as("posts into the page forms").isGreaterThan(700);
        }
    }

    /**
     * The page corpus for the forms that have no REST twin or whose fields the REST corpus does not reach: the create
     * forms of the settings lists (accrediting bodies, credential types, disciplines), the nested rows of a treatment
     * plan (problem, goal, objective) and the search boxes of the list pages. Same rules as
     * {@link #everyTextAndDateFieldOfThePageFormsRefusesOrKeepsEachHostileValue}: refused beside the field with the
     * input kept, or stored as typed; a search is refused beside its box or run, and shows the text back as typed.
     */
    @Test
    void theSettingsListsPlanRowsAndSearchBoxesRefuseOrKeepEachHostileValue() throws Exception {
        URI uri = base.toURI();
        Fixture f = Fixture.create(uri);
        WebClient admin = Fixture.signedIn(uri, f.admin());
        String planPath = targets(admin, f).get("PUT /api/plans/{id}").path();
        JsonObject draft = ok(admin.getJson(planPath));
        ok(admin.putJson(planPath, "{\"version\":" + draft.getJsonNumber("version") + ",\"strengths\":\"Corpus strengths\","
                + "\"problems\":[{\"dimension\":\"D5\",\"statement\":\"Corpus problem\",\"goals\":[{\"statement\":"
                + "\"Corpus goal\",\"ownWords\":\"Corpus words\",\"objectives\":[{\"text\":\"Corpus objective\",\"measure\":"
                + "\"Corpus measure\",\"targetDate\":\"" + LocalDate.now(SITE_A_ZONE).plusWeeks(6) + "\",\"status\":\"NOT_STARTED\","
                + "\"interventions\":[]}]}]}]}"));
        String suffix = f.suffix().replaceAll("[^A-Za-z0-9]", "").toUpperCase(java.util.Locale.ROOT);
        String codes = suffix.substring(Math.max(0, suffix.length() - 8));
        List<FormCorpus.PageForm> lists = List.of(
                new FormCorpus.PageForm("accrediting body (create)", "site/bodies.xhtml", "form", "form:add",
                        Map.of("form:name", "Corpus Body", "form:type", "CARF"), true, field -> stored("AccreditingBody", field, admin))
                        .eachPost(n -> Map.of("form:code", "B" + codes + "-" + n)),
                new FormCorpus.PageForm("credential type (create)", "staff/settings.xhtml", "types", "types:addType",
                        Map.of("types:name", "Corpus Type", "types:kind", "CERTIFICATION"), true,
                        field -> stored("CredentialType", field, admin))
                        .eachPost(n -> Map.of("types:code", "T" + codes + "-" + n)),
                new FormCorpus.PageForm("discipline (create)", "staff/settings.xhtml", "disciplines", "disciplines:addDiscipline",
                        Map.of("disciplines:name", "Corpus Discipline", "disciplines:sortOrder", "5"), true,
                        field -> stored("Discipline", field, admin))
                        .eachPost(n -> Map.of("disciplines:code", "D" + codes + "-" + n)));
        FormCorpus.PageForm plan = new FormCorpus.PageForm("plan rows", "treatment/plan.xhtml?id=" + idOfPath(planPath), "form",
                "form:save", Map.of(), false, field -> java.util.Collections.singletonList(nested(ok(admin.getJson(planPath)), field)));
        List<HostileCorpus.Value> corpus = HostileCorpus.values();
        // the codes of the credential types and disciplines are kept in upper case: typed so, a code reads back as typed
        List<HostileCorpus.Value> upperCase = corpus.stream()
                .map(v -> new HostileCorpus.Value(v.kind(), v.name(), v.value().toUpperCase(java.util.Locale.ROOT))).toList();
        CorpusReport report = new CorpusReport();
        AtomicInteger k = new AtomicInteger();
        WebClient browser = Fixture.signedIn(uri, f.admin());
        postCorpus(browser, admin, lists.subList(0, 1), Set.of(), corpus, k, report);
        postCorpus(browser, admin, lists.subList(1, 3), Set.of(), upperCase, k, report);
        postCorpus(browser, admin, List.of(plan), Set.of(), corpus, k, report);
        // every list page's search box (the form it is in, by page)
        Map<String, String> searchBoxes = new TreeMap<>(Map.of("security/users.xhtml", "form", "staff/staff.xhtml", "form",
                "aftercare/directory.xhtml", "form", "site/sites.xhtml", "form", "participant/participants.xhtml", "form",
                "staff/worklist.xhtml", "work", "aftercare/followups.xhtml", "form"));
        for (Map.Entry<String, String> box : searchBoxes.entrySet()) {
            String form = box.getValue();
            for (HostileCorpus.Value value : corpus) {
                if (value.kind().equals("text") && FormCorpus.PAGE_SAMPLE.contains(value.name())) {
                    report.attempts.incrementAndGet();
                    String outcome = FormCorpus.search(browser, box.getKey(), form, form + ":search", form + ":text", value.value());
                    report.outcomes.merge(outcome, 1, Integer::sum);
                    if (outcome.startsWith("FAIL")) {
                        report.failures.add(box.getKey() + " search <- " + value.name() + ": " + outcome + " "
                                + FormCorpus.messages(FormCorpus.lastAnswer.get()));
                    }
                }
            }
        }
        // the API's searches refuse such text on the field too, rather than sending it to the database
        String nul = URLEncoder.encode("before\u0000after", StandardCharsets.UTF_8);
        for (String search : List.of("api/participants?site=" + f.siteA() + "&text=", "api/staff?text=",
                "api/resource-services?text=", "api/follow-ups?site=" + f.siteA() + "&text=")) {
            HttpResponse<String> answer = admin.getJson(search + nul);
            report.attempts.incrementAndGet();
            if (answer.statusCode() != 400 || !answer.body().contains("\"text\"")) {
                report.failures.add(search + " <- nul: " + answer.statusCode() + " " + answer.body());
            }
        }
        System.out.println("[hostile] lists, plan rows, search boxes: fields: " + report.fields.get() + "; posts: " + report.attempts.get());
        System.out.println("[hostile] lists, plan rows, search boxes outcomes: " + report.outcomes);
        report.onThePage.forEach(line -> System.out.println("[hostile] refused with a message away from the field: " + line));
        report.failures.forEach(line -> System.out.println("[hostile] lists, plan rows, search boxes " + line));
        assertThat(report.failures).as("values neither refused (input kept) nor stored as typed").isEmpty();
        assertThat(report.fields.get()).as("the settings forms' codes and names, the discipline's order and the plan's fields")
                .isGreaterThanOrEqualTo(14);
    }

    /** Every stored value of an entity's field, through the test deployment's read of the database. */
    private static List<String> stored(String entity, String field, WebClient admin) {
        return Json.parse(admin.getJson("test-support/values?entity=" + entity + "&field=" + field).body()).asJsonArray()
                .stream().map(v -> v == JsonValue.NULL ? null : ((JsonString) v).getString()).toList();
    }

    /** A field of a plan as the API shows it, by the page's path ({@code problems:0:goals:0:statement}, or a plan field). */
    private static String nested(JsonObject plan, String path) {
        String[] steps = path.split(":");
        JsonObject at = plan;
        for (int i = 0; i + 1 < steps.length; i += 2) {
            at = at.getJsonArray(steps[i]).getJsonObject(Integer.parseInt(steps[i + 1]));
        }
        return text(at, steps[steps.length - 1]);
    }

    /** A lane of work that may throw (a test's request or assertion). */
    private interface Lane {
        void run() throws Exception;
    }

    /** Runs {@code first} in a thread of its own and {@code second} in this one, and waits for both (their failures thrown). */
    private static void inTwoLanes(Lane first, Lane second) throws Exception {
        var pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            var beside = pool.submit(() -> {
                first.run();
                return null;
            });
            second.run();
            beside.get(20, java.util.concurrent.TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }
    }

    /** What the page corpus found, from lanes that run at once. */
    private static final class CorpusReport {
        final Map<String, Integer> outcomes = java.util.Collections.synchronizedMap(new TreeMap<>());
        final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        final List<String> onThePage = java.util.Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger attempts = new AtomicInteger();
        final AtomicInteger fields = new AtomicInteger();
    }

    /** Each value of the corpus into each field of {@code forms}, one post after the other, in {@code browser}'s session. */
    private static void postCorpus(WebClient browser, WebClient admin, List<FormCorpus.PageForm> forms, Set<String> notReadBack,
            List<HostileCorpus.Value> corpus, AtomicInteger k, CorpusReport report) throws java.io.IOException {
        Map<String, List<String>> known = new java.util.HashMap<>();
        for (FormCorpus.PageForm form : forms) {
            List<FormCorpus.Field> formFields = FormCorpus.fields(form.open(browser).body(), form.form());
            assertThat(formFields).as("the fields of " + form.name()).isNotEmpty();
            boolean fullCorpus = true;
            for (FormCorpus.Field field : formFields) {
                if (notReadBack.contains(field.name())) {
                    continue;
                }
                report.fields.incrementAndGet();
                // the whole corpus into the form's first text field, the page sample into the others
                boolean full = fullCorpus || !field.kind().equals("text");
                fullCorpus &= !field.kind().equals("text");
                for (HostileCorpus.Value value : FormCorpus.valuesFor(field, corpus, full)) {
                    report.attempts.incrementAndGet();
                    String outcome = FormCorpus.attempt(browser, admin, form.post(k.incrementAndGet()), field, value.value(), known);
                    report.outcomes.merge(outcome, 1, Integer::sum);
                    if (outcome.startsWith("refused on the page") && report.onThePage.size() < 30) {
                        report.onThePage.add(form.name() + " " + field.name() + " <- " + value.name() + ": "
                                + FormCorpus.messages(FormCorpus.lastAnswer.get()));
                    }
                    if (outcome.startsWith("FAIL")) {
                        String failure = form.name() + " " + field.name() + " <- " + value.name() + ": " + outcome;
                        report.failures.add(failure);
                        int n = report.failures.size();
                        if (n <= 10) {
                            Path dump = Path.of(System.getProperty("iop.basedir", "."), "target", "form-corpus", n + ".html");
                            java.nio.file.Files.createDirectories(dump.getParent());
                            java.nio.file.Files.writeString(dump, failure + "\n" + FormCorpus.lastAnswer.get());
                        }
                    }
                }
            }
        }
    }

    /** The update form of a page for the record at {@code target}, read back through the API ({@code rename}: form id → JSON name). */
    private static FormCorpus.PageForm updateForm(WebClient admin, Target target, String name, String page,
            Map<String, String> valid, Map<String, String> rename) {
        String id = target.path().substring(target.path().lastIndexOf('/') + 1);
        return new FormCorpus.PageForm(name, page + "?id=" + id, "form", "form:save", valid, false,
                field -> java.util.Collections.singletonList(text(ok(admin.getJson(target.path())), rename.getOrDefault(field, field))));
    }

    /** A field of a record as the API shows it, as text (null when absent or null). */
    private static String text(JsonObject json, String field) {
        JsonValue value = json.get(field);
        return value == null || value == JsonValue.NULL ? null : value instanceof JsonString s ? s.getString() : value.toString();
    }

    /** A create form of a page, posted as the browser posts it; {@code fields} gives one entry's values (round k). */
    private record CreateForm(String name, String page, String form, String button,
            java.util.function.IntFunction<Map<String, String>> fields) {
    }

    @Test
    void aCreateFormSentTwiceCreatesOneRecordAndTellsTheUser() throws Exception {
        URI uri = base.toURI();
        Fixture f = Fixture.create(uri);
        WebClient admin = Fixture.signedIn(uri, f.admin());
        // the pages in a session of their own (the REST session then stays small; see performance.md)
        WebClient browser = Fixture.signedIn(uri, f.admin());
        Map<String, Target> targets = targets(admin, f);
        long participant = idOf(ok(admin.getJson(targets.get("PUT /api/participants/{id}").path())));
        String followUp = targets.get("PUT /api/follow-ups/{id}/outcome").path().replace("api/follow-ups/", "").replace("/outcome", "");
        LocalDate today = LocalDate.now(SITE_A_ZONE);
        List<CreateForm> forms = List.of(
                new CreateForm("family member", "participant/participant.xhtml?id=" + participant, "family", "family:add",
                        k -> Map.of("family:name", "Twice Kinley " + k, "family:relationship", "Cousin")),
                new CreateForm("follow-up attempt", "aftercare/followup.xhtml?id=" + followUp, "attempt", "attempt:save",
                        // just after midnight of the site's today: never in the future, never before today's discharge
                        k -> Map.of("attempt:attemptedAt", today.toString(), "attempt:attemptTime", String.format("00:%02d", k),
                                "attempt:method", "PHONE", "attempt:note", "Voicemail " + k)),
                new CreateForm("accrediting body", "site/bodies.xhtml", "form", "form:add",
                        k -> Map.of("form:code", "T-" + f.suffix().substring(0, Math.min(6, f.suffix().length())).toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "") + "-" + k,
                                "form:name", "Twice Board " + f.suffix() + " " + k, "form:type", "CARF")));
        String twice = "This form was sent twice: it was saved once";
        List<String> failures = new ArrayList<>();
        List<String> outcomes = new ArrayList<>();
        AtomicInteger round = new AtomicInteger();
        for (CreateForm form : forms) {
            // one entry, posted once from a fresh page: what one create leaves in the tables
            JsonObject before = rows(admin);
            HttpResponse<String> single = browser.submitFrom(browser.get(form.page()), form.page(), form.form(), form.button(),
                    form.fields().apply(round.incrementAndGet()));
            long one = grown(before, rows(admin));
            if (one == 0 || single.statusCode() >= 400 || single.body().contains(twice)) {
                failures.add(form.name() + ": a single submit did not create (" + single.statusCode() + "): " + single.body());
                continue;
            }
            for (boolean parallel : new boolean[] {false, true}) {
                Map<String, String> fields = form.fields().apply(round.incrementAndGet());
                HttpResponse<String> view = browser.get(form.page());
                JsonObject start = rows(admin);
                List<HttpResponse<String>> answers = sentTwice(parallel,
                        () -> browser.submitFrom(view, form.page(), form.form(), form.button(), fields));
                long made = grown(start, rows(admin));
                long told = answers.stream().filter(answer -> answer.body().contains(twice)).count();
                String label = form.name() + (parallel ? " (two at once)" : " (sent again)");
                outcomes.add(label + ": " + answers.stream().map(HttpResponse::statusCode).toList() + ", " + made + " rows for "
                        + one + " per create, " + told + " told");
                if (made != one) {
                    failures.add(label + ": " + made + " rows for two copies of one submit, " + one + " for one create");
                }
                if (told != 1 || answers.stream().anyMatch(answer -> answer.statusCode() >= 500)) {
                    failures.add(label + ": expected one answer to say the form was sent twice: "
                            + answers.stream().map(answer -> answer.statusCode() + " " + answer.body()).toList());
                }
                if (!parallel && !answers.get(1).body().contains(twice)) {
                    failures.add(label + ": the copy sent again was not told");
                }
            }
        }
        outcomes.forEach(line -> System.out.println("[hostile] double submit form " + line));
        failures.forEach(line -> System.out.println("[hostile] double submit form FAILED " + line));
        assertThat(failures).isEmpty();
    }

    /** The same request sent twice: one after the other (a retry), or at the same moment (a double click). */
    private static List<HttpResponse<String>> sentTwice(boolean atOnce,
            java.util.concurrent.Callable<HttpResponse<String>> send) throws Exception {
        List<HttpResponse<String>> answers = new ArrayList<>();
        if (!atOnce) {
            answers.add(send.call());
            answers.add(send.call());
            return answers;
        }
        return TransitionRaces.atOnce(List.of(send, send));
    }

    private static long grown(JsonObject before, JsonObject after) {
        return after.keySet().stream().mapToLong(k -> after.getJsonNumber(k).longValue()
                - (before.containsKey(k) ? before.getJsonNumber(k).longValue() : 0)).sum();
    }

    // ---- uploads ----

    @Test
    void hostileUploadsAreRefusedOrKeptUnderASafeNameAndLeaveNothingWhenRefused() throws Exception {
        URI uri = base.toURI();
        Fixture f = Fixture.create(uri);
        WebClient admin = Fixture.signedIn(uri, f.admin());
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (HostileCorpus.Upload upload : HostileCorpus.uploads()) {
            String name = upload.fileName().equals("long-name") ? "n".repeat(400) + ".pdf" : upload.fileName();
            byte[] content = content(upload.content());
            JsonObject before = Json.object(admin.getJson("test-support/documents").body());
            HttpResponse<String> answer = admin.postBytes("test-support/documents?ownerType=Site&ownerId=" + f.siteA()
                    + "&siteId=" + f.siteA() + "&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8), content,
                    "application/pdf");
            String label = upload.content() + " as " + printable(name);
            if (answer.statusCode() >= 500 || answer.body().contains("Exception")) {
                failures.add(label + ": " + answer.statusCode());
                continue;
            }
            if (upload.expected().equals("refused")) {
                JsonObject after = Json.object(admin.getJson("test-support/documents").body());
                if (answer.statusCode() != 400 || !Json.object(answer.body()).getString("field").equals("file")) {
                    failures.add(label + ": not refused on the file field: " + answer.statusCode() + " " + answer.body());
                } else if (!before.equals(after)) {
                    failures.add(label + ": rows left behind " + before + " -> " + after);
                }
                outcomes.merge("refused on the file field", 1, Integer::sum);
                continue;
            }
            if (answer.statusCode() != 201) {
                failures.add(label + ": not stored: " + answer.statusCode() + " " + answer.body());
                continue;
            }
            JsonObject stored = Json.object(answer.body());
            String kept = stored.getString("name");
            if (kept.contains("/") || kept.contains("\\") || kept.chars().anyMatch(ch -> ch < 0x20 || ch == 0x202E)
                    || kept.length() > 255 || kept.startsWith(".")) {
                failures.add(label + ": unsafe stored name " + printable(kept));
            }
            HttpResponse<byte[]> download = admin.getBytes("documents/download?id=" + stored.getJsonNumber("id").longValue());
            String disposition = download.headers().firstValue("Content-Disposition").orElse("");
            if (download.statusCode() != 200 || !java.util.Arrays.equals(download.body(), content)
                    || !disposition.startsWith("attachment") || disposition.contains("/") || disposition.contains("\n")) {
                failures.add(label + ": download " + download.statusCode() + " " + disposition);
            }
            outcomes.merge("stored under a safe name, downloaded byte-identical as an attachment", 1, Integer::sum);
        }
        System.out.println("[hostile] uploads tried: " + HostileCorpus.uploads().size() + ", outcomes: " + outcomes);
        failures.forEach(line -> System.out.println("[hostile] upload " + line));
        assertThat(failures).isEmpty();
    }

    @Test
    void hostileExclusionListUploadsAnswerWithoutAServerError() throws Exception {
        URI uri = base.toURI();
        Fixture f = Fixture.create(uri);
        WebClient admin = Fixture.signedIn(uri, f.admin());
        int tried = 0;
        for (HostileCorpus.Upload upload : HostileCorpus.uploads()) {
            if (upload.content().equals("oversized")) {
                continue;
            }
            HttpResponse<String> answer = admin.postBytes("api/exclusions/lists?name="
                    + URLEncoder.encode(upload.fileName(), StandardCharsets.UTF_8), content(upload.content()), "text/csv");
            tried++;
            assertThat(answer.statusCode()).as(upload + " " + answer.body()).isLessThan(500);
            assertThat(answer.body()).as(upload.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        }
        System.out.println("[hostile] exclusion list uploads tried: " + tried + ", none answered 5xx");
    }

    private static byte[] content(String kind) {
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        return switch (kind) {
            case "pdf" -> pdf;
            case "png" -> new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
            case "html" -> "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
            case "svg" -> "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
            case "empty" -> new byte[0];
            case "oversized" -> new byte[20 * 1024 * 1024 + 1];
            case "pdf-header-then-html" -> "%PDF-1.4\n<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static String printable(String name) {
        StringBuilder out = new StringBuilder();
        name.chars().forEach(ch -> out.append(ch < 0x20 || ch > 0x7e ? String.format("\\u%04X", ch) : String.valueOf((char) ch)));
        return out.length() > 60 ? out.substring(0, 60) + "…" : out.toString();
    }
}
