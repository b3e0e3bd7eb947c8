package org.iopmanager.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.iopmanager.audit.entity.AuditEntry;
import org.iopmanager.platform.control.NpiCheck;
import org.iopmanager.security.control.PasswordHasher;
import org.iopmanager.security.entity.AppUser;
import org.iopmanager.security.entity.Role;
import org.iopmanager.site.entity.Site;
import org.iopmanager.staff.control.CredentialStatusRule;
import org.iopmanager.staff.entity.Credential;
import org.iopmanager.staff.entity.CredentialStatus;
import org.iopmanager.staff.entity.StaffMember;
import org.iopmanager.testsupport.Deployments;
import org.iopmanager.testsupport.Json;
import org.iopmanager.testsupport.TestDb;
import org.iopmanager.testsupport.WebClient;

/**
 * Bulk staff import against the real database, in one Payara Micro. Each test builds its own sites and users
 * (with a fresh suffix, so runs never collide), then calls the import service over HTTP as a signed-in user of a
 * role (test-support/staff-import) and checks what reached the database from inside the container.
 */
@ExtendWith(ArquillianExtension.class)
class StaffImportIT {

    private static final String PASSWORD = "Import-pass-2026!";
    private static final String HEADER = "first_name,last_name,date_of_birth,npi,email,discipline,home_site,sites,"
            + "employment_start,credential_type,credential_number,issuer,state,issue_date,expiry_date\n";

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

    private String suffix;
    private String siteA;
    private String siteB;

    @BeforeEach
    void sitesAndUsers() throws Exception {
        suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        siteA = "IA" + suffix;
        siteB = "IB" + suffix;
        String hash = new PasswordHasher(100_000).hash(PASSWORD.toCharArray());
        tx.begin();
        Site a = new Site(siteA, "Import site A", ZoneId.of("America/New_York"));
        db.em().persist(a);
        db.em().persist(new Site(siteB, "Import site B", ZoneId.of("America/Chicago")));
        for (Role role : Role.values()) {
            AppUser user = new AppUser(username(role), "Import " + role, role, Instant.now());
            user.changePasswordHash(hash, Instant.now());
            if (role == Role.SITE_ADMIN || role == Role.CLINICIAN) {
                user.setSites(Set.of(a));
            }
            db.em().persist(user);
        }
        tx.commit();
    }

    @Test
    void aDryRunReportsErrorsWithRowNumbersAndWritesNothing() throws Exception {
        String good = npi();
        String file = HEADER
                + row("Ada", good, "LCSW", siteA, siteB, "LCSW", "2027-01-01")
                + row("Ben", "1234567890", "LCSW", siteA, "", "LCSW", "2027-01-01")
                + row("Cy", npi(), "NOPE", "NOSITE", "", "NOTYPE", "2027-01-01");

        JsonObject report = post(Role.CREDENTIALING, "dryRun", file, 200);

        assertThat(report.getInt("rows")).isEqualTo(3);
        assertThat(report.getInt("validRows")).isEqualTo(1);
        assertThat(report.getInt("rowsWithErrors")).isEqualTo(2);
        assertThat(report.getInt("people")).isEqualTo(1);
        assertThat(report.getInt("credentials")).isEqualTo(1);
        assertThat(report.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getInt("row") + " " + e.getString("column") + " " + e.getString("key"))
                .containsExactly("3 npi staffImport.npi.invalid",
                        "4 discipline staffImport.discipline.unknown",
                        "4 home_site staffImport.home_site.unknown",
                        "4 credential_type staffImport.credential_type.unknown");
        assertThat(staffCalled("Ada")).isEmpty();
    }

