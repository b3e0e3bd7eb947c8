package org.iopmanager.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.iopmanager.audit.entity.AuditAction;
import org.iopmanager.audit.entity.AuditEntry;
import org.iopmanager.platform.control.NpiCheck;
import org.iopmanager.site.entity.Site;
import org.iopmanager.staff.entity.Discipline;
import org.iopmanager.staff.entity.ExclusionList;
import org.iopmanager.staff.entity.MatchBasis;
import org.iopmanager.staff.entity.MatchStatus;
import org.iopmanager.staff.entity.Screening;
import org.iopmanager.staff.entity.ScreeningMatch;
import org.iopmanager.staff.entity.ScreeningResult;
import org.iopmanager.staff.entity.StaffMember;
import org.iopmanager.testsupport.Deployments;
import org.iopmanager.testsupport.Fixture;
import org.iopmanager.testsupport.Json;
import org.iopmanager.testsupport.TestDb;
import org.iopmanager.testsupport.WebClient;

/**
 * Exclusion screening in the container: test data goes in through the entity manager, the facade is called
 * over HTTP as real signed-in users of each role (test-support/exclusions), and the outcome is read back from
 * the database. Every test imports its own LEIE file with people of its own, so none depends on another.
 */
@ExtendWith(ArquillianExtension.class)
class ExclusionsIT {

    private static final String HEADER = "LASTNAME,FIRSTNAME,MIDNAME,BUSNAME,GENERAL,SPECIALTY,UPIN,NPI,DOB,ADDRESS,CITY,"
            + "STATE,ZIP,EXCLTYPE,EXCLDATE,REINDATE,WAIVERDATE,WVRSTATE\r\n";

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    TestDb db;

    @Resource
    UserTransaction tx;

    @Inject
    HttpServletRequest request;

