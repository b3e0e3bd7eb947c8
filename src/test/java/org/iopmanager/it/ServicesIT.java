package org.iopmanager.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.iopmanager.audit.control.AuditSealer;
import org.iopmanager.audit.control.AuditWriter;
import org.iopmanager.audit.control.ChainReport;
import org.iopmanager.audit.boundary.AuditLog;
import org.iopmanager.audit.control.AuditRecord;
import org.iopmanager.audit.entity.AuditAction;
import org.iopmanager.audit.entity.AuditEntry;
import org.iopmanager.document.control.Checksums;
import org.iopmanager.ldap.InMemoryDirectory;
import org.iopmanager.platform.boundary.Database;
import org.iopmanager.platform.control.IdempotencyStore;
import org.iopmanager.platform.control.JobLeases;
import org.iopmanager.platform.control.LeaseTaking;
import org.iopmanager.document.entity.Document;
import org.iopmanager.document.entity.DocumentContent;
import org.iopmanager.document.entity.DocumentType;
import org.iopmanager.security.boundary.SignIn;
import org.iopmanager.security.control.PasswordHasher;
import org.iopmanager.security.entity.AppUser;
import org.iopmanager.security.entity.Role;
import org.iopmanager.site.boundary.Accreditations;
import org.iopmanager.site.control.SiteChoice;
import org.iopmanager.site.control.SiteDirectory;
import org.iopmanager.site.entity.AccreditationRecord;
import org.iopmanager.site.entity.AccreditingBody;
import org.iopmanager.site.entity.Programme;
import org.iopmanager.site.entity.RecordKind;
import org.iopmanager.site.entity.RecordStatus;
import org.iopmanager.site.entity.Site;
import org.iopmanager.testsupport.Deployments;
import org.iopmanager.testsupport.Fixture;
import org.iopmanager.testsupport.Json;
import org.iopmanager.testsupport.TestDb;
import org.iopmanager.testsupport.WebClient;

/**
 * Services, security and persistence against the real database (H2, or PostgreSQL when IOP_DB_URL is set),
 * in one Payara Micro. In-container methods work on the persistence layer and the sign-in service directly;
 * client methods go through HTTP as real users of different roles and sites.
 */