    @Test
    void aValidFileCreatesStaffAndCredentialsPendingVerificationWithTheReasonInTheAudit() throws Exception {
        String adaNpi = npi();
        String file = HEADER
                + row("Ada", adaNpi, "LCSW", siteA, siteB, "LCSW", "2027-01-01")
                + row("Ada", adaNpi, "", "", "", "DEA", "2028-01-01")
                + row("Ben", "", "PEER", siteB, "", "", "");

        JsonObject result = post(Role.CREDENTIALING, "import", file, 200);

        assertThat(result.getInt("staffCreated")).isEqualTo(2);
        assertThat(result.getInt("credentialsAdded")).isEqualTo(2);
        StaffMember ada = staffCalled("Ada").get(0);
        assertThat(ada.getNpi()).isEqualTo(adaNpi);
        assertThat(ada.getHomeSite().getCode()).isEqualTo(siteA);
        assertThat(ada.getSites()).extracting(Site::getCode).containsExactlyInAnyOrder(siteA, siteB);
        assertThat(ada.getDiscipline().getCode()).isEqualTo("LCSW");
        List<Credential> credentials = db.em().createQuery("select c from Credential c where c.staff = :staff order by c.id",
                Credential.class).setParameter("staff", ada).getResultList();
        assertThat(credentials).extracting(c -> c.getType().getCode()).containsExactly("LCSW", "DEA");
        assertThat(credentials).extracting(c -> c.statusOn(CredentialStatusRule.DEFAULT, LocalDate.now()))
                .containsOnly(CredentialStatus.PENDING_VERIFICATION);
        assertThat(staffCalled("Ben")).hasSize(1);

        String reason = "Bulk import of staff-" + suffix + ".csv";
        assertThat(audit("StaffMember", ada.getId())).isNotEmpty().extracting(AuditEntry::getReason).containsOnly(reason);
        assertThat(audit("Credential", credentials.get(1).getId())).isNotEmpty().extracting(AuditEntry::getReason).containsOnly(reason);
        assertThat(audit("StaffMember", ada.getId())).extracting(AuditEntry::getActor).containsOnly(username(Role.CREDENTIALING));
    }

    @Test
    void theBackgroundImportOfThePageWritesAsTheCallerAndReportsProgress() throws Exception {
        String file = HEADER + row("Ada", npi(), "LCSW", siteA, "", "LCSW", "2027-01-01");

        JsonObject result = post(Role.ADMIN, "background", file, 200);

        assertThat(result.getInt("staffCreated")).isEqualTo(1);
        assertThat(result.getInt("percent")).as("all rows done").isEqualTo(100);
        StaffMember ada = staffCalled("Ada").get(0);
        assertThat(audit("StaffMember", ada.getId())).extracting(AuditEntry::getActor).containsOnly(username(Role.ADMIN));
    }

    @Test
    void aFileWithErrorsIsRefusedAndNothingIsWritten() throws Exception {
        String file = HEADER
                + row("Ada", npi(), "LCSW", siteA, "", "LCSW", "2027-01-01")
                + row("Ben", npi(), "LCSW", siteA, "", "LCSW", "2027-13-01");

        JsonObject refused = post(Role.ADMIN, "import", file, 400);

        assertThat(refused.getString("key")).isEqualTo("staffImport.file.hasErrors");
        assertThat(staffCalled("Ada")).isEmpty();
        assertThat(staffCalled("Ben")).isEmpty();
    }

