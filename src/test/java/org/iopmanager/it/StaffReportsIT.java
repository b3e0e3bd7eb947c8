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
import jakarta.transaction.UserTransaction;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.iopmanager.audit.entity.AuditEntry;
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
import org.iopmanager.testsupport.TestDb;
import org.iopmanager.testsupport.WebClient;

/**
 * Staff reports in one Payara Micro: the expiring-credentials list and its exports, the credential file PDF and
 * the credentialing due page, as real users of each role over HTTP, on staff and credentials each test builds
 * for itself at two fresh sites (A in New York, B in Los Angeles).
 */
@ExtendWith(ArquillianExtension.class)
class StaffReportsIT {

    private static final long LCSW_DISCIPLINE = 104;
    private static final long LCSW_TYPE = 206;
    private static final long BLS_TYPE = 219;

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    TestDb db;

    @Resource
    UserTransaction tx;

    @Inject
    ExpiringCredentials expiringCredentials;

    @ArquillianResource
    URL base;

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
        String text = pdfText(file.body());
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

    // ---- helpers ----

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

    private static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    private Fixture fixture() throws Exception {
        return Fixture.create(base.toURI());
    }

    private WebClient signedIn(String username) throws Exception {
        return Fixture.signedIn(base.toURI(), username);
    }
}