    @Test
    void screeningFindsAnNpiAndANameMatchAndConfirmExcludesWhileDismissNeedsAReason() throws Exception {
        Fixture f = fixture();
        String s = letters();
        String npi = npi();
        StaffMember byNpi = staff(f.siteA(), "Alex", null, "Byrne" + s, LocalDate.of(1975, 6, 1), npi);
        StaffMember byName = staff(f.siteA(), "José", "María", "Núñez-Ortiz" + s, LocalDate.of(1971, 4, 12), null);
        StaffMember clear = staff(f.siteA(), "Pat", null, "Clearwater" + s, LocalDate.of(1980, 1, 1), npi());
        String csv = HEADER
                + row("SOMEONE ELSE" + s, "ROBIN", "", npi, "19600101")
                + row("NUNEZ ORTIZ" + s.toUpperCase(), "JOSE", "M", "0000000000", "19710412")
                + row("CLEARWATER" + s.toUpperCase(), "PAT", "", "0", "19800102")
                + "\"\",\"\",\"\",\"ACME REHAB, LLC\",\"OTHER BUSINESS\",\"\",\"\",\"0\",\"\",\"\",\"\",\"\",\"\",\"1128a1\",\"20200101\",\"\",\"\",\"\"\r\n"
                + "\"BROKEN\",\"ROW\"\r\n";
        WebClient credentialing = signedIn(f.credentialing());

        JsonObject imported = post(credentialing, "import&name=UPDATED.csv", csv, 200);
        assertThat(imported.getInt("rows")).isEqualTo(4);
        assertThat(imported.getInt("errors")).isEqualTo(1);
        assertThat(imported.getJsonArray("problems").getString(0)).isEqualTo("6:FIELD_COUNT");

        JsonObject run = post(credentialing, "screen", "", 200);
        assertThat(run.getInt("possibleMatches")).isGreaterThanOrEqualTo(2);
        long runId = run.getJsonNumber("runId").longValue();
        assertThat(screening(runId, byNpi).getResult()).isEqualTo(ScreeningResult.POSSIBLE_MATCH);
        assertThat(screening(runId, byName).getResult()).isEqualTo(ScreeningResult.POSSIBLE_MATCH);
        assertThat(screening(runId, clear).getResult()).as("same name, other birth date").isEqualTo(ScreeningResult.CLEAR);
        assertThat(matchesOf(clear)).isEmpty();
        ScreeningMatch npiMatch = matchesOf(byNpi).get(0);
        ScreeningMatch nameMatch = matchesOf(byName).get(0);
        assertThat(npiMatch.getBasis()).isEqualTo(MatchBasis.NPI);
        assertThat(nameMatch.getBasis()).isEqualTo(MatchBasis.NAME_DOB);
        db.em().clear();
        StaffMember screened = db.em().find(StaffMember.class, clear.getId());
        assertThat(screened.getLastScreenedOn()).isNotNull();
        assertThat(screened.getVersion()).as("the screening date is a change like any other").isEqualTo(clear.getVersion() + 1);
        assertThat(auditOf("StaffMember", clear.getId())).filteredOn(a -> a.getAction() == AuditAction.UPDATE).singleElement()
                .satisfies(line -> {
                    assertThat(line.getDetail()).isEqualTo("{\"before\":{\"lastScreenedOn\":null},\"after\":{\"lastScreenedOn\":\""
                            + screened.getLastScreenedOn() + "\"}}");
                    assertThat(line.getActor()).isEqualTo(f.credentialing());
                    assertThat(line.getReason()).startsWith("Exclusion screening against OIG_LEIE UPDATED.csv");
                });
        Screening clearScreening = screening(runId, clear);
        assertThat(clearScreening.getScreenedOn()).isEqualTo(screened.getLastScreenedOn());
        assertThat(auditOf("Screening", clearScreening.getId())).singleElement().satisfies(line -> {
            assertThat(line.getAction()).isEqualTo(AuditAction.CREATE);
            assertThat(line.getSummary()).isEqualTo("CREATE Screening " + clearScreening.getId());
            assertThat(line.getDetail()).isEqualTo("{\"after\":{\"run\":\"" + runId + "\",\"staff\":\"" + clear.getId()
                    + "\",\"list\":\"" + clearScreening.getList().getId() + "\",\"screenedOn\":\"" + screened.getLastScreenedOn()
                    + "\",\"result\":\"CLEAR\"}}");
        });

        assertThat(post(credentialing, decision("dismiss", npiMatch, " "), "", 400).getString("field")).isEqualTo("reason");
        assertThat(post(credentialing, decision("dismiss", npiMatch, "NPI typo in the LEIE: other name, other DOB"), "", 200)
                .getString("status")).isEqualTo("DISMISSED");
        assertThat(post(credentialing, decision("confirm", nameMatch, "Same person: SSN checked with the OIG"), "", 200)
                .getString("status")).isEqualTo("CONFIRMED");

        db.em().clear();
        assertThat(db.em().find(StaffMember.class, byNpi.getId()).isExcluded()).isFalse();
        assertThat(db.em().find(StaffMember.class, byName.getId()).isExcluded()).isTrue();
        assertThat(db.em().find(ScreeningMatch.class, npiMatch.getId()).getReviewedBy()).isEqualTo(f.credentialing());
        assertThat(auditOf("StaffMember", byName.getId()))
                .filteredOn(a -> a.getAction() == AuditAction.UPDATE && a.getDetail().contains("\"excluded\":\"true\""))
                .singleElement().extracting(AuditEntry::getReason).isEqualTo("Same person: SSN checked with the OIG");
        assertThat(auditOf("ScreeningMatch", npiMatch.getId())).extracting(AuditEntry::getReason)
                .contains("NPI typo in the LEIE: other name, other DOB");

        JsonObject again = post(credentialing, "screen", "", 200);
        assertThat(again.getInt("newMatches")).as("reviewed matches are not raised again").isZero();
        assertThat(screening(again.getJsonNumber("runId").longValue(), byNpi).getResult()).isEqualTo(ScreeningResult.CLEAR);
        assertThat(auditOf("StaffMember", clear.getId())).as("screened again the same day: the date does not change")
                .filteredOn(a -> a.getAction() == AuditAction.UPDATE).hasSize(1);
        assertThat(db.em().createQuery("select count(c) from Screening c where c.run.id = :run", Long.class)
                .setParameter("run", again.getJsonNumber("runId").longValue()).getSingleResult())
                .as("one screening for every active staff member").isEqualTo(again.getInt("screened"));
    }