    @Test
    void importingTheValidRowsLeavesOutTheRowsWithErrors() throws Exception {
        String adaNpi = npi();
        String file = HEADER
                + row("Ada", adaNpi, "LCSW", siteA, "", "LCSW", "2027-01-01")
                + row("Ada", adaNpi, "", "", "", "DEA", "not-a-date")
                + row("Ben", npi(), "NOPE", siteA, "", "LCSW", "2027-01-01")
                + row("Cy", "", "PEER", siteB, "", "", "");

        JsonObject result = post(Role.ADMIN, "importValid", file, 200);

        assertThat(result.getInt("staffCreated")).isEqualTo(2);
        assertThat(result.getInt("credentialsAdded")).isEqualTo(1);
        assertThat(result.getInt("rowsSkipped")).isEqualTo(2);
        assertThat(staffCalled("Ada")).hasSize(1);
        assertThat(staffCalled("Ben")).isEmpty();
        assertThat(staffCalled("Cy")).hasSize(1);
        assertThat(db.em().createQuery("select count(c) from Credential c where c.staff.npi = :npi", Long.class)
                .setParameter("npi", adaNpi).getSingleResult()).isEqualTo(1);

        JsonObject again = post(Role.ADMIN, "dryRun", file, 200);
        assertThat(again.getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("key"))
                .as("a second run finds the people on file").contains("staffImport.npi.onFile", "staffImport.person.onFile");
    }

    @Test
    void onlyTheCredentialingOfficeAndAdministratorsMayImport() throws Exception {
        String file = HEADER + row("Ada", npi(), "LCSW", siteA, "", "LCSW", "2027-01-01");
        for (Role role : List.of(Role.CLINICIAN, Role.SITE_ADMIN, Role.AUDITOR)) {
            JsonObject refused = post(role, "import", file, 403);
            assertThat(refused.getString("refused")).as(role.name()).isEqualTo("jakarta.ejb.EJBAccessException");
            post(role, "dryRun", file, 403);
        }
        assertThat(staffCalled("Ada")).isEmpty();
    }

    @Test
    void theImportPageRendersForTheCredentialingOfficeWithItsStableIds() throws Exception {
        WebClient client = new WebClient(base());
        client.loginOrFail(username(Role.CREDENTIALING), PASSWORD);

        HttpResponse<String> page = client.get("staff/import.xhtml");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"import\"", "import:file", "id=\"import:dryRun\"", "id=\"import:template\"",
                "menuStaffImport", "credential_number").doesNotContain("???");
    }

    // ---- helpers ----

    private String username(Role role) {
        return "imp-" + role.name().toLowerCase() + "-" + suffix.toLowerCase();
    }

    /** One CSV row: a person of this test (names carry the suffix) with an optional credential. */
    private String row(String firstName, String npi, String discipline, String home, String sites, String type, String expiry) {
        String credential = type.isEmpty() ? ",,,,," : type + "," + type + "-" + suffix + ",State board,MA,2024-01-01," + expiry;
        return firstName + "," + "Import" + suffix + ",1980-05-17," + npi + "," + firstName.toLowerCase() + "@example.org,"
                + discipline + "," + home + "," + sites + ",2024-02-01," + credential + "\n";
    }

    private JsonObject post(Role role, String mode, String csv, int status) throws Exception {
        WebClient client = new WebClient(base());
        client.loginOrFail(username(role), PASSWORD);
        HttpResponse<String> response = client.postBytes("test-support/staff-import?mode=" + mode + "&name=staff-" + suffix + ".csv",
                csv.getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(response.statusCode()).as(role + " " + mode + ": " + response.body()).isEqualTo(status);
        return Json.object(response.body());
    }

    /** This server over loopback, as the in-container test reached it. */
    private URI base() {
        return URI.create("http://127.0.0.1:" + request.getLocalPort() + request.getContextPath() + "/");
    }

    private List<StaffMember> staffCalled(String firstName) {
        db.em().clear();
        return db.em().createQuery("select s from StaffMember s where s.firstName = :first and s.lastName = :last",
                StaffMember.class).setParameter("first", firstName).setParameter("last", "Import" + suffix).getResultList();
    }

    private List<AuditEntry> audit(String type, Long id) {
        return db.em().createQuery("select a from AuditEntry a where a.entityType = :type and a.entityId = :id order by a.id",
                AuditEntry.class).setParameter("type", type).setParameter("id", String.valueOf(id)).getResultList();
    }

    private static String npi() {
        String nine = "1" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        return nine + NpiCheck.checkDigit(nine);
    }
}