@ExtendWith(ArquillianExtension.class)
class ServicesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    TestDb db;

    @Resource
    UserTransaction tx;

    @Inject
    SignIn signIn;

    @Inject
    Accreditations accreditations;

    @Inject
    AuditSealer sealer;

    @Inject
    AuditWriter auditWriter;

    @Inject
    JobLeases leases;

    @Inject
    SiteDirectory siteDirectory;

    @Inject
    IdempotencyStore idempotency;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @ArquillianResource
    URL base;

    // ---- audit trail and transactions (in-container) ----

    @Test
    void aChangeAndItsAuditLineCommitTogetherWithBeforeAndAfter() throws Exception {
        tx.begin();
        Site site = new Site("AU" + System.nanoTime() % 100000, "Audit before", ZoneId.of("America/Chicago"));
        db.em().persist(site);
        tx.commit();

        tx.begin();
        db.em().find(Site.class, site.getId()).setName("Audit after");
        tx.commit();

        List<AuditEntry> lines = auditOf("Site", site.getId());
        assertThat(lines).extracting(e -> e.getAction().name()).containsExactly("CREATE", "UPDATE");
        AuditEntry update = lines.get(1);
        assertThat(update.getSiteId()).isEqualTo(site.getId());
        JsonObject detail = Json.object(update.getDetail());
        assertThat(detail.getJsonObject("before").getString("name")).isEqualTo("Audit before");
        assertThat(detail.getJsonObject("after").getString("name")).isEqualTo("Audit after");
        assertThat(detail.getJsonObject("after").containsKey("code")).as("only changed fields").isFalse();
    }

    @Test
    void aRolledBackChangeLeavesNoAuditLine() throws Exception {
        tx.begin();
        Site site = new Site("RB" + System.nanoTime() % 100000, "Rolled back", ZoneId.of("UTC"));
        db.em().persist(site);
        db.em().flush();
        Long id = site.getId();
        auditWriter.sendPending(); // sent now rather than at the commit, so it is in the database before the rollback
        assertThat(auditOf("Site", id)).as("written inside the transaction").hasSize(1);
        tx.rollback();

        assertThat(db.em().find(Site.class, id)).isNull();
        assertThat(auditOf("Site", id)).isEmpty();
    }

    @Test
    void theSiteDirectorySeesEveryWriteOfThisNodeAtTheNextReadAndNeverARolledBackSite() throws Exception {
        String code = "SD" + System.nanoTime() % 100000;
        assertThat(siteDirectory.all()).extracting(SiteChoice::getCode).doesNotContain(code); // the copy is kept now

        tx.begin();
        Site gone = new Site(code, "Directory rolled back", ZoneId.of("UTC"));
        db.em().persist(gone);
        db.em().flush();
        Long goneId = gone.getId();
        siteDirectory.all(); // read inside the writing transaction: may hold the uncommitted row, so it is not kept
        tx.rollback();
        assertThat(siteDirectory.find(goneId)).isNull();
        assertThat(siteDirectory.all()).extracting(SiteChoice::getCode).doesNotContain(code);

        tx.begin();
        Site site = new Site(code, "Directory new", ZoneId.of("America/Chicago"));
        site.setState("IL");
        site.setProgrammes(EnumSet.of(Programme.ADULT_IOP));
        db.em().persist(site);
        tx.commit();
        SiteChoice made = siteDirectory.find(site.getId());
        assertThat(made.getName()).isEqualTo("Directory new");
        assertThat(made.zone()).isEqualTo(ZoneId.of("America/Chicago"));
        assertThat(made.getState()).isEqualTo("IL");
        assertThat(made.getProgrammes()).containsExactly(Programme.ADULT_IOP);
        assertThat(made.isActive()).isTrue();

        tx.begin();
        Site edited = db.em().find(Site.class, site.getId());
        edited.setName("Directory renamed");
        edited.setTimeZone("America/Denver");
        edited.setActive(false);
        tx.commit();
        SiteChoice now = siteDirectory.find(site.getId());
        assertThat(now.getName()).isEqualTo("Directory renamed");
        assertThat(now.zone()).isEqualTo(ZoneId.of("America/Denver"));
        assertThat(now.isActive()).isFalse();
        assertThat(siteDirectory.all()).filteredOn(s -> s.getId().equals(site.getId())).singleElement()
                .extracting(SiteChoice::getName).isEqualTo("Directory renamed");
    }

    @Test
    void aTransactionOfManyChangesSendsItsAuditInBatchesAndKeepsEveryLineOnce() throws Exception {
        int changes = 1_203; // more than two batches of PendingLines.BATCH, and a rest sent at the commit
        String tag = "Batch " + System.nanoTime();
        String code = "B" + System.nanoTime() % 100_000 + "-";
        long before = count("select count(*) from audit_event");
        tx.begin();
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < changes; i++) {
            Site site = new Site(code + i, tag + " " + i, ZoneId.of("UTC"));
            db.em().persist(site);
            sites.add(site);
        }
        db.em().flush();
        tx.commit();

        List<AuditEntry> lines = db.em().createQuery("select a from AuditEntry a where a.entityType = 'Site' "
                + "and a.summary like 'CREATE Site %' and a.detail like :tag order by a.id", AuditEntry.class)
                .setParameter("tag", "%" + tag + " %").getResultList();
        assertThat(lines).hasSize(changes).extracting(AuditEntry::getEntityId)
                .containsExactlyInAnyOrderElementsOf(sites.stream().map(s -> String.valueOf(s.getId())).toList());
        assertThat(count("select count(*) from audit_event") - before).isGreaterThanOrEqualTo(changes);

        // a second transaction that rolls back after a batch went out leaves none of its lines
        String gone = "Gone " + System.nanoTime();
        String goneCode = "G" + System.nanoTime() % 100_000 + "-";
        tx.begin();
        for (int i = 0; i < 600; i++) {
            db.em().persist(new Site(goneCode + i, gone + " " + i, ZoneId.of("UTC")));
        }
        db.em().flush();
        assertThat(count("select count(*) from audit_event where detail like '%" + gone + " %'"))
                .as("the first line and a batch went out in the transaction").isGreaterThan(500); // PendingLines.BATCH
        tx.rollback();
        assertThat(count("select count(*) from audit_event where detail like '%" + gone + " %'")).isZero();

        // no flush before the commit: every line comes from EclipseLink's flush inside the commit
        String late = "Late " + System.nanoTime();
        String lateCode = "L" + System.nanoTime() % 100_000 + "-";
        tx.begin();
        for (int i = 0; i < 7; i++) {
            db.em().persist(new Site(lateCode + i, late + " " + i, ZoneId.of("UTC")));
        }
        tx.commit();
        assertThat(count("select count(*) from audit_event where detail like '%" + late + " %'")).isEqualTo(7);
    }

    private long count(String sql) throws java.sql.SQLException {
        try (Connection connection = dataSource.getConnection(); java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void thePasswordHashNeverReachesTheAuditTrail() throws Exception {
        tx.begin();
        var user = new AppUser("redact" + System.nanoTime() % 100000, "Redact Me",
                Role.AUDITOR, java.time.Instant.now());
        user.changePasswordHash("PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==", java.time.Instant.now());
        db.em().persist(user);
        tx.commit();

        AuditEntry create = auditOf("AppUser", user.getId()).get(0);
        assertThat(create.getDetail()).contains("\"passwordHash\":\"[redacted]\"").doesNotContain("aGFzaA==");
    }

    @Test
    void nothingInTheAppChangesAnAuditLineAndPostgresqlRefusesItToo() throws Exception {
        tx.begin();
        AuditEntry line = db.em().createQuery("select a from AuditEntry a order by a.id", AuditEntry.class)
                .setMaxResults(1).getSingleResult();
        String actor = line.getActor();
        assertThatThrownBy(() -> db.em().remove(line)).as("read-only entity: never managed, never removed")
                .isInstanceOf(IllegalArgumentException.class);
        tx.rollback();
        db.em().clear();
        assertThat(db.em().find(AuditEntry.class, line.getId())).isNotNull()
                .extracting(AuditEntry::getActor).isEqualTo(actor);

        tx.begin();
        String product = db.em().unwrap(java.sql.Connection.class).getMetaData().getDatabaseProductName();
        tx.commit();
        if (!product.toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
            return;
        }
        for (String statement : List.of("update audit_event set actor = 'mallory'", "delete from audit_event",
                "truncate audit_event")) {
            tx.begin();
            try {
                assertThatThrownBy(() -> db.em().createNativeQuery(statement).executeUpdate())
                        .as(statement).hasStackTraceContaining("append-only");
            } finally {
                tx.rollback();
            }
        }
    }

    @Test
    void theHashChainNamesTheFirstChangedLineAndHoldsAgainOnceItIsRestored() throws Exception {
        tx.begin();
        Site site = new Site("HC" + System.nanoTime() % 100000, "Chained", ZoneId.of("America/Chicago"));
        db.em().persist(site);
        tx.commit();
        AuditEntry line = auditOf("Site", site.getId()).get(0);
        while (sealer.seal(5000) > 0) {
            // everything committed so far is sealed
        }
        assertThat(sealer.verify().intact()).as(sealer.verify().toString()).isTrue();

        String original = line.getSummary();
        tamper(line.getId(), "forged summary");
        try {
            ChainReport report = sealer.verify();
            assertThat(report.problem()).isEqualTo(ChainReport.Problem.CHANGED);
            assertThat(report.brokenAuditId()).isEqualTo(line.getId());
        } finally {
            tamper(line.getId(), original);
        }
        assertThat(sealer.verify().intact()).isTrue();
    }

    @Test
    @RunAsClient
    void auditorsAndAdministratorsCheckTheChainOverHttpOthersCannot() throws Exception {
        Fixture f = Fixture.create(base.toURI());
        HttpResponse<String> chain = Fixture.signedIn(base.toURI(), f.auditor()).getJson("api/audit/chain");
        assertThat(chain.statusCode()).as(chain.body()).isEqualTo(200);
        assertThat(Json.object(chain.body()).getBoolean("intact")).isTrue();
        assertThat(Json.object(chain.body()).getJsonNumber("checked").longValue()).isPositive();
        assertThat(Fixture.signedIn(base.toURI(), f.clinicianA()).getJson("api/audit/chain").statusCode()).isEqualTo(403);
        assertThat(Fixture.signedIn(base.toURI(), f.credentialing()).getJson("api/audit/chain").statusCode()).isEqualTo(403);
        HttpResponse<String> page = Fixture.signedIn(base.toURI(), f.auditor()).submit("audit/audit.xhtml", "form",
                "form:verifyChain", Map.of());
        assertThat(page.body()).contains("The audit trail is intact");
    }

    @Test
    void theAuditBrowserCountsNoFurtherThanItsCapAndSaysSoWhileANarrowFilterCountsExactly() throws Exception {
        if (count("select count(*) from audit_event") <= AuditLog.COUNT_CAP) {
            tx.begin();
            for (int i = 0; i <= AuditLog.COUNT_CAP; i++) {
                auditWriter.write(AuditRecord.of(AuditAction.VIEW, "CapTest", i, null, "Cap test line " + i));
            }
            tx.commit();
        }
        Fixture f = Fixture.create(base.toURI());
        WebClient auditor = Fixture.signedIn(base.toURI(), f.auditor());
        assertThat(auditor.get("audit/audit.xhtml").body()).contains("More than 10,000 lines match");
        HttpResponse<String> narrow = auditor.submit("audit/audit.xhtml", "form", "form:search",
                Map.of("form:actor", f.auditor()));
        assertThat(narrow.statusCode()).isEqualTo(200);
        assertThat(narrow.body()).as("the auditor's own few lines").doesNotContain("More than 10,000 lines match")
                .contains(f.auditor());
    }

    // ---- directory sign-in (LDAP), against an in-memory directory on the port the build reserved ----

    @Test
    @RunAsClient
    void aDirectoryUserSignsInWithTheRoleAndSitesOfTheirGroupsWhichDecideAgainAtEachSignIn() throws Exception {
        // Only a local variable of the directory's type: this class is also loaded in the container, which has no LDAP
        // library, and reflection there resolves the types of fields and method signatures.
        InMemoryDirectory ldap = InMemoryDirectory.shared();
        String uid = "dir" + System.nanoTime() % 1_000_000;
        String password = "Directory-pass-2026";
        ldap.person(uid, "Dana Directory", uid + "@hospital.test", password);
        ldap.group("iop-clinicians", uid);
        ldap.group("iop-boston", uid);
        WebClient admin = new WebClient(base.toURI());
        admin.loginOrFail("admin", org.iopmanager.demo.control.DemoData.PASSWORD);
        Map<String, Long> sites = new java.util.HashMap<>();
        Json.parse(admin.getJson("api/sites").body()).asJsonArray().forEach(site -> sites.put(
                site.asJsonObject().getString("code"), site.asJsonObject().getJsonNumber("id").longValue()));

        WebClient dana = new WebClient(base.toURI());
        dana.loginOrFail(uid, password);
        assertThat(dana.get("index.xhtml").body()).contains(">Clinician<");
        assertThat(dana.getJson("api/participants?site=" + sites.get("BOS-N")).statusCode()).isEqualTo(200);
        assertThat(dana.getJson("api/participants?site=" + sites.get("CHI-L")).statusCode()).as("not their site").isEqualTo(404);
        HttpResponse<String> change = dana.submit("security/password.xhtml", "form", "form:change", Map.of(
                "form:current", password, "form:password", "Another-pass-2026!", "form:repeat", "Another-pass-2026!"));
        assertThat(change.body()).contains("the password is changed there");
        assertThat(new WebClient(base.toURI()).login(uid, "wrong-password").statusCode()).as("wrong password").isNotEqualTo(302);

        ldap.group("iop-clinicians");
        ldap.group("iop-auditors", uid);
        WebClient again = new WebClient(base.toURI());
        again.loginOrFail(uid, password);
        assertThat(again.get("index.xhtml").body()).as("the directory moved them").contains(">Auditor<");

        ldap.group("iop-auditors");
        HttpResponse<String> noGroup = new WebClient(base.toURI()).login(uid, password);
        assertThat(noGroup.statusCode()).as("no IOP Manager group: no way in").isNotEqualTo(302);
        HttpResponse<String> trail = Fixture.signedIn(base.toURI(), Fixture.create(base.toURI()).auditor()).submit(
                "audit/audit.xhtml", "form", "form:export", Map.of("form:actor", uid));
        assertThat(trail.body()).contains("Signed in through the directory as uid=" + uid)
                .contains("no IOP Manager role or site among the directory groups");
        assertThat(new WebClient(base.toURI()).login("nobody-" + uid, password).statusCode()).isNotEqualTo(302);
    }

    // ---- OpenID Connect sign-in, against the tiny provider of org.iopmanager.oidc on the port the build reserved ----

    @Test
    @RunAsClient
    void aHospitalAccountSignsInWithTheRoleAndSitesOfItsGroupsOnANewSessionIdAndIsAudited() throws Exception {
        // Only local variables of the provider's types, as for the directory (this class is loaded in the container too).
        org.iopmanager.oidc.TestProvider idp = org.iopmanager.oidc.TestProvider.shared();
        String uid = "oidc" + System.nanoTime() % 1_000_000;
        idp.next(new org.iopmanager.oidc.TestProvider.Person("sub-" + uid, uid + "@hospital.test", "Olive Oidc " + uid,
                uid + "@hospital.test", List.of("iop-clinicians", "iop-boston")), org.iopmanager.oidc.TestProvider.Twist.NONE);
        WebClient admin = new WebClient(base.toURI());
        admin.loginOrFail("admin", org.iopmanager.demo.control.DemoData.PASSWORD);
        Map<String, Long> sites = new java.util.HashMap<>();
        Json.parse(admin.getJson("api/sites").body()).asJsonArray().forEach(site -> sites.put(
                site.asJsonObject().getString("code"), site.asJsonObject().getJsonNumber("id").longValue()));

        WebClient olive = new WebClient(base.toURI());
        assertThat(olive.get("participant/participants.xhtml").statusCode()).as("asks for sign-in, page remembered").isEqualTo(302);
        HttpResponse<String> login = olive.get("login.xhtml");
        assertThat(login.body()).contains("Sign in with the hospital").contains("/oidc/start\"");
        int tokensBefore = idp.tokensIssued();
        HttpResponse<String> start = olive.get("oidc/start");
        assertThat(start.statusCode()).isEqualTo(302);
        // Lambdas capture text, never the provider: a lambda's synthetic method would name its type in the container.
        String issuer = idp.issuer();
        assertThat(start.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .startsWith(issuer + "/authorize?response_type=code&client_id=iop-manager")
                .contains("&state=").contains("&nonce=").contains("&code_challenge=").contains("&code_challenge_method=S256")
                .contains("scope=openid+profile+email"));
        String before = olive.sessionId();
        HttpResponse<String> callback = olive.get(atProvider(start));

        assertThat(callback.statusCode()).as(callback.body()).isEqualTo(302);
        assertThat(callback.headers().firstValue("Location")).as("on to the page that asked for sign-in")
                .hasValueSatisfying(l -> assertThat(l).endsWith("/participant/participants.xhtml"));
        assertThat(idp.tokensIssued()).as("code, client secret and PKCE verifier accepted by the provider").isEqualTo(tokensBefore + 1);
        assertThat(olive.sessionId()).as("a new session id at sign-in").isNotNull().isNotEqualTo(before);
        WebClient planted = new WebClient(base.toURI());
        planted.useSessionId(before);
        assertThat(planted.get("index.xhtml").statusCode()).as("the pre-sign-in id is not signed in").isEqualTo(302);
        assertThat(olive.get("index.xhtml").body()).contains(">Clinician<");
        assertThat(olive.getJson("api/participants?site=" + sites.get("BOS-N")).statusCode()).isEqualTo(200);
        assertThat(olive.getJson("api/participants?site=" + sites.get("CHI-L")).statusCode()).as("not their site").isEqualTo(404);

        HttpResponse<String> profile = admin.submit("security/users.xhtml", "form", "form:search", Map.of("form:text", uid));
        assertThat(profile.body()).as("the first sign-in created the profile").contains(uid).contains("Olive Oidc " + uid);
        HttpResponse<String> trail = Fixture.signedIn(base.toURI(), Fixture.create(base.toURI()).auditor()).submit(
                "audit/audit.xhtml", "form", "form:export", Map.of("form:actor", uid));
        assertThat(trail.body()).contains("Signed in with OpenID Connect as subject sub-" + uid + " of " + issuer)
                .doesNotContain("eyJ");

        idp.next(new org.iopmanager.oidc.TestProvider.Person("sub-" + uid, uid, "Olive Oidc " + uid, uid + "@hospital.test",
                List.of("iop-auditors")), org.iopmanager.oidc.TestProvider.Twist.NONE);
        WebClient again = new WebClient(base.toURI());
        HttpResponse<String> second = again.get(atProvider(again.get("oidc/start")));
        assertThat(second.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/index.xhtml"));
        assertThat(again.get("index.xhtml").body()).as("the groups moved them, same profile").contains(">Auditor<");
    }

    @Test
    @RunAsClient
    void aForgedStateAForeignKeyAWrongAudienceOrNonceAndAnUnmappedAccountAreRefusedOnTheSignInPage() throws Exception {
        org.iopmanager.oidc.TestProvider idp = org.iopmanager.oidc.TestProvider.shared();
        String uid = "oidcx" + System.nanoTime() % 1_000_000;
        org.iopmanager.oidc.TestProvider.Person mapped = new org.iopmanager.oidc.TestProvider.Person("sub-" + uid, uid,
                "Rex Refused", uid + "@hospital.test", List.of("iop-clinicians", "iop-boston"));

        idp.next(mapped, org.iopmanager.oidc.TestProvider.Twist.NONE);
        WebClient forged = new WebClient(base.toURI());
        String callback = atProvider(forged.get("oidc/start"));
        assertRefused(forged, forged.get(callback.replaceFirst("state=[^&]+", "state=forged-state")), "failed");
        assertRefused(forged, forged.get(callback), "failed");

        for (org.iopmanager.oidc.TestProvider.Twist twist : List.of(org.iopmanager.oidc.TestProvider.Twist.OTHER_KEY,
                org.iopmanager.oidc.TestProvider.Twist.WRONG_AUDIENCE, org.iopmanager.oidc.TestProvider.Twist.WRONG_NONCE)) {
            idp.next(mapped, twist);
            WebClient client = new WebClient(base.toURI());
            int tokensBefore = idp.tokensIssued();
            HttpResponse<String> answer = client.get(atProvider(client.get("oidc/start")));
            assertThat(idp.tokensIssued()).as(twist + ": the provider did answer a token").isEqualTo(tokensBefore + 1);
            assertRefused(client, answer, "failed");
        }

        idp.next(new org.iopmanager.oidc.TestProvider.Person("sub-" + uid, uid, "Rex Refused", uid + "@hospital.test",
                List.of("iop-boston", "some-other-group")), org.iopmanager.oidc.TestProvider.Twist.NONE);
        WebClient unmapped = new WebClient(base.toURI());
        assertRefused(unmapped, unmapped.get(atProvider(unmapped.get("oidc/start"))), "refused");
        // (The page names ViewExpiredException in the script of its exception handler, so no stack trace is "at org.".)
        assertThat(unmapped.get("login.xhtml?oidc=refused").body()).contains("no IOP Manager role or site")
                .doesNotContain("OidcRefusal").doesNotContain("at org.");

        WebClient auditor = Fixture.signedIn(base.toURI(), Fixture.create(base.toURI()).auditor());
        assertThat(auditor.submit("audit/audit.xhtml", "form", "form:export", Map.of("form:actor", uid)).body())
                .contains("OpenID Connect sign-in refused: no IOP Manager role or site among the groups [iop-boston, some-other-group]")
                .doesNotContain("Signed in with OpenID Connect");
        assertThat(auditor.submit("audit/audit.xhtml", "form", "form:export", Map.of("form:actor", "anonymous")).body())
                .contains("OpenID Connect sign-in refused: the state does not match")
                .contains("OpenID Connect sign-in refused: no sign-in was started on this session")
                .contains("OpenID Connect sign-in refused: the ID token's signature does not verify")
                .contains("OpenID Connect sign-in refused: the ID token is not for this application (audience)")
                .contains("OpenID Connect sign-in refused: the ID token's nonce is not the one this sign-in sent")
                .doesNotContain("eyJ");
    }

    /** Follows the application's redirect to the provider by hand; answers the provider's redirect back (the callback URL). */
    private static String atProvider(HttpResponse<String> start) throws Exception {
        assertThat(start.statusCode()).as("/oidc/start redirects to the provider").isEqualTo(302);
        HttpResponse<Void> answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                URI.create(start.headers().firstValue("Location").orElseThrow())).GET().build(), HttpResponse.BodyHandlers.discarding());
        assertThat(answer.statusCode()).as("the provider answers at once").isEqualTo(302);
        return answer.headers().firstValue("Location").orElseThrow();
    }

    /** Refused: back to the sign-in page with the message, no error page, and nobody signed in on the session. */
    private static void assertRefused(WebClient client, HttpResponse<String> callback, String outcome) {
        assertThat(callback.statusCode()).as(callback.body()).isEqualTo(302);
        assertThat(callback.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login.xhtml?oidc=" + outcome));
        HttpResponse<String> home = client.get("index.xhtml");
        assertThat(home.statusCode()).as("not signed in").isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("login.xhtml"));
        assertThat(client.get("login.xhtml?oidc=" + outcome).body()).contains("failed".equals(outcome)
                ? "account did not succeed" : "Ask an administrator");
    }

    // ---- the role × route matrix ----

    @Test
    @RunAsClient
    void everyPageEndpointAndFileAnswersEachRoleAsTheMatrixSays() throws Exception {
        java.nio.file.Path basedir = java.nio.file.Path.of(System.getProperty("iop.basedir", "."));
        java.util.Set<String> routes = AccessMatrix.routes(basedir);
        Map<String, Map<String, String>> expected = AccessMatrix.expected(basedir.resolve("src/test/resources/access/routes.tsv"));
        Fixture f = Fixture.create(base.toURI());
        Map<String, WebClient> clients = Map.of("ADMIN", Fixture.signedIn(base.toURI(), f.admin()),
                "SITE_ADMIN", Fixture.signedIn(base.toURI(), f.siteAdminA()),
                "CREDENTIALING", Fixture.signedIn(base.toURI(), f.credentialing()),
                "CLINICIAN", Fixture.signedIn(base.toURI(), f.clinicianA()),
                "AUDITOR", Fixture.signedIn(base.toURI(), f.auditor()));
        StringBuilder observed = new StringBuilder("# route\t" + String.join("\t", AccessMatrix.ROLES) + "\n");
        java.util.List<String> mismatches = new java.util.ArrayList<>();
        for (String route : routes) {
            observed.append(route);
            for (String role : AccessMatrix.ROLES) {
                String answer = AccessMatrix.observe(clients.get(role), route, f.siteA());
                observed.append('\t').append(answer);
                String wanted = expected.getOrDefault(route, Map.of()).get(role);
                if (wanted != null && !wanted.equals(answer)) {
                    mismatches.add(route + " as " + role + ": expected " + wanted + ", got " + answer);
                }
            }
            observed.append('\n');
        }
        java.nio.file.Files.writeString(basedir.resolve("target/access-observed.tsv"), observed);
        System.out.println("Access matrix: " + routes.size() + " routes x " + AccessMatrix.ROLES.size() + " roles = "
                + routes.size() * AccessMatrix.ROLES.size() + " requests (observed in target/access-observed.tsv)");
        assertThat(routes).as("routes missing from access/routes.tsv (add them with the expected answer per role)")
                .isSubsetOf(expected.keySet());
        assertThat(expected.keySet()).as("rows of access/routes.tsv for routes that no longer exist").isSubsetOf(routes);
        assertThat(mismatches).as("answers that differ from access/routes.tsv").isEmpty();
    }

    /** Changes an audit line behind the application's back (on PostgreSQL only by switching its guard off). */
    private void tamper(long auditId, String summary) throws Exception {
        tx.begin();
        java.sql.Connection connection = db.em().unwrap(java.sql.Connection.class);
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
                .contains("postgres");
        try (java.sql.Statement statement = connection.createStatement()) {
            if (postgres) {
                statement.execute("alter table audit_event disable trigger audit_event_no_change");
            }
            try (java.sql.PreparedStatement update = connection.prepareStatement(
                    "update audit_event set summary = ? where id = ?")) {
                update.setString(1, summary);
                update.setLong(2, auditId);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
            if (postgres) {
                statement.execute("alter table audit_event enable trigger audit_event_no_change");
            }
        }
        tx.commit();
    }

    // ---- sign-in service (in-container) ----

    @Test
    void signInAuditsFailuresAndLocksAfterFive() throws Exception {
        String name = "lock" + System.nanoTime() % 100000;
        AppUser user = persistUser(name, Role.AUDITOR, 600_000, "Right-password-1");

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(signIn.verify(name, "wrong".toCharArray()).status()).isEqualTo(SignIn.Result.Status.INVALID);
        }
        assertThat(signIn.verify(name, "wrong".toCharArray()).status()).isEqualTo(SignIn.Result.Status.LOCKED);
        assertThat(signIn.verify(name, "Right-password-1".toCharArray()).status())
                .as("the right password does not open a locked account").isEqualTo(SignIn.Result.Status.LOCKED);
        assertThat(signIn.isLocked(name)).isTrue();
        assertThat(auditOf("AppUser", user.getId())).extracting(e -> e.getAction().name())
                .containsSubsequence("LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOCKOUT",
                        "LOGIN_LOCKED");
    }

    @Test
    void anOldCheaperHashStillVerifiesAndIsUpgradedAtSignIn() throws Exception {
        String name = "old" + System.nanoTime() % 100000;
        AppUser user = persistUser(name, Role.AUDITOR, 100_000, "Old-password-12");

        assertThat(signIn.verify(name, "Old-password-12".toCharArray()).status()).isEqualTo(SignIn.Result.Status.SUCCESS);
        db.em().clear();
        String stored = db.em().find(AppUser.class, user.getId()).getPasswordHash();
        assertThat(stored).startsWith("PBKDF2WithHmacSHA256:600000:");
    }

    @Test
    void aDeactivatedUserCannotSignInEvenWithTheRightPassword() throws Exception {
        String name = "gone" + System.nanoTime() % 100000;
        AppUser user = persistUser(name, Role.CLINICIAN, 100_000, "Right-password-1");
        assertThat(signIn.verify(name, "Right-password-1".toCharArray()).status()).isEqualTo(SignIn.Result.Status.SUCCESS);

        tx.begin();
        db.em().find(AppUser.class, user.getId()).setActive(false);
        tx.commit();
        assertThat(signIn.verify(name, "Right-password-1".toCharArray()).status()).isEqualTo(SignIn.Result.Status.INVALID);
        assertThat(auditOf("AppUser", user.getId())).extracting(e -> e.getAction().name()).contains("UPDATE", "LOGIN");
    }

    // ---- roles and site scope, through HTTP as real users ----

    @Test
    @RunAsClient
    void anAuditorExportsTheFilteredTrailAsCsvAndTheExportIsAudited() throws Exception {
        Fixture f = fixture();
        signedIn(f.clinicianA());
        WebClient auditor = signedIn(f.auditor());

        HttpResponse<String> csv = auditor.submit("audit/audit.xhtml", "form", "form:export",
                Map.of("form:actor", f.clinicianA()));

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).startsWith("id,at_utc,actor,role,address,site_id,action");
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(java.util.Arrays.stream(lines).skip(1)).allMatch(line -> line.contains("," + f.clinicianA() + ","))
                .anyMatch(line -> line.contains(",LOGIN,"));
        assertThat(auditor.get("audit/audit.xhtml").body()).contains("Audit export: actor=" + f.clinicianA());
    }

    @Test
    @RunAsClient
    void aSiteAdministratorSeesTheirSiteAndNotAnotherEvenByGuessingItsId() throws Exception {
        Fixture f = fixture();
        WebClient siteAdmin = signedIn(f.siteAdminA());

        assertThat(siteAdmin.getJson("api/sites/" + f.siteA()).statusCode()).isEqualTo(200);
        HttpResponse<String> other = siteAdmin.getJson("api/sites/" + f.siteB());
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).doesNotContain("B" + f.suffix().toUpperCase());
        assertThat(Json.parse(siteAdmin.getJson("api/sites").body()).toString())
                .contains("\"id\":" + f.siteA()).doesNotContain("\"id\":" + f.siteB());

        HttpResponse<String> change = siteAdmin.putJson("api/sites/" + f.siteB(),
                "{\"version\":0,\"name\":\"Taken over\",\"timeZone\":\"UTC\"}");
        assertThat(change.statusCode()).isEqualTo(404);

        WebClient auditor = signedIn(f.auditor());
        String trail = auditor.get("audit/audit.xhtml").body();
        assertThat(trail).contains("Access refused").contains(f.siteAdminA());
    }

    @Test
    @RunAsClient
    void providerWideRolesSeeEverySiteAndOnlyAdministratorsChangeThem() throws Exception {
        Fixture f = fixture();
        assertThat(signedIn(f.credentialing()).getJson("api/sites/" + f.siteB()).statusCode()).isEqualTo(200);
        assertThat(signedIn(f.auditor()).getJson("api/sites/" + f.siteA()).statusCode()).isEqualTo(200);

        WebClient clinician = signedIn(f.clinicianA());
        assertThat(clinician.getJson("api/sites/" + f.siteA()).statusCode()).isEqualTo(200);
        assertThat(clinician.putJson("api/sites/" + f.siteA(), "{\"version\":0,\"name\":\"Renamed\",\"timeZone\":\"UTC\"}")
                .statusCode()).isEqualTo(403);
        assertThat(signedIn(f.auditor()).putJson("api/sites/" + f.siteA(),
                "{\"version\":0,\"name\":\"Renamed\",\"timeZone\":\"UTC\"}").statusCode()).isEqualTo(403);
    }

    @Test
    @RunAsClient
    void pagesAreClosedToRolesTheyAreNotFor() throws Exception {
        Fixture f = fixture();
        WebClient clinician = signedIn(f.clinicianA());
        assertThat(clinician.get("security/users.xhtml").statusCode()).isEqualTo(403);
        assertThat(clinician.get("audit/audit.xhtml").statusCode()).isEqualTo(403);
        assertThat(clinician.get("index.xhtml").statusCode()).isEqualTo(200);
        assertThat(signedIn(f.auditor()).get("audit/audit.xhtml").statusCode()).isEqualTo(200);
        assertThat(signedIn(f.admin()).get("security/users.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    @RunAsClient
    void twoSavesFromTheSameVersionGiveOneWinnerAndAClearConflict() throws Exception {
        Fixture f = fixture();
        WebClient first = signedIn(f.admin());
        WebClient second = signedIn(f.siteAdminA());
        long version = Json.object(first.getJson("api/sites/" + f.siteA()).body()).getJsonNumber("version").longValue();

        HttpResponse<String> winner = first.putJson("api/sites/" + f.siteA(),
                "{\"version\":" + version + ",\"name\":\"First save\",\"timeZone\":\"America/New_York\"}");
        HttpResponse<String> loser = second.putJson("api/sites/" + f.siteA(),
                "{\"version\":" + version + ",\"name\":\"Second save\",\"timeZone\":\"America/New_York\"}");

        assertThat(winner.statusCode()).isEqualTo(200);
        assertThat(loser.statusCode()).isEqualTo(409);
        assertThat(Json.object(loser.body()).getString("changedBy")).isEqualTo(f.admin());
        assertThat(Json.object(first.getJson("api/sites/" + f.siteA()).body()).getString("name")).isEqualTo("First save");
    }

    @Test
    @RunAsClient
    void badInputIsAFieldMessageAndNothingIsWritten() throws Exception {
        Fixture f = fixture();
        WebClient admin = signedIn(f.admin());
        JsonObject before = Json.object(admin.getJson("api/sites/" + f.siteA()).body());
        long version = before.getJsonNumber("version").longValue();

        HttpResponse<String> zone = admin.putJson("api/sites/" + f.siteA(),
                "{\"version\":" + version + ",\"name\":\"Fine\",\"timeZone\":\"Mars/Olympus\"}");
        assertThat(zone.statusCode()).isEqualTo(400);
        assertThat(zone.body()).contains("timeZone").contains("Not a known time zone");

        HttpResponse<String> blank = admin.putJson("api/sites/" + f.siteA(),
                "{\"version\":" + version + ",\"name\":\"\",\"timeZone\":\"UTC\"}");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("name").contains("A site name is required.").doesNotContain("Exception");

        assertThat(Json.object(admin.getJson("api/sites/" + f.siteA()).body())).isEqualTo(before);
    }

    @Test
    @RunAsClient
    void theSessionIdChangesAtSignInAndTheOldOneIsDead() throws Exception {
        Fixture f = fixture();
        WebClient client = new WebClient(base.toURI());
        client.get("login.xhtml");
        String before = client.sessionId();
        assertThat(before).isNotNull();
        client.loginOrFail(f.auditor(), Fixture.PASSWORD);
        String after = client.sessionId();
        assertThat(after).isNotEqualTo(before);
        assertThat(client.get("index.xhtml").statusCode()).isEqualTo(200);

        WebClient attacker = new WebClient(base.toURI());
        attacker.useSessionId(before);
        assertThat(attacker.get("index.xhtml").statusCode()).as("the pre-login id is not signed in").isEqualTo(302);
    }

    @Test
    @RunAsClient
    void everyPageButSignInNeedsASignedInUserAndHeadersAreSet() throws Exception {
        WebClient anonymous = new WebClient(base.toURI());
        for (String page : List.of("index.xhtml", "security/users.xhtml", "audit/audit.xhtml", "site/sites.xhtml",
                "security/password.xhtml", "api/sites")) {
            HttpResponse<String> response = anonymous.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(page).hasValueSatisfying(l -> assertThat(l).contains("login.xhtml"));
        }
        HttpResponse<String> login = anonymous.get("login.xhtml");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("frame-ancestors 'none'").contains("script-src 'self' 'nonce-").doesNotContain("unsafe-eval"));
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(login.headers().firstValue("Cache-Control")).contains("no-store");

        HttpResponse<String> ready = anonymous.get("health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"").contains("database");
        assertThat(anonymous.get("health/live").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("no/such/page.xhtml").body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    // ---- accreditation records ----

    @Test
    @RunAsClient
    void accreditationRecordsFollowSiteScopeAndRoles() throws Exception {
        Fixture f = fixture();
        WebClient siteAdmin = signedIn(f.siteAdminA());
        WebClient admin = signedIn(f.admin());
        String carf = carfRecord(LocalDate.now(ZoneId.of("America/New_York")).plusDays(400));

        HttpResponse<String> own = siteAdmin.postJson("api/sites/" + f.siteA() + "/records", carf);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        HttpResponse<String> other = admin.postJson("api/sites/" + f.siteB() + "/records", carf);
        assertThat(other.statusCode()).as(other.body()).isEqualTo(200);
        long otherId = Json.object(other.body()).getJsonNumber("id").longValue();

        assertThat(siteAdmin.postJson("api/sites/" + f.siteB() + "/records", carf).statusCode()).isEqualTo(404);
        assertThat(siteAdmin.getJson("api/sites/" + f.siteB() + "/records").statusCode()).isEqualTo(404);
        assertThat(siteAdmin.getJson("api/records/" + otherId).statusCode()).isEqualTo(404);
        assertThat(siteAdmin.get("site/site.xhtml?id=" + f.siteB()).statusCode()).as("site page of B").isEqualTo(404);
        assertThat(siteAdmin.get("site/record.xhtml?id=" + otherId).statusCode()).as("record page of B").isEqualTo(404);
        assertThat(siteAdmin.get("site/record.xhtml?site=" + f.siteB()).statusCode()).as("new record at B").isEqualTo(404);
        assertThat(siteAdmin.get("site/site.xhtml?id=" + f.siteA()).statusCode()).isEqualTo(200);
        assertThat(siteAdmin.putJson("api/records/" + otherId, carf).statusCode()).isEqualTo(404);

        WebClient auditor = signedIn(f.auditor());
        assertThat(auditor.getJson("api/records/" + otherId).statusCode()).isEqualTo(200);
        assertThat(auditor.postJson("api/sites/" + f.siteA() + "/records", carf).statusCode()).isEqualTo(403);
        assertThat(signedIn(f.clinicianA()).getJson("api/sites/" + f.siteA() + "/records").statusCode()).isEqualTo(403);
        assertThat(signedIn(f.credentialing()).getJson("api/records/" + otherId).statusCode()).isEqualTo(403);
    }

    @Test
    @RunAsClient
    void brokenRecordRulesAnswerFieldMessagesAndStoreNothing() throws Exception {
        Fixture f = fixture();
        WebClient admin = signedIn(f.admin());
        String noDates = "{\"version\":0,\"bodyId\":2,\"kind\":\"ACCREDITATION\",\"status\":\"ACCREDITED\","
                + "\"programmes\":[\"ADULT_IOP\"]}";
        HttpResponse<String> missing = admin.postJson("api/sites/" + f.siteA() + "/records", noDates);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("decisionDate").contains("expiryDate")
                .contains("An accredited or provisional record needs its expiry date.");

        String backwards = "{\"version\":0,\"bodyId\":2,\"kind\":\"ACCREDITATION\",\"status\":\"APPLIED\","
                + "\"effectiveDate\":\"2026-06-01\",\"expiryDate\":\"2026-05-01\",\"programmes\":[\"ADULT_IOP\"]}";
        HttpResponse<String> order = admin.postJson("api/sites/" + f.siteA() + "/records", backwards);
        assertThat(order.statusCode()).isEqualTo(400);
        assertThat(order.body()).contains("The expiry date must be after the effective date.");

        assertThat(admin.getJson("api/sites/" + f.siteA() + "/records").body()).isEqualTo("[]");
    }

    @Test
    @RunAsClient
    void oneCurrentRecordPerSiteBodyAndProgrammeAndARenewalKeepsTheOldOneAsHistory() throws Exception {
        Fixture f = fixture();
        WebClient admin = signedIn(f.admin());
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        String carf = carfRecord(today.plusDays(30));
        long first = Json.object(admin.postJson("api/sites/" + f.siteA() + "/records", carf).body()).getJsonNumber("id").longValue();

        HttpResponse<String> duplicate = admin.postJson("api/sites/" + f.siteA() + "/records", carf);
        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(duplicate.body()).contains("A current CARF International record already covers");
        assertThat(admin.postJson("api/sites/" + f.siteA() + "/records",
                carf.replace("ADULT_IOP", "ADOLESCENT_IOP")).statusCode()).as("another programme").isEqualTo(200);

        HttpResponse<String> renewal = admin.postJson("api/records/" + first + "/renewal",
                carfRecord(today.plusYears(3)).replace("\"version\":0", "\"version\":1"));
        assertThat(renewal.statusCode()).as(renewal.body()).isEqualTo(200);
        JsonObject renewed = Json.object(renewal.body());
        assertThat(renewed.getBoolean("current")).isTrue();
        assertThat(Json.object(admin.getJson("api/records/" + first).body()).getBoolean("current")).isFalse();
        assertThat(admin.postJson("api/records/" + first + "/renewal", carf.replace("\"version\":0", "\"version\":2"))
                .statusCode()).as("history cannot be renewed again").isEqualTo(400);
        assertThat(Json.parse(admin.getJson("api/sites/" + f.siteA() + "/records").body()).asJsonArray()).hasSize(3);
    }

    @Test
    void aRecordInForcePastItsExpiryIsExpiredTodayAndTheWatchSavesItAsAnAuditedChange() throws Exception {
        tx.begin();
        Site site = new Site("EX" + System.nanoTime() % 100000, "Expiry watch", ZoneId.of("Pacific/Honolulu"));
        db.em().persist(site);
        AccreditationRecord record = new AccreditationRecord(site, java.time.Instant.now());
        record.setBody(db.em().find(AccreditingBody.class, 2L));
        record.setKind(RecordKind.ACCREDITATION);
        record.setStatus(RecordStatus.ACCREDITED);
        LocalDate honolulu = LocalDate.now(ZoneId.of("Pacific/Honolulu"));
        record.setDecisionDate(honolulu.minusYears(1));
        record.setExpiryDate(honolulu);
        record.setProgrammes(java.util.EnumSet.of(Programme.ADULT_IOP));
        db.em().persist(record);
        tx.commit();
        assertThat(record.statusOn(honolulu)).isEqualTo(RecordStatus.EXPIRED);

        assertThat(accreditations.expireDue()).isGreaterThanOrEqualTo(1);
        db.em().clear();
        assertThat(db.em().find(AccreditationRecord.class, record.getId()).getStatus()).isEqualTo(RecordStatus.EXPIRED);
        assertThat(auditOf("AccreditationRecord", record.getId())).extracting(e -> e.getAction().name())
                .containsExactly("CREATE", "UPDATE");
    }

    @Test
    @RunAsClient
    void theReadinessMatrixExportsAsCsvExcelAndPdfAndEachExportIsAudited() throws Exception {
        Fixture f = fixture();
        WebClient admin = signedIn(f.admin());
        admin.postJson("api/sites/" + f.siteA() + "/records", carfRecord(LocalDate.now(ZoneId.of("America/New_York")).plusDays(90)));

        HttpResponse<String> csv = admin.submit("reporting/readiness.xhtml", "form", "form:exportCsv", Map.of());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).contains("\"Site\"").contains("CARF International");
        HttpResponse<String> xlsx = admin.submit("reporting/readiness.xhtml", "form", "form:exportXlsx", Map.of());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.body()).startsWith("PK");
        HttpResponse<String> pdf = admin.submit("reporting/readiness.xhtml", "form", "form:exportPdf", Map.of());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");

        assertThat(signedIn(f.auditor()).get("audit/audit.xhtml").body()).contains("Readiness matrix exported")
                .contains(f.admin());
        assertThat(signedIn(f.clinicianA()).get("reporting/readiness.xhtml").statusCode()).isEqualTo(403);
    }

    @Test
    @RunAsClient
    void scriptInATextFieldIsStoredAsTypedAndShownEscapedEverywhere() throws Exception {
        Fixture f = fixture();
        WebClient admin = signedIn(f.admin());
        String hostile = "<script>alert('x')</script> & \"Zürich\" \u202Egnp";
        long version = Json.object(admin.getJson("api/sites/" + f.siteA()).body()).getJsonNumber("version").longValue();
        String json = jakarta.json.Json.createObjectBuilder().add("version", version).add("name", hostile)
                .add("timeZone", "America/New_York").build().toString();
        assertThat(admin.putJson("api/sites/" + f.siteA(), json).statusCode()).isEqualTo(200);

        assertThat(Json.object(admin.getJson("api/sites/" + f.siteA()).body()).getString("name")).isEqualTo(hostile);
        for (String page : List.of("site/site.xhtml?id=" + f.siteA(), "site/sites.xhtml", "index.xhtml")) {
            String html = admin.get(page).body();
            assertThat(html).as(page).doesNotContain("<script>alert('x')</script>");
        }
        assertThat(admin.get("site/site.xhtml?id=" + f.siteA()).body()).contains("&lt;script&gt;alert(");
    }

    private static String carfRecord(LocalDate expiry) {
        return "{\"version\":0,\"bodyId\":2,\"kind\":\"ACCREDITATION\",\"status\":\"ACCREDITED\",\"number\":\"CARF-1\","
                + "\"awardLength\":\"THREE_YEAR\",\"decisionDate\":\"" + expiry.minusYears(3).minusDays(10) + "\","
                + "\"effectiveDate\":\"" + expiry.minusYears(3) + "\",\"expiryDate\":\"" + expiry + "\","
                + "\"programmes\":[\"ADULT_IOP\"]}";
    }

    // ---- surveys, findings, plans of correction ----

    @Test
    @RunAsClient
    void surveysFindingsAndPlansFollowSiteScopeAndRolesEvenByGuessedIds() throws Exception {
        Fixture f = fixture();
        WebClient admin = signedIn(f.admin());
        long[] b = surveyWithPlan(admin, f.siteB(), f.admin(), LocalDate.now(ZoneId.of("America/Los_Angeles")));
        long survey = b[0];
        long finding = b[1];
        long plan = b[2];

        WebClient siteAdmin = signedIn(f.siteAdminA());
        String survey2 = surveyJson(2, LocalDate.now(ZoneId.of("America/New_York")).minusDays(3), null);
        assertThat(siteAdmin.getJson("api/sites/" + f.siteB() + "/surveys").statusCode()).isEqualTo(404);
        assertThat(siteAdmin.postJson("api/sites/" + f.siteB() + "/surveys", survey2).statusCode()).isEqualTo(404);
        assertThat(siteAdmin.getJson("api/surveys/" + survey).statusCode()).isEqualTo(404);
        assertThat(siteAdmin.putJson("api/surveys/" + survey, survey2).statusCode()).isEqualTo(404);
        assertThat(siteAdmin.getJson("api/surveys/" + survey + "/findings").statusCode()).isEqualTo(404);
        assertThat(siteAdmin.postJson("api/surveys/" + survey + "/findings", FINDING).statusCode()).isEqualTo(404);
        assertThat(siteAdmin.getJson("api/findings/" + finding).statusCode()).isEqualTo(404);
        assertThat(siteAdmin.putJson("api/findings/" + finding, FINDING).statusCode()).isEqualTo(404);
        assertThat(siteAdmin.postJson("api/findings/" + finding + "/correction", "{\"version\":0}").statusCode()).isEqualTo(404);
        assertThat(siteAdmin.getJson("api/corrections/" + plan).statusCode()).isEqualTo(404);
        assertThat(siteAdmin.putJson("api/corrections/" + plan, "{\"version\":1}").statusCode()).isEqualTo(404);
        assertThat(siteAdmin.getJson("site/survey.xhtml?id=" + survey).statusCode()).isEqualTo(404);
        assertThat(siteAdmin.getJson("site/finding.xhtml?id=" + finding).statusCode()).isEqualTo(404);
        assertThat(siteAdmin.postJson("api/sites/" + f.siteA() + "/surveys", survey2).statusCode()).as("own site").isEqualTo(200);

        WebClient auditor = signedIn(f.auditor());
        HttpResponse<String> read = auditor.getJson("api/corrections/" + plan);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(auditor.getJson("api/surveys/" + survey + "/findings").statusCode()).isEqualTo(200);
        assertThat(auditor.putJson("api/corrections/" + plan, read.body()).statusCode()).isEqualTo(403);
        assertThat(auditor.postJson("api/surveys/" + survey + "/findings", FINDING).statusCode()).isEqualTo(403);
        assertThat(auditor.postJson("api/sites/" + f.siteA() + "/surveys", survey2).statusCode()).isEqualTo(403);
        assertThat(signedIn(f.clinicianA()).getJson("api/sites/" + f.siteA() + "/surveys").statusCode()).isEqualTo(403);
    }

    @Test
    @RunAsClient
    void anIllegalStatusStepOrAFutureSurveyIsAFieldMessageAndNothingChanges() throws Exception {
        Fixture f = fixture();
        WebClient admin = signedIn(f.admin());
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        long plan = surveyWithPlan(admin, f.siteA(), f.siteAdminA(), today)[2];
        JsonObject before = Json.object(admin.getJson("api/corrections/" + plan).body());

        HttpResponse<String> skip = admin.putJson("api/corrections/" + plan,
                planJson(before.getJsonNumber("version").longValue(), before.getJsonNumber("ownerId").longValue(), today, "CLOSED", "done"));
        assertThat(skip.statusCode()).as(skip.body()).isEqualTo(400);
        assertThat(skip.body()).contains("\"status\"").contains("Not a next step");
        assertThat(admin.getJson("api/corrections/" + plan).body()).isEqualTo(before.toString());

        HttpResponse<String> future = admin.postJson("api/sites/" + f.siteA() + "/surveys", surveyJson(1, today.plusDays(2), today.plusDays(1)));
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("surveyDate").contains("A survey date cannot be in the future.")
                .contains("reportDate").contains("The report cannot arrive before the survey.");
        assertThat(admin.getJson("api/sites/" + f.siteA() + "/surveys").body()).doesNotContain(today.plusDays(2).toString());
    }

    @Test
    @RunAsClient
    void twoEditsOfAPlanFromTheSameVersionGiveOneWinnerAndA409() throws Exception {
        Fixture f = fixture();
        WebClient admin = signedIn(f.admin());
        WebClient siteAdmin = signedIn(f.siteAdminA());
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        long plan = surveyWithPlan(admin, f.siteA(), f.siteAdminA(), today)[2];
        JsonObject loaded = Json.object(admin.getJson("api/corrections/" + plan).body());
        long version = loaded.getJsonNumber("version").longValue();
        long owner = loaded.getJsonNumber("ownerId").longValue();

        HttpResponse<String> first = siteAdmin.putJson("api/corrections/" + plan, planJson(version, owner, today, "SUBMITTED", null));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        HttpResponse<String> second = admin.putJson("api/corrections/" + plan, planJson(version, owner, today.plusDays(5), "OPEN", null));
        assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
        assertThat(Json.object(admin.getJson("api/corrections/" + plan).body()).getString("status")).isEqualTo("SUBMITTED");
    }

    @Test
    @RunAsClient
    void anOverduePlanIsOnTheDueListAndCountedInTheMatrix() throws Exception {
        Fixture f = fixture();
        WebClient admin = signedIn(f.admin());
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        HttpResponse<String> record = admin.postJson("api/sites/" + f.siteA() + "/records", carfRecord(today.plusDays(400)));
        assertThat(record.statusCode()).as(record.body()).isEqualTo(200);
        long plan = surveyWithPlan(admin, f.siteA(), f.siteAdminA(), today.minusDays(3))[2];
        assertThat(Json.object(admin.getJson("api/corrections/" + plan).body()).getBoolean("overdue")).isTrue();

        WebClient siteAdmin = signedIn(f.siteAdminA());
        assertThat(siteAdmin.get("index.xhtml").body()).contains("Plan of correction (CARF International 2.B.4.a) at");
        String matrix = siteAdmin.get("reporting/readiness.xhtml").body();
        assertThat(matrix).contains("2 open findings").contains("1 overdue");
    }

    /** A CARF survey at the site with two findings, the first with a plan owned by {@code owner} due on {@code due}: ids of survey, finding, plan. */
    private long[] surveyWithPlan(WebClient client, long siteId, String owner, LocalDate due) {
        HttpResponse<String> survey = client.postJson("api/sites/" + siteId + "/surveys", surveyJson(2, due.minusDays(120), due.minusDays(100)));
        assertThat(survey.statusCode()).as(survey.body()).isEqualTo(200);
        long surveyId = Json.object(survey.body()).getJsonNumber("id").longValue();
        HttpResponse<String> finding = client.postJson("api/surveys/" + surveyId + "/findings", FINDING);
        assertThat(finding.statusCode()).as(finding.body()).isEqualTo(200);
        assertThat(client.postJson("api/surveys/" + surveyId + "/findings", FINDING.replace("2.B.4.a", "1.A.1")).statusCode()).isEqualTo(200);
        long findingId = Json.object(finding.body()).getJsonNumber("id").longValue();
        long ownerId = Json.parse(client.getJson("api/sites/" + siteId + "/surveys/owners").body()).asJsonArray().stream()
                .map(v -> v.asJsonObject()).filter(u -> u.getString("username").equals(owner))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        HttpResponse<String> plan = client.postJson("api/findings/" + findingId + "/correction", planJson(0, ownerId, due, null, null));
        assertThat(plan.statusCode()).as(plan.body()).isEqualTo(200);
        return new long[] {surveyId, findingId, Json.object(plan.body()).getJsonNumber("id").longValue()};
    }

    private static final String FINDING = "{\"version\":0,\"standardRef\":\"2.B.4.a\",\"text\":\"Person-centred plans not reviewed on schedule.\",\"level\":\"MODERATE\"}";

    private static String surveyJson(long bodyId, LocalDate surveyDate, LocalDate reportDate) {
        return "{\"version\":0,\"bodyId\":" + bodyId + ",\"type\":\"TRIENNIAL\",\"surveyDate\":\"" + surveyDate + "\""
                + (reportDate == null ? "" : ",\"reportDate\":\"" + reportDate + "\"") + ",\"surveyors\":\"A. Surveyor\"}";
    }

    private static String planJson(long version, long ownerId, LocalDate due, String status, String evidence) {
        return "{\"version\":" + version + ",\"actions\":\"Retrain and audit ten plans a month.\",\"ownerId\":" + ownerId
                + ",\"dueDate\":\"" + due + "\"" + (status == null ? "" : ",\"status\":\"" + status + "\"")
                + (evidence == null ? "" : ",\"evidenceNote\":\"" + evidence + "\"") + "}";
    }

    // ---- evidence documents ----

    @Test
    @RunAsClient
    void aSiteAdministratorUploadsAPdfAndDownloadsTheSameBytesWithSafeHeadersAndAnAuditLine() throws Exception {
        Fixture f = fixture();
        WebClient siteAdmin = signedIn(f.siteAdminA());
        String marker = "MARKER-" + f.suffix();
        byte[] file = pdf(marker);
        long owner = System.nanoTime();

        HttpResponse<String> created = siteAdmin.postBytes(uploadPath(f.siteA(), owner, "../../Befund Zürich\u202Egnp.pdf"),
                file, "application/pdf");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Json.object(created.body()).getJsonNumber("id").longValue();
        JsonObject stored = Json.object(siteAdmin.getJson("api/documents/" + id).body());
        assertThat(stored.getString("sha256")).isEqualTo(Checksums.sha256(file));
        assertThat(stored.getJsonNumber("sizeBytes").longValue()).isEqualTo(file.length);
        assertThat(stored.getString("name")).isEqualTo("Befund Zürichgnp.pdf");
        assertThat(stored.getString("contentType")).isEqualTo("application/pdf");
        assertThat(stored.getString("uploadedBy")).isEqualTo(f.siteAdminA());
        assertThat(siteAdmin.getJson("api/documents?ownerType=" + OWNER_TYPE + "&ownerId=" + owner + "&siteId=" + f.siteA())
                .body()).contains("\"id\":" + id);

        HttpResponse<byte[]> download = siteAdmin.getBytes("documents/download?id=" + id);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(file);
        assertThat(download.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition")).contains(
                "attachment; filename=\"Befund Z_richgnp.pdf\"; filename*=UTF-8''Befund%20Z%C3%BCrichgnp.pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(download.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(download.headers().firstValue("Content-Length")).contains(String.valueOf(file.length));

        String trail = auditTrailOf(f, f.siteAdminA());
        assertThat(trail).contains("," + f.siteA() + ",DOWNLOAD,Document," + id + ",")
                .contains("," + f.siteA() + ",CREATE,Document," + id + ",").contains(Checksums.sha256(file))
                .as("no file bytes in the trail").doesNotContain(marker).doesNotContain("DocumentContent").doesNotContain("[B@");
    }

    @Test
    @RunAsClient
    void aSiteAdministratorCanNeitherDownloadNorUploadAtAnotherSite() throws Exception {
        Fixture f = fixture();
        long owner = System.nanoTime();
        long id = uploaded(signedIn(f.admin()), f.siteB(), owner, "site-b-evidence.pdf", pdf("site B"));
        WebClient siteAdmin = signedIn(f.siteAdminA());
        JsonObject before = documentRows(siteAdmin);

        HttpResponse<byte[]> download = siteAdmin.getBytes("documents/download?id=" + id);
        assertThat(download.statusCode()).isEqualTo(404);
        assertThat(new String(download.body(), StandardCharsets.UTF_8)).doesNotContain("%PDF").doesNotContain("site-b-evidence");
        assertThat(siteAdmin.getJson("api/documents/" + id).statusCode()).isEqualTo(404);
        assertThat(siteAdmin.getJson("api/documents?ownerType=" + OWNER_TYPE + "&ownerId=" + owner + "&siteId=" + f.siteB())
                .statusCode()).isEqualTo(404);
        HttpResponse<String> upload = siteAdmin.postBytes(uploadPath(f.siteB(), owner, "planted.pdf"), pdf("planted"),
                "application/pdf");
        assertThat(upload.statusCode()).isEqualTo(404);
        assertThat(documentRows(siteAdmin)).isEqualTo(before);
        assertThat(signedIn(f.clinicianA()).getBytes("documents/download?id=" + id).statusCode()).isEqualTo(404);
        assertThat(signedIn(f.admin()).postBytes(uploadPath(Long.MAX_VALUE, owner, "nowhere.pdf"), pdf("nowhere"),
                "application/pdf").statusCode()).as("a site that does not exist").isEqualTo(404);

        assertThat(auditTrailOf(f, f.siteAdminA())).contains(",ACCESS_DENIED,Document," + id + ",")
                .contains(",ACCESS_DENIED,Site," + f.siteB() + ",").doesNotContain(",DOWNLOAD,");
    }

    @Test
    @RunAsClient
    void aClinicianDownloadsTheirSitesDocumentsButCannotUploadAndProviderWideRolesSeeEverySite() throws Exception {
        Fixture f = fixture();
        byte[] file = pdf("for clinicians");
        long id = uploaded(signedIn(f.siteAdminA()), f.siteA(), System.nanoTime(), "plan.pdf", file);

        WebClient clinician = signedIn(f.clinicianA());
        HttpResponse<byte[]> download = clinician.getBytes("documents/download?id=" + id);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(file);
        JsonObject before = documentRows(clinician);
        assertThat(clinician.postBytes(uploadPath(f.siteA(), 1, "mine.pdf"), file, "application/pdf").statusCode())
                .as("clinicians do not upload").isEqualTo(403);
        assertThat(documentRows(clinician)).isEqualTo(before);

        assertThat(signedIn(f.credentialing()).getBytes("documents/download?id=" + id).statusCode()).isEqualTo(200);
        assertThat(signedIn(f.auditor()).getBytes("documents/download?id=" + id).statusCode()).isEqualTo(200);
        HttpResponse<byte[]> anonymous = new WebClient(base.toURI()).getBytes("documents/download?id=" + id);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("login.xhtml"));
    }

    @Test
    @RunAsClient
    void disguisedEmptyAndOversizedFilesAreRefusedOnTheFileFieldAndNothingIsStored() throws Exception {
        Fixture f = fixture();
        WebClient siteAdmin = signedIn(f.siteAdminA());
        JsonObject before = documentRows(siteAdmin);
        String unsupported = "Only PDF, PNG or JPEG files, checked by their content.";

        assertRefused(siteAdmin, f.siteA(), "report.pdf", "<!DOCTYPE html><html><script>alert(1)</script></html>"
                .getBytes(StandardCharsets.UTF_8), "application/pdf", unsupported);
        assertRefused(siteAdmin, f.siteA(), "chart.png", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"
                .getBytes(StandardCharsets.UTF_8), "image/png", unsupported);
        assertRefused(siteAdmin, f.siteA(), "setup.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}, "application/pdf",
                unsupported);
        assertRefused(siteAdmin, f.siteA(), "empty.pdf", new byte[0], "application/pdf", "The file is empty.");
        byte[] oversized = new byte[20 * 1024 * 1024 + 1];
        byte[] header = pdf("big");
        System.arraycopy(header, 0, oversized, 0, header.length);
        assertRefused(siteAdmin, f.siteA(), "big.pdf", oversized, "application/pdf", "At most 20 MB.");

        assertThat(documentRows(siteAdmin)).isEqualTo(before);
    }

    @Test
    @RunAsClient
    void aMalformedOrUnknownDocumentIdIsAPlain404() throws Exception {
        WebClient auditor = signedIn(fixture().auditor());
        for (String query : List.of("", "?id=", "?id=abc", "?id=-1", "?id=1.5", "?id=99999999999999999999",
                "?id=%00", "?id=" + Long.MAX_VALUE, "?id=1&id=2")) {
            HttpResponse<String> response = auditor.get("documents/download" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(404);
            assertThat(response.body()).as(query).contains("Not found").doesNotContain("NumberFormat")
                    .doesNotContain("at org.").doesNotContain("Caused by");
        }
        assertThat(auditor.getJson("api/documents/abc").statusCode()).isEqualTo(404);
    }

    @Test
    void aDocumentsAuditLineHasItsMetadataButNeverItsBytesWhichLiveInTheirOwnTable() throws Exception {
        String marker = "SECRET-" + System.nanoTime();
        byte[] file = pdf(marker);
        tx.begin();
        Site site = new Site("DC" + System.nanoTime() % 100000, "Documents", ZoneId.of("UTC"));
        db.em().persist(site);
        db.em().flush(); // the document's site is an id, not a relation: EclipseLink cannot order the inserts itself
        Document document = new Document(site.getId(), OWNER_TYPE, 42L, "evidence.pdf", DocumentType.PDF, file.length,
                Checksums.sha256(file), "tester", java.time.Instant.now());
        db.em().persist(document);
        db.em().flush();
        db.em().persist(new DocumentContent(document, file));
        tx.commit();
        db.em().clear();

        assertThat(db.em().find(DocumentContent.class, document.getId()).bytes()).isEqualTo(file);
        List<AuditEntry> lines = auditOf("Document", document.getId());
        assertThat(lines).extracting(e -> e.getAction().name()).containsExactly("CREATE");
        assertThat(lines.get(0).getSiteId()).isEqualTo(site.getId());
        JsonObject after = Json.object(lines.get(0).getDetail()).getJsonObject("after");
        assertThat(after.getString("sha256")).isEqualTo(Checksums.sha256(file));
        assertThat(after.getString("sizeBytes")).isEqualTo(String.valueOf(file.length));
        assertThat(lines.get(0).getDetail()).doesNotContain(marker);
        assertThat(db.em().createQuery("select count(a) from AuditEntry a where a.entityType = 'DocumentContent' "
                + "or a.detail like :marker", Long.class).setParameter("marker", "%" + marker + "%").getSingleResult())
                .isZero();
    }

    // ---- helpers ----

    /** A user with a password hashed at the given cost, committed. */
    private AppUser persistUser(String name, Role role, int iterations, String password) throws Exception {
        tx.begin();
        AppUser user = new AppUser(name, "Test " + name, role, java.time.Instant.now());
        user.changePasswordHash(new PasswordHasher(iterations).hash(password.toCharArray()), java.time.Instant.now());
        db.em().persist(user);
        tx.commit();
        return user;
    }

    private List<AuditEntry> auditOf(String type, Long id) {
        return db.em().createQuery("select a from AuditEntry a where a.entityType = :type and a.entityId = :id order by a.id",
                        AuditEntry.class)
                .setParameter("type", type).setParameter("id", String.valueOf(id)).getResultList();
    }

    private Fixture fixture() throws Exception {
        return Fixture.create(base.toURI());
    }

    private WebClient signedIn(String username) throws Exception {
        return Fixture.signedIn(base.toURI(), username);
    }

    static URI uri(URL url) throws Exception {
        return url.toURI();
    }
    private static final String OWNER_TYPE = "AccreditationRecord";

    /** A small well-formed PDF whose text carries {@code marker}, to look for it where it must not be. */
    private static byte[] pdf(String marker) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Title (" + marker + ") >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static String uploadPath(long siteId, long ownerId, String name) {
        return "test-support/documents?ownerType=" + OWNER_TYPE + "&ownerId=" + ownerId + "&siteId=" + siteId
                + "&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    private static long uploaded(WebClient client, long siteId, long ownerId, String name, byte[] file) {
        HttpResponse<String> created = client.postBytes(uploadPath(siteId, ownerId, name), file, "application/pdf");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Json.object(created.body()).getJsonNumber("id").longValue();
    }

    private static void assertRefused(WebClient client, long siteId, String name, byte[] file, String contentType,
            String message) {
        HttpResponse<String> refused = client.postBytes(uploadPath(siteId, 1, name), file, contentType);
        assertThat(refused.statusCode()).as(name).isEqualTo(400);
        JsonObject problem = Json.object(refused.body());
        assertThat(problem.getString("field")).as(name).isEqualTo("file");
        assertThat(problem.getString("message")).as(name).isEqualTo(message);
    }

    private static JsonObject documentRows(WebClient client) {
        return Json.object(client.getJson("test-support/documents").body());
    }

    /** The audit lines of one user, as an auditor's CSV export shows them. */
    private String auditTrailOf(Fixture f, String actor) throws Exception {
        HttpResponse<String> csv = signedIn(f.auditor()).submit("audit/audit.xhtml", "form", "form:export",
                Map.of("form:actor", actor));
        assertThat(csv.statusCode()).as(csv.statusCode() + " " + csv.headers().map() + " " + csv.body()).isEqualTo(200);
        return csv.body();
    }

    /** A user with a password hashed at the given cost, committed. */

    @Test
    void ofTwoNodesAskingForAJobAtTheSameInstantExactlyOneRunsIt() throws Exception {
        String job = "it-job-" + System.nanoTime();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection setup = dataSource.getConnection(); PreparedStatement seed = setup.prepareStatement(
                "insert into job_lease (job, holder, held_until) values (?, 'nobody', ?)")) {
            seed.setString(1, job);
            seed.setObject(2, now.minusDays(1));
            seed.executeUpdate();
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> taken = new ArrayList<>();
            for (String node : List.of("node-a", "node-b")) {
                taken.add(nodes.submit(() -> {
                    try (Connection connection = dataSource.getConnection()) {
                        start.await();
                        return LeaseTaking.take(connection, job, node, now, Duration.ofMinutes(50));
                    }
                }));
            }
            start.countDown();
            List<Boolean> answers = new ArrayList<>();
            for (Future<Boolean> answer : taken) {
                answers.add(answer.get(30, TimeUnit.SECONDS));
            }
            assertThat(answers).containsExactlyInAnyOrder(true, false);
        } finally {
            nodes.shutdownNow();
        }
        assertThat(leases.take(job, Duration.ofMinutes(50))).as("node-a or node-b holds it").isFalse();
        assertThatThrownBy(() -> leases.take("it-job-without-a-row", Duration.ofMinutes(1)))
                .hasStackTraceContaining("No lease row");
    }

    @Test
    void claimsOlderThanADayAreForgottenByTheHourlyCleanupAndAnExpiredKeyRunsAgain() throws Exception {
        String user = "it-idem-" + System.nanoTime();
        Instant now = Instant.now();
        try (Connection setup = dataSource.getConnection(); PreparedStatement seed = setup.prepareStatement(
                "insert into idempotent_request (username, idem_key, request_hash, created_at, status) values (?, ?, 'h', ?, 201)")) {
            for (Object[] row : new Object[][] {{"old", now.minus(Duration.ofHours(25))}, {"old2", now.minus(Duration.ofHours(30))},
                    {"fresh", now.minus(Duration.ofHours(1))}}) {
                seed.setString(1, user);
                seed.setString(2, (String) row[0]);
                seed.setTimestamp(3, java.sql.Timestamp.from((Instant) row[1]));
                seed.executeUpdate();
            }
        }
        // a claim forgets its own key's expired request, and only that one
        assertThat(idempotency.claim(user, "old", "h").kind()).isEqualTo(IdempotencyStore.Claim.Kind.CLAIMED);
        assertThat(idempotency.claim(user, "fresh", "h").kind()).isEqualTo(IdempotencyStore.Claim.Kind.REPLAY);
        assertThat(keysOf(user)).containsExactlyInAnyOrder("old", "old2", "fresh");
        // the hourly job forgets the rest, once per cluster (its lease row is seeded by V20)
        assertThat(idempotency.forgetExpired()).isGreaterThanOrEqualTo(1);
        assertThat(keysOf(user)).containsExactlyInAnyOrder("old", "fresh");
        leases.take("idempotency-cleanup", Duration.ofSeconds(1));
    }

    private List<String> keysOf(String user) throws Exception {
        List<String> keys = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "select idem_key from idempotent_request where username = ?")) {
            query.setString(1, user);
            try (java.sql.ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
        }
        return keys;
    }
}