    @Test
    void otherRolesCannotImportScreenOrDecide() throws Exception {
        Fixture f = fixture();
        String s = letters();
        StaffMember member = staff(f.siteA(), "Kim", null, "Refused" + s, LocalDate.of(1969, 3, 3), null);
        WebClient credentialing = signedIn(f.credentialing());
        post(credentialing, "import&name=roles.csv", HEADER + row("REFUSED" + s.toUpperCase(), "KIM", "", "", "19690303"), 200);
        post(credentialing, "screen", "", 200);
        ScreeningMatch match = matchesOf(member).get(0);
        String csv = HEADER + row("OTHER" + s.toUpperCase(), "LEE", "", "", "19500101");

        for (String user : List.of(f.clinicianA(), f.siteAdminA(), f.auditor())) {
            WebClient client = signedIn(user);
            assertThat(status(client, "import&name=x.csv", csv)).as(user + " import").isEqualTo(403);
            assertThat(status(client, "screen", "")).as(user + " screen").isEqualTo(403);
            assertThat(status(client, decision("confirm", match, "because"), "")).as(user + " confirm").isEqualTo(403);
        }
        db.em().clear();
        assertThat(db.em().find(ScreeningMatch.class, match.getId()).getStatus()).isEqualTo(MatchStatus.OPEN);
        assertThat(db.em().find(StaffMember.class, member.getId()).isExcluded()).isFalse();
        assertThat(signedIn(f.auditor()).get("staff/screening.xhtml").statusCode()).isEqualTo(200);
        assertThat(signedIn(f.clinicianA()).get("staff/screening.xhtml").statusCode()).isEqualTo(403);
    }

    @Test
    void aReimportIsANewCurrentVersionAndEarlierScreeningsKeepTheirOwn() throws Exception {
        Fixture f = fixture();
        String s = letters();
        String npi = npi();
        StaffMember member = staff(f.siteA(), "Dana", null, "Versions" + s, LocalDate.of(1982, 9, 9), npi);
        WebClient credentialing = signedIn(f.credentialing());
        String first = HEADER + row("VERSIONS" + s.toUpperCase(), "DANA", "", npi, "19820909");
        long firstList = post(credentialing, "import&name=LEIE-1.csv", first, 200).getJsonNumber("listId").longValue();
        long firstRun = post(credentialing, "screen", "", 200).getJsonNumber("runId").longValue();
        assertThat(post(credentialing, "import&name=again.csv", first, 400).getString("key")).isEqualTo("exclusion.file.same");

        String second = HEADER + row("SOMEBODY" + s.toUpperCase(), "ELSE", "", "", "19500101");
        long secondList = post(credentialing, "import&name=LEIE-2.csv", second, 200).getJsonNumber("listId").longValue();
        long secondRun = post(credentialing, "screen", "", 200).getJsonNumber("runId").longValue();

        db.em().clear();
        assertThat(db.em().find(ExclusionList.class, firstList).isCurrent()).isFalse();
        assertThat(db.em().find(ExclusionList.class, secondList).isCurrent()).isTrue();
        assertThat(screening(firstRun, member).getList().getId()).isEqualTo(firstList);
        assertThat(screening(firstRun, member).getResult()).isEqualTo(ScreeningResult.POSSIBLE_MATCH);
        assertThat(screening(secondRun, member).getList().getId()).isEqualTo(secondList);
        assertThat(screening(secondRun, member).getResult()).isEqualTo(ScreeningResult.CLEAR);

        ScreeningMatch open = matchesOf(member).get(0);
        post(credentialing, decision("dismiss", open, "Another Dana Versions: different state and middle name"), "", 200);
        String third = HEADER + row("VERSIONS" + s.toUpperCase(), "DANA", "", npi, "19820909")
                + row("THIRD" + s.toUpperCase(), "LIST", "", "", "19600101");
        post(credentialing, "import&name=LEIE-3.csv", third, 200);
        long thirdRun = post(credentialing, "screen", "", 200).getJsonNumber("runId").longValue();
        assertThat(screening(thirdRun, member).getResult()).as("a dismissed person stays dismissed in next month's file")
                .isEqualTo(ScreeningResult.CLEAR);
        assertThat(matchesOf(member)).hasSize(1);
        assertThat(credentialing.get("staff/screening.xhtml").body()).as("the page shows the current version")
                .contains("LEIE-3.csv").contains("leieProgress");
        assertThat(post(credentialing, "import&name=empty.csv", "name,dob\n", 400).getString("key"))
                .isEqualTo("exclusion.file.header");
    }

