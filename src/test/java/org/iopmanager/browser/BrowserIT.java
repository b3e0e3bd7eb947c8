package org.iopmanager.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.iopmanager.demo.control.DemoData;
import org.iopmanager.testsupport.Deployments;
import org.iopmanager.testsupport.Fixture;
import org.iopmanager.testsupport.Staffing;
import org.iopmanager.testsupport.WebClient;

/** The journeys users take, in headless Chromium with the real CSP on and no console errors. */
@ExtendWith(ArquillianExtension.class)
class BrowserIT {

    private static final String[] MENU = {"nav:menuHome", "nav:menuSites", "nav:menuClinical", "nav:menuUsers", "nav:menuAudit"};

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    private Browser browser;
    private LoginPage login;

    @BeforeEach
    void open() throws Exception {
        browser = Browser.open(base.toString());
        login = new LoginPage(browser);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            assertThat(browser.consoleErrors()).as("browser console errors (CSP, scripts)").isEmpty();
            browser.close();
        }
    }

    @Test
    void eachDemoRoleSignsInAndSeesItsMenu() {
        Map<String, String> expected = Map.of(
                "admin", "nav:menuHome nav:menuSites nav:menuClinical nav:menuUsers nav:menuAudit",
                "siteadmin", "nav:menuHome nav:menuSites nav:menuClinical",
                "credentialing", "nav:menuHome nav:menuSites",
                "clinician", "nav:menuHome nav:menuSites nav:menuClinical",
                "auditor", "nav:menuHome nav:menuSites nav:menuClinical nav:menuAudit");
        Map<String, String> roleLabels = Map.of("admin", "Provider administrator", "siteadmin", "Site administrator",
                "credentialing", "Credentialing staff", "clinician", "Clinician", "auditor", "Auditor");
        expected.forEach((user, menu) -> {
            login.open().signInAndWait(user, DemoData.PASSWORD);
            for (String item : MENU) {
                assertThat(browser.has(item)).as(user + " sees " + item).isEqualTo(menu.contains(item));
            }
            assertThat(browser.find("currentRole").getText()).isEqualTo(roleLabels.get(user));
            assertThat(browser.text()).contains("Welcome, " + user).contains("What is due for you");
            login.signOut();
            assertThat(browser.text()).contains("You are signed out.");
        });
    }

    @Test
    void aWrongPasswordShowsAnErrorAndNoWayIn() {
        login.open().signIn("admin", "not-the-password");
        browser.waitForText("User name or password is wrong.");
        assertThat(browser.has("nav:menu")).isFalse();
    }

    @Test
    void aProtectedPageWithoutSignInGoesToSignInAndThenOnToThePage() {
        browser.go("site/sites.xhtml");
        browser.waitForUrl("login.xhtml");
        login.signIn("siteadmin", DemoData.PASSWORD);
        browser.waitForUrl("site/sites.xhtml");
        assertThat(browser.find("form:sites").getText()).contains("Harbor North (Boston)").doesNotContain("Harbor Loop (Chicago)");
    }

    @Test
    void aUserLockedOutOnTheSixthTryIsUnlockedGivenANewRoleAndChangesTheirPassword() {
        String name = "browser" + UUID.randomUUID().toString().substring(0, 6);
        String password = "river stone quiet morning";
        login.open().signInAndWait("admin", DemoData.PASSWORD);
        browser.click("nav:menuUsers");
        browser.click("form:new");
        browser.type("form:username", name);
        browser.type("form:displayName", "Browser Tester");
        browser.choose("form:role", "Auditor");
        browser.type("form:password", "short");
        browser.type("form:passwordRepeat", "short");
        browser.click("form:save");
        browser.waitForText("At least 12 characters.");
        browser.type("form:password", password);
        browser.type("form:passwordRepeat", password);
        browser.click("form:save");
        browser.waitForText("User " + name + " created.");
        login.signOut();

        for (int attempt = 1; attempt <= 5; attempt++) {
            login.open().signIn(name, "wrong password " + attempt);
            browser.find("login:messages");
        }
        login.open().signIn(name, password);
        browser.waitForText("This account is locked after too many failed sign-ins.");

        login.open().signInAndWait("admin", DemoData.PASSWORD);
        browser.click("nav:menuUsers");
        browser.type("form:text", name);
        browser.click("form:search");
        browser.waitForText("Browser Tester");
        browser.clickLink(name);
        browser.click("form:unlock");
        browser.waitForText("User " + name + " unlocked.");
        browser.choose("form:role", "Clinician");
        browser.choose("form:sites", "Harbor North (Boston)");
        browser.click("form:saveEdit");
        browser.waitForText("Saved.");
        browser.waitForUrl("security/users.xhtml");
        assertThat(browser.textOf("form:users")).contains(name).contains("Clinician").contains("BOS-N");
        login.signOut();

        login.open().signInAndWait(name, password);
        assertThat(browser.find("currentRole").getText()).isEqualTo("Clinician");
        assertThat(browser.has("nav:menuAudit")).isFalse();
        browser.click("account:password");
        String newPassword = "lantern harbor evening tide";
        browser.type("form:current", password);
        browser.type("form:password", newPassword);
        browser.type("form:repeat", newPassword);
        browser.click("form:change");
        browser.waitForText("Your password is changed.");
        login.signOut();

        login.open().signIn(name, password);
        browser.waitForText("User name or password is wrong.");
        login.open().signInAndWait(name, newPassword);
        assertThat(browser.text()).contains("Welcome, " + name);
    }

    @Test
    void anAdministratorRegistersASiteAndItsAccreditationAndSeesItInTheMatrixAndTheDueList() {
        String code = "BR" + UUID.randomUUID().toString().substring(0, 4).toUpperCase(java.util.Locale.ROOT);
        String name = "Browser Test Site " + code;
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("America/Denver"));
        login.open().signInAndWait("admin", DemoData.PASSWORD);
        browser.click("nav:menuSites");
        browser.click("form:new");
        browser.type("form:code", code);
        browser.type("form:name", name);
        browser.type("form:city", "Cheyenne");
        browser.select("form:state", "WY");
        browser.select("form:timeZone", "America/Denver");
        browser.type("form:npi", "1234567890");
        browser.choose("form:programmes", "Adult IOP");
        browser.click("form:save");
        browser.waitForText("Not a valid NPI");
        browser.type("form:npi", "1234567893");
        browser.click("form:save");
        browser.waitForText("Site " + name + " created.");

        browser.click("form:addRecord");
        browser.select("form:body", "CARF International");
        browser.choose("form:kind", "Accreditation");
        browser.choose("form:programmes", "Adult IOP");
        browser.type("form:number", "CARF-BH-777001");
        browser.select("form:status", "Accredited / licensed");
        browser.select("form:awardLength", "Three-year");
        browser.click("form:save");
        browser.waitForText("An accredited or provisional record needs its decision date.");
        browser.date("form:decisionDate", today.minusYears(3).plusDays(30));
        browser.date("form:effectiveDate", today.minusYears(3).plusDays(45));
        browser.date("form:expiryDate", today.plusDays(45));
        browser.click("form:save");
        browser.waitForText("Saved.");
        assertThat(browser.textOf("form:records")).contains("CARF International").contains("CARF-BH-777001")
                .contains("(45 days)");

        browser.click("nav:menuReadiness");
        browser.select("form:state", "WY");
        browser.click("form:search");
        String matrix = browser.waitForTextIn("form:matrix", name, "Harbor North (Boston)");
        assertThat(matrix).contains("Accredited / licensed").contains("(45 days)");
        browser.click("form:exportCsv");
        assertThat(browser.downloaded("readiness.csv")).contains(name).contains("Accredited / licensed (45 days)")
                .doesNotContain("Harbor North (Boston)");

        browser.click("nav:menuHome");
        assertThat(browser.textOf("dueItems")).contains("CARF International at " + name + " expires")
                .contains(today.plusDays(45).toString());
    }

    @Test
    void anAdministratorRecordsASurveyWithAFindingAndAPlanUploadsEvidenceAndSeesThePlanDue() throws Exception {
        String ref = "LD.04.01.05 EP " + UUID.randomUUID().toString().substring(0, 4);
        String site = "Harbor Front Range (Denver)";
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("America/Denver"));
        login.open().signInAndWait("admin", DemoData.PASSWORD);
        browser.click("nav:menuSites");
        browser.clickLink("DEN-F");
        browser.click("form:addSurvey");
        browser.select("form:body", "The Joint Commission");
        browser.select("form:type", "Focused");
        browser.type("form:surveyors", "K. Mensah");
        browser.date("form:surveyDate", today.plusDays(1));
        browser.click("form:save");
        browser.waitForText("A survey date cannot be in the future.");
        browser.date("form:surveyDate", today.minusDays(60));
        browser.date("form:reportDate", today.minusDays(50));
        browser.click("form:save");
        browser.waitForText("Survey of The Joint Commission recorded.");

        browser.click("form:addFinding");
        browser.type("form:standardRef", ref);
        browser.select("form:level", "High");
        browser.type("form:text", "Leaders did not act on the last two quarters' measurement data.");
        browser.click("form:save");
        browser.waitForText("Saved.");
        browser.type("plan:actions", "Quarterly performance review with minutes and owners.");
        browser.click("plan:savePlan");
        browser.waitForText("Choose who owns the plan.");
        browser.select("plan:owner", "Alex Morgan (admin)");
        browser.click("plan:savePlan");
        browser.waitForText("Saved.");
        assertThat(browser.find("plan:dueDate").getAttribute("value")).as("report date + 60 days").isEqualTo(today.plusDays(10).toString());

        String name = "esc-" + UUID.randomUUID().toString().substring(0, 6) + ".pdf";
        java.nio.file.Path pdf = java.nio.file.Files.createTempDirectory("iop-evidence").resolve(name);
        java.nio.file.Files.write(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        browser.upload("planEvidence", pdf);
        browser.click("planEvidence:upload");
        browser.waitForText(name + " uploaded.");
        assertThat(browser.find("planEvidence:documents").getText()).contains(name);

        browser.click("nav:menuHome");
        assertThat(browser.find("dueItems").getText()).contains("Plan of correction (The Joint Commission " + ref + ") at " + site)
                .contains(today.plusDays(10).toString());
    }

    @Test
    void theAuditTrailShowsSignInsToAuditors() {
        login.open().signInAndWait("clinician", DemoData.PASSWORD);
        login.signOut();
        login.open().signInAndWait("auditor", DemoData.PASSWORD);
        browser.click("nav:menuAudit");
        browser.type("form:actor", "clinician");
        browser.click("form:search");
        browser.waitForText("Signed out");
        assertThat(browser.textOf("form:entries")).contains("clinician").contains("Signed in").contains("Signed out");
    }

    @Test
    void theCredentialingOfficeClaimsAndVerifiesWithEvidenceThenDecidesAndSeesClearanceChange() throws Exception {
        java.nio.file.Path evidence = java.nio.file.Files.createTempFile("board-lookup", ".pdf");
        java.nio.file.Files.writeString(evidence, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
        login.open().signInAndWait("credentialing", DemoData.PASSWORD);
        browser.go("staff/worklist.xhtml");
        browser.select("work:site", "CHI-L");
        browser.select("work:reason", "New, never verified");
        browser.click("work:search");
        browser.waitForTextIn("work:items", "O'Brien, Daniel", "Garcia, Sofia");
        browser.clickInRow("work:items", "O'Brien, Daniel", "claim");
        browser.waitForText("is assigned to you.");
        assertThat(browser.waitForTextIn("work:items", "credentialing", null)).contains("O'Brien, Daniel");

        browser.clickInRow("work:items", "O'Brien, Daniel", "verify");
        browser.waitForText("Record a primary-source verification");
        browser.select("verification:outcome", "Verified");
        browser.type("verification:reference", "IDFPR look-up: active, no discipline");
        browser.upload("verification", evidence);
        browser.click("verification:record");
        browser.waitForText("Verification of O'Brien, Daniel · LADC 180.008812 recorded.");
        assertThat(browser.textOf("work:items")).doesNotContain("O'Brien, Daniel");

        browser.click("nav:menuStaff");
        browser.type("form:text", "Brien");
        browser.click("form:search");
        browser.clickLink("O'Brien, Daniel");
        browser.waitForText("Clearance");
        assertThat(browser.textOf("clearance:answers")).contains("Credentialing pending: no decision yet.");
        assertThat(browser.textOf("verifications:list")).contains("IDFPR look-up").contains("board-lookup");

        browser.click("decision:addDecision");
        browser.select("decision:outcome", "Approved");
        browser.type("decision:reason", "Clean file, approved by the medical director");
        browser.click("decision:saveDecision");
        browser.waitForText("Decision recorded.");
        String clearance = browser.waitForTextIn("clearance:answers", "Allowed by LADC 180.008812", "Credentialing pending");
        assertThat(clearance).contains("Individual counselling Yes").contains("Medication management No");
        assertThat(browser.textOf("history:list")).contains("Clean file, approved by the medical director")
                .contains("Primary-source verification: VERIFIED");

        browser.clickInRow("credentials:list", "180.008812", "edit");
        browser.waitForText("Edit credential");
        browser.upload("credential", evidence);
        browser.click("credential:upload");
        browser.waitForTextIn("credential:documents", "board-lookup", null);
    }

    @Test
    void anLeieFileWithOneTrueAndOneFalseMatchIsScreenedConfirmedAndDismissed() throws Exception {
        String wrightNpi = "170011076" + org.iopmanager.platform.control.NpiCheck.checkDigit("170011076");
        java.nio.file.Path file = java.nio.file.Files.createTempFile("LEIE-" + UUID.randomUUID().toString().substring(0, 6), ".csv");
        java.nio.file.Files.writeString(file, "LASTNAME,FIRSTNAME,MIDNAME,BUSNAME,GENERAL,SPECIALTY,UPIN,NPI,DOB,ADDRESS,CITY,"
                + "STATE,ZIP,EXCLTYPE,EXCLDATE,REINDATE,WAIVERDATE,WVRSTATE\n"
                + "WRIGHT,TOM,,,IND- LIC HC SERV PRO,COUNSELOR,," + wrightNpi + ",19600101,1 MAIN ST,LOWELL,MA,01852,"
                + "1128a3,20241101,00000000,00000000,\n"
                + "CHEN,MARCUS,A,,IND- LIC HC SERV PRO,NURSE,,0000000000,19790702,9 PINE RD,RENO,NV,89501,1128b4,"
                + "20230505,00000000,00000000,\n");
        login.open().signInAndWait("credentialing", DemoData.PASSWORD);
        browser.go("staff/screening.xhtml");
        browser.upload("upload", file);
        browser.click("upload:import");
        browser.waitForText("Imported 2 rows; 0 lines skipped.");
        browser.click("screen:screenAll");
        browser.waitForText("with a possible match");
        browser.waitForTextIn("queue:matches", "Thomas Wright", null);
        assertThat(browser.textOf("queue:matches")).contains("Marcus Chen");

        browser.clickInRow("queue:matches", "Thomas Wright", "select");
        browser.type("review:reason", "Same NPI; OIG confirms the exclusion");
        browser.click("review:confirm");
        browser.waitForText("Thomas Wright is now excluded.");
        browser.clickInRow("queue:matches", "Marcus Chen", "select");
        browser.click("review:dismiss");
        browser.waitForText("Give the reason for this decision.");
        browser.type("review:reason", "Different middle name and state; our Marcus Chen has no middle name");
        browser.click("review:dismiss");
        browser.waitForText("dismissed as a false positive");

        browser.click("nav:menuStaff");
        browser.click("form:excludedOnly");
        browser.click("form:search");
        String excluded = browser.waitForTextIn("form:staff", "Wright, Thomas", "Chen, Marcus");
        assertThat(excluded).contains("Excluded");
        browser.clickLink("Wright, Thomas");
        browser.waitForText("Clearance");
        assertThat(browser.textOf("clearance:answers")).contains("Excluded (confirmed exclusion-list match).");
        assertThat(browser.textOf("screenings:list")).contains("Possible match").contains(file.getFileName().toString());
    }

    @Test
    void staffImportedFromCsvAfterADryRunArriveOnTheWorkList() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 5).toUpperCase(java.util.Locale.ROOT);
        String nine = "1" + String.format("%08d", Math.abs(tag.hashCode()) % 100_000_000);
        String npi = nine + org.iopmanager.platform.control.NpiCheck.checkDigit(nine);
        String header = "first_name,last_name,date_of_birth,npi,email,discipline,home_site,sites,employment_start,"
                + "credential_type,credential_number,issuer,state,issue_date,expiry_date\n";
        String good = "Imani,Okafor" + tag + ",1990-03-04," + npi + ",imani@example.org,LCSW,BOS-N,BOS-N;CHI-L,2026-01-05,"
                + "LCSW,LCSW-" + tag + ",Massachusetts Board of Social Work,MA,2020-01-01,2028-01-01\n"
                + "Imani,Okafor" + tag + ",1990-03-04," + npi + ",imani@example.org,LCSW,BOS-N,BOS-N;CHI-L,2026-01-05,"
                + "BLS,BLS-" + tag + ",American Heart Association,,2025-06-01,2027-06-01\n";
        java.nio.file.Path bad = java.nio.file.Files.createTempFile("staff-bad", ".csv");
        java.nio.file.Files.writeString(bad, header + good + "Lee,Nobody" + tag + ",1991-13-01,1234567890,,LCSW,NOWHERE,,2026-01-05,,,,,,\n");
        java.nio.file.Path fixed = java.nio.file.Files.createTempFile("staff-good", ".csv");
        java.nio.file.Files.writeString(fixed, header + good);

        login.open().signInAndWait("credentialing", DemoData.PASSWORD);
        browser.go("staff/import.xhtml");
        browser.upload("import", bad);
        browser.click("import:dryRun");
        String errors = browser.waitForTextIn("import:errors", "4", null);
        assertThat(errors).contains("date_of_birth").contains("npi").contains("home_site");
        assertThat(browser.has("import:importAll")).as("no import of a file with errors").isFalse();

        browser.upload("import", fixed);
        browser.click("import:dryRun");
        browser.waitForTextIn("people", "1", null);
        assertThat(browser.textOf("credentials")).isEqualTo("2");
        browser.click("import:importAll");
        browser.waitForTextIn("result", "1", null);

        browser.go("staff/worklist.xhtml");
        browser.type("work:text", "Okafor" + tag);
        browser.click("work:search");
        String items = browser.waitForTextIn("work:items", "LCSW-" + tag, null);
        assertThat(items).contains("BLS-" + tag).contains("New, never verified");
    }

    @Test
    void everyCredentialingPageRendersForTheOfficeWithoutConsoleErrors() {
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("staff/staff.xhtml", "Carter, James");
        pages.put("staff/worklist.xhtml", "Monthly checks overdue");
        pages.put("staff/screening.xhtml", "Review queue");
        pages.put("staff/due.xhtml", "Credentialing pending");
        pages.put("staff/settings.xhtml", "Service eligibility");
        pages.put("staff/import.xhtml", "Import staff and credentials");
        pages.put("reporting/expiring.xhtml", "Expiring credentials");
        login.open().signInAndWait("credentialing", DemoData.PASSWORD);
        pages.forEach((page, text) -> {
            browser.go(page);
            browser.waitForText(text);
        });
        browser.go("staff/staff.xhtml");
        browser.clickLink("Johnson, Aisha");
        browser.waitForText("Supervised practice");
        assertThat(browser.textOf("supervisedTotal")).contains("supervised by Marcus Chen");
        assertThat(browser.textOf("clearance:answers")).contains("Individual counselling Yes");
    }

    /**
     * The clinical journey of issue 5 in one go, as a clinician of the site: admit a participant with a cleared
     * primary clinician, record the ASAM assessment and a PHQ-9, write a plan with two goals, sign it, schedule a
     * group for last week and record its attendance, see the hours against the minimum, then amend the plan and
     * see the difference. The data is the test's own (a fresh fixture site and a counsellor cleared a month ago).
     */
    @Test
    void aClinicianAdmitsAssessesPlansDeliversAWeekOfGroupsAndAmendsThePlan() throws Exception {
        java.time.ZoneId zone = java.time.ZoneId.of("America/New_York");
        java.time.LocalDate today = java.time.LocalDate.now(zone);
        java.time.LocalDate lastMonday = org.iopmanager.schedule.control.SiteCalendar.weekOf(today).minusWeeks(1);
        Fixture f = Fixture.create(base.toURI());
        WebClient office = Fixture.signedIn(base.toURI(), f.credentialing());
        String lead = "Test Journey" + f.suffix();
        Staffing.cleared(office, f, "Journey", f.siteA(), today.minusDays(60), today.minusDays(30));
        String record = "J-" + f.suffix();
        String name = "Journey" + f.suffix();

        login.open().signInAndWait(f.clinicianA(), Fixture.PASSWORD);
        browser.go("participant/participants.xhtml");
        browser.click("form:new");
        browser.select("details:site", ("A" + f.suffix()).toUpperCase(java.util.Locale.ROOT) + " · Test site A" + f.suffix());
        browser.type("details:recordNumber", record);
        browser.type("details:firstName", "Avery");
        browser.type("details:lastName", name);
        browser.date("details:dateOfBirth", java.time.LocalDate.of(1988, 2, 29));
        browser.click("details:save");
        browser.waitForText("Participant " + record + " created.");

        browser.date("admit:admissionDate", lastMonday.minusDays(1));
        browser.select("admit:track", "Adult IOP");
        browser.select("admit:levelOfCare", "ASAM 2.1 Intensive outpatient");
        browser.select("admit:referralSource", "From residential care");
        browser.select("admit:focus", "Substance use");
        browser.select("admit:primaryClinician", lead + " · Cleared.");
        browser.click("admit:admitButton");
        browser.waitForText("Admitted.");

        browser.select("asam:edition", "4th edition (2023, adults)");
        browser.waitForTextIn("asam", "Person-centered considerations", "Recovery/living environment");
        for (int d = 1; d <= 6; d++) {
            browser.select("asam:d" + d + "Rating", d == 5 ? "2" : "1");
        }
        browser.click("asam:record");
        browser.waitForText("Assessment recorded.");
        browser.select("measure:instrument", "PHQ-9 · Patient Health Questionnaire (PHQ-9)");
        browser.type("measure:totalScore", "11");
        browser.select("measure:safetyItem", "0");
        browser.click("measure:record");
        browser.waitForTextIn("results:list", "Moderate", null);

        browser.click("episodes:list:0:plan");
        browser.click("form:create");
        browser.waitForText("Version 1 · Draft");
        browser.click("form:addProblem");
        browser.select("form:problems:0:dimension", "Dimension 5");
        browser.type("form:problems:0:statement", "Drinking friends at home after work");
        for (int g = 0; g < 2; g++) {
            String goal = "form:problems:0:goals:" + g;
            browser.click("form:problems:0:addGoal");
            browser.type(goal + ":statement", g == 0 ? "Stay sober at home" + f.suffix() : "Rebuild evening routine" + f.suffix());
            browser.type(goal + ":ownWords", g == 0 ? "I want my evenings back" : "I want to cook again");
            browser.click(goal + ":addObjective");
            browser.type(goal + ":objectives:0:text", (g == 0 ? "Attend every group" : "Plan three dinners a week") + f.suffix());
            browser.type(goal + ":objectives:0:measure", g == 0 ? "Attendance record" : "Weekly log");
            browser.date(goal + ":objectives:0:targetDate", today.plusWeeks(6));
            browser.click(goal + ":objectives:0:addIntervention");
            browser.type(goal + ":objectives:0:interventions:0:sessions", g == 0 ? "3" : "1");
            browser.type(goal + ":objectives:0:interventions:0:minutes", g == 0 ? "180" : "60");
            browser.select(goal + ":objectives:0:interventions:0:staff", lead);
        }
        browser.type("form:dischargeCriteria", "Eight weeks of groups and a sober-support plan");
        browser.click("form:save");
        browser.waitForText("Saved.");
        assertThat(browser.textOf("form:hours")).contains("Planned 10 hours a week").contains("at least 9");
        browser.click("sign:signParticipant");
        browser.waitForText("Awaiting signatures");
        browser.click("sign:signClinician");
        browser.waitForText("Version 1 · Active");
        String planUrl = browser.url();

        browser.go("schedule/edit.xhtml?site=" + f.siteA() + "&date=" + lastMonday);
        String group = "Relapse prevention " + f.suffix();
        browser.type("form:title", group);
        browser.select("form:facilitator", lead);
        for (String day : java.util.List.of("Mon", "Wed", "Thu")) {
            browser.choose("form:weekdays", day);
        }
        browser.type("form:count", "3");
        browser.click("form:save");
        browser.waitForUrl("schedule/session.xhtml");
        browser.select("enrol:episode", name + ", Avery (" + record + ")");
        browser.click("enrol:add");
        browser.waitForTextIn("attendance:attendance", name, null);
        WebClient clinician = Fixture.signedIn(base.toURI(), f.clinicianA());
        jakarta.json.JsonArray week = org.iopmanager.testsupport.Json.parse(clinician.getJson("api/sessions?site=" + f.siteA()
                + "&from=" + lastMonday + "&to=" + lastMonday.plusDays(6)).body()).asJsonArray();
        assertThat(week).hasSize(3);
        for (int i = 0; i < 3; i++) {
            browser.go("schedule/session.xhtml?id=" + week.getJsonObject(i).getJsonNumber("id").longValue());
            browser.waitForTextIn("attendance:attendance", name, null);
            browser.select("attendance:attendance:0:status", i == 2 ? "Absent" : "Present");
            browser.click("attendance:save");
            browser.waitForText("Saved.");
        }
        browser.go("schedule/hours.xhtml?site=" + f.siteA() + "&week=" + lastMonday);
        String hours = browser.waitForTextIn("list:hours", name, null);
        assertThat(hours).as("two 3-hour groups of three: 6 of the 9 hours ASAM 2.1 needs").contains("6:00").contains("Short 3:00");

        browser.go(planUrl.substring(planUrl.indexOf("treatment/")));
        browser.type("amend:amendmentReason", "Missed group: add an individual session");
        browser.click("amend:amend");
        browser.waitForText("Version 2 · Draft");
        browser.type("form:problems:0:goals:1:objectives:0:interventions:0:minutes", "90");
        browser.click("form:save");
        browser.waitForText("Saved.");
        assertThat(browser.waitForTextIn("diff", "Problem 1, Goal 2, Objective 1, Intervention 1", null)).contains("60")
                .contains("90");
        assertThat(browser.textOf("versions")).contains("Active").contains("Draft");
    }

    /**
     * The aftercare journey of issue 6 (referrals part), as a clinician of a fresh fixture site: two referrals on the
     * discharge plan (one with SUD information to a sober house, one with demographics only to a MAT prescriber), the
     * participant's consent recorded, both sent, the participant discharged, then the sober house's acceptance, the
     * appointment, the attendance and the verified first visit.
     */
    @Test
    void aClinicianSendsTwoReferralsUnderConsentDischargesAndRecordsTheVerifiedFirstVisit() throws Exception {
        java.time.ZoneId zone = java.time.ZoneId.of("America/New_York");
        java.time.LocalDate today = java.time.LocalDate.now(zone);
        Fixture f = Fixture.create(base.toURI());
        long staff = Staffing.cleared(Fixture.signedIn(base.toURI(), f.credentialing()), f, "Aftercare", f.siteA(),
                today.minusDays(60), today.minusDays(30));
        WebClient clinician = Fixture.signedIn(base.toURI(), f.clinicianA());
        WebClient admin = Fixture.signedIn(base.toURI(), f.admin());
        String house = "Hope House " + f.suffix();
        String mat = "Bridge MAT " + f.suffix();
        for (String[] service : new String[][] {{house, "SOBER_LIVING"}, {mat, "MAT_PRESCRIBER"}}) {
            assertThat(admin.postJson("api/resource-services", "{\"name\":\"" + service[0] + "\",\"organisation\":\"Org\","
                    + "\"type\":\"" + service[1] + "\",\"coveredEntity\":\"NOT_COVERED\",\"accepting\":true,\"siteIds\":["
                    + f.siteA() + "]}").statusCode()).isEqualTo(200);
        }
        long participant = org.iopmanager.testsupport.Json.object(clinician.postJson("api/participants", "{\"version\":0,"
                + "\"siteId\":" + f.siteA() + ",\"recordNumber\":\"AC-" + f.suffix() + "\",\"firstName\":\"Quinn\","
                + "\"lastName\":\"Aftercare" + f.suffix() + "\",\"dateOfBirth\":\"1991-04-05\"}").body()).getJsonNumber("id").longValue();
        long episode = org.iopmanager.testsupport.Json.object(clinician.postJson("api/participants/" + participant + "/episodes",
                "{\"admissionDate\":\"" + today.minusDays(20) + "\",\"track\":\"ADULT_IOP\",\"levelOfCare\":\"ASAM_2_1\","
                + "\"referralSource\":\"SELF\",\"primaryClinicianId\":" + staff + ",\"focus\":\"SUBSTANCE_USE\"}").body())
                .getJsonNumber("id").longValue();

        login.open().signInAndWait(f.clinicianA(), Fixture.PASSWORD);
        AftercarePlanPage plan = new AftercarePlanPage(browser).open(episode);
        plan.addReferral(house + " · Sober living", "Recovery housing", "Demographics", "Substance use disorder treatment");
        plan.addReferral(mat + " · Medication for addiction treatment prescriber", "Continue buprenorphine", "Demographics");
        editTheDraftsReasonThroughAConflict(plan, clinician, episode, "Continue buprenorphine");
        plan.recordConsent(house, today, today.plusMonths(6), "Demographics", "Substance use disorder treatment");
        long consent = org.iopmanager.testsupport.Json.parse(clinician.getJson("api/consents?participant=" + participant).body())
                .asJsonArray().getJsonObject(0).getJsonNumber("id").longValue();

        plan.step("Recovery housing", "Consent recorded", consent + " · " + house + " (Org) · " + today, null);
        plan.step("Recovery housing", "Sent", null, null);
        plan.step("Continue buprenorphine", "Sent", null, null);
        assertThat(plan.referrals()).contains("SUD information");

        browser.go("participant/participant.xhtml?id=" + participant);
        browser.date("discharge:dischargeDate", today);
        browser.select("discharge:dischargeReason", "Completed");
        browser.click("discharge:dischargeButton");
        browser.waitForText("Discharged.");

        plan.open(episode);
        plan.step("Recovery housing", "Accepted", null, null);
        plan.step("Recovery housing", "Appointment scheduled", null, today);
        plan.step("Recovery housing", "Attended", null, null);
        plan.verifyFirstVisit("Recovery housing", today, "Receiving service", "Phone");
        assertThat(plan.referrals()).contains("Attended").contains("confirmed by Receiving service (Phone)")
                .contains("Continue buprenorphine").contains("Not verified");

        browser.go("aftercare/disclosures.xhtml?participant=" + participant);
        String accounting = browser.waitForTextIn("form:disclosures", house, null);
        assertThat(accounting).contains(mat).contains("written consent no. " + consent).contains("without a Part 2 consent");
    }

    /**
     * The draft is opened for editing; someone else changes it meanwhile, so the save is refused with who did it and
     * the typed reason stays on screen; after a reload an empty reason is told next to its field, and the edit then
     * saves and the table shows it.
     */
    private void editTheDraftsReasonThroughAConflict(AftercarePlanPage plan, WebClient clinician, long episode, String reason) {
        plan.editReason(reason, reason + " (weekly visits)");
        jakarta.json.JsonObject draft = org.iopmanager.testsupport.Json.parse(clinician.getJson("api/referrals?episode=" + episode)
                .body()).asJsonArray().stream().map(v -> v.asJsonObject()).filter(r -> r.getString("reason").equals(reason))
                .findFirst().orElseThrow();
        java.net.http.HttpResponse<String> meanwhile = clinician.putJson("api/referrals/" + draft.getJsonNumber("id").longValue(),
                "{\"version\":" + draft.getJsonNumber("version").longValue() + ",\"serviceId\":"
                + draft.getJsonNumber("serviceId").longValue() + ",\"reason\":\"" + reason + "\",\"categories\":[\"DEMOGRAPHICS\","
                + "\"MEASURES\"]}");
        assertThat(meanwhile.statusCode()).as(meanwhile.body()).isEqualTo(200);
        plan.save();
        browser.waitForText("Your changes were not saved; they are still on screen.");
        assertThat(plan.reasonTyped()).isEqualTo(reason + " (weekly visits)");
        assertThat(plan.referrals()).doesNotContain("(weekly visits)");

        plan.open(episode);
        plan.editReason(reason, "");
        plan.save();
        browser.waitForText("Say what the referral is for (the need).");
        browser.type("form:reason", reason + " (weekly visits)");
        plan.save();
        browser.waitForText("Referral saved.");
        assertThat(browser.waitForTextIn("form:referrals", reason + " (weekly visits)", null)).contains("Measures");
    }
}