    // ---- helpers ----

    private static String row(String last, String first, String middle, String npi, String dob) {
        return String.join(",", q(last), q(first), q(middle), q(""), q("INDIVIDUAL"), q("COUNSELOR"), q(""), q(npi), q(dob),
                q("1 MAIN ST, APT 2"), q("DAYTON"), q("OH"), q("45402"), q("1128b4"), q("20190301"), q("00000000"),
                q("00000000"), q("")) + "\r\n";
    }

    private static String q(String value) {
        return "\"" + value + "\"";
    }

    private static String decision(String action, ScreeningMatch match, String reason) {
        return action + "&id=" + match.getId() + "&version=" + match.getVersion() + "&reason="
                + URLEncoder.encode(reason, StandardCharsets.UTF_8);
    }

    private JsonObject post(WebClient client, String query, String body, int expected) {
        HttpResponse<String> response = client.postBytes("test-support/exclusions?action=" + query,
                body.getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(response.statusCode()).as(query + ": " + response.body()).isEqualTo(expected);
        return Json.object(response.body());
    }

    private int status(WebClient client, String query, String body) {
        return client.postBytes("test-support/exclusions?action=" + query, body.getBytes(StandardCharsets.UTF_8), "text/csv")
                .statusCode();
    }

    private Screening screening(long runId, StaffMember member) {
        return db.em().createQuery("select c from Screening c join fetch c.list where c.run.id = :run and c.staff.id = :staff",
                Screening.class).setParameter("run", runId).setParameter("staff", member.getId()).getSingleResult();
    }

    private List<ScreeningMatch> matchesOf(StaffMember member) {
        db.em().clear();
        return db.em().createQuery("select m from ScreeningMatch m where m.staff.id = :staff order by m.id", ScreeningMatch.class)
                .setParameter("staff", member.getId()).getResultList();
    }

    private List<AuditEntry> auditOf(String type, Long id) {
        return db.em().createQuery("select a from AuditEntry a where a.entityType = :type and a.entityId = :id order by a.id",
                AuditEntry.class).setParameter("type", type).setParameter("id", String.valueOf(id)).getResultList();
    }

    private StaffMember staff(long siteId, String first, String middle, String last, LocalDate dob, String npi) throws Exception {
        tx.begin();
        Site site = db.em().find(Site.class, siteId);
        StaffMember details = new StaffMember();
        details.setFirstName(first);
        details.setMiddleName(middle);
        details.setLastName(last);
        details.setDateOfBirth(dob);
        details.setNpi(npi);
        details.setEmploymentStart(LocalDate.of(2020, 1, 6));
        StaffMember member = new StaffMember(Instant.now());
        member.copyDetailsFrom(details);
        member.setDiscipline(db.em().find(Discipline.class, 104L));
        member.setHomeSite(site);
        member.setSites(new java.util.LinkedHashSet<>(Set.of(site)));
        db.em().persist(member);
        tx.commit();
        return member;
    }

    /** A valid NPI nobody else in this database has (random body, Luhn check digit). */
    private static String npi() {
        String body = "1" + String.format("%08d", (long) (Math.random() * 100_000_000));
        return body + NpiCheck.checkDigit(body);
    }

    /** A suffix of letters only: name keys drop digits, so a numeric suffix would not tell people apart. */
    private static String letters() {
        StringBuilder text = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            text.append((char) ('a' + Character.digit(c, 16)));
        }
        return text.toString();
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + request.getLocalPort() + request.getContextPath() + "/");
    }

    private Fixture fixture() {
        return Fixture.create(base());
    }

    private WebClient signedIn(String username) {
        return Fixture.signedIn(base(), username);
    }
}
