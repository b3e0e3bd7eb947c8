import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.ds.PGSimpleDataSource;

import org.iopmanager.audit.control.ChainHash;
import org.iopmanager.security.control.PasswordHasher;

/**
 * Benchmark data generator (issue 7): fills a PostgreSQL database through the app's own Flyway migrations, then with
 * COPY, deterministically from a seed. One method per table family; each takes the shared {@link World} (what the
 * families before it made) and adds to it. Usage (via bench/generate):
 * {@code java -cp <app classes and libs> bench/src/Generate.java <small|mid|large> [--force]}.
 * <p>
 * To extend once aftercare has merged (V15 referrals/consents/disclosures, V16 follow-ups): add {@code referrals(w)}
 * (about 2 per discharged episode: 100k on large) and {@code followUps(w)} after {@link #attendance}, following
 * {@link #measures} as a model, and bump {@link #MARKER_VERSION} so existing databases are regenerated.
 */
public final class Generate {

    static final int MARKER_VERSION = 2;
    static final long SEED = 20261201L;
    static final String PASSWORD = "bench-Passw0rd-2026";
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final Instant NOW = TODAY.atStartOfDay(ZoneOffset.UTC).toInstant();

    /** Shapes of the three sizes (issue 7, domain.md section 7). */
    record Size(String name, int sites, int staffPerSite, double credentialsPerStaff, int participantsPerSite,
                int groupSeriesPerSite, int auditRows) {
        static Size of(String name) {
            return switch (name) {
                case "small" -> new Size("small", 3, 20, 2.5, 200, 3, 15_000);
                case "mid" -> new Size("mid", 20, 30, 2.5, 300, 3, 150_000);
                case "large" -> new Size("large", 200, 30, 2.5, 300, 3, 1_000_000);
                default -> throw new IllegalArgumentException("size is small, mid or large: " + name);
            };
        }
    }

    /** What the families made so far: id ranges and the per-site lists the later families pick from. */
    static final class World {
        final Size size;
        final Random random = new Random(SEED);
        long nextId = 1_000_000;
        final List<long[]> sites = new ArrayList<>();            // {id}
        final List<String> zones = new ArrayList<>();
        final List<String> states = new ArrayList<>();
        final List<List<Long>> staffBySite = new ArrayList<>();
        final List<Long> siteAdminUser = new ArrayList<>();
        final List<String> usernames = new ArrayList<>();
        final List<String> userRoles = new ArrayList<>();
        final List<long[]> staffRows = new ArrayList<>();         // {id, siteIndex, dobEpochDay, npiOrZero}
        final List<String[]> staffNames = new ArrayList<>();      // {first, last}
        final List<long[]> episodes = new ArrayList<>();          // {id, siteIndex, admissionEpochDay, dischargeEpochDayOr-1, participantId}

        World(Size size) {
            this.size = size;
        }

        long id() {
            return nextId++;
        }

        int pick(int bound) {
            return random.nextInt(bound);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: Generate <small|mid|large> [--force]");
            System.exit(2);
        }
        Size size = Size.of(args[0]);
        boolean force = args.length > 1 && "--force".equals(args[1]);
        String host = env("BENCH_PG_HOST", "127.0.0.1");
        String port = env("BENCH_PG_PORT", "5432");
        String user = env("BENCH_PG_USER", "postgres");
        String database = "iop_bench_" + size.name();
        String marker = "iop-bench " + size.name() + " seed " + SEED + " v" + MARKER_VERSION;
        String admin = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        String url = "jdbc:postgresql://" + host + ":" + port + "/" + database;

        try (Connection c = DriverManager.getConnection(admin, user, env("PGPASSWORD", "x"))) {
            String existing = null;
            boolean exists;
            try (PreparedStatement q = c.prepareStatement(
                    "select shobj_description(oid, 'pg_database') from pg_database where datname = ?")) {
                q.setString(1, database);
                try (ResultSet r = q.executeQuery()) {
                    exists = r.next();
                    if (exists) {
                        existing = r.getString(1);
                    }
                }
            }
            if (exists && marker.equals(existing) && !force) {
                System.out.println(database + " already holds " + marker + ": nothing to do");
                return;
            }
            try (Statement s = c.createStatement()) {
                if (exists) {
                    System.out.println("dropping " + database + " (marker: " + existing + ")");
                    s.execute("drop database " + database + " with (force)");
                }
                s.execute("create database " + database);
            }
        }

        long started = System.nanoTime();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(user);
        dataSource.setPassword(env("PGPASSWORD", "x"));
        // The schema exactly as the app makes it (platform/boundary/Database.java).
        Flyway.configure(Generate.class.getClassLoader()).dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
                .failOnMissingLocations(false).load().migrate();
        step("schema (Flyway)", started);

        World w = new World(size);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("set synchronous_commit = off");
            }
            long t = System.nanoTime();
            sites(c, w);
            Copy.sendAll(c);
            step("sites, accreditation, surveys", t);
            t = System.nanoTime();
            users(c, w);
            Copy.sendAll(c);
            step("users", t);
            t = System.nanoTime();
            staff(c, w);
            Copy.sendAll(c);
            step("staff, credentials, verifications, decisions", t);
            t = System.nanoTime();
            participants(c, w);
            Copy.sendAll(c);
            step("participants, episodes", t);
            t = System.nanoTime();
            plans(c, w);
            Copy.sendAll(c);
            step("treatment plans", t);
            t = System.nanoTime();
            attendance(c, w);
            Copy.sendAll(c);
            step("series, sessions, enrolments, attendance", t);
            t = System.nanoTime();
            measures(c, w);
            Copy.sendAll(c);
            step("measures", t);
            t = System.nanoTime();
            aftercare(c, w);
            Copy.sendAll(c);
            step("aftercare: services, consents, referrals, follow-ups", t);
            t = System.nanoTime();
            audit(c, w);
            step("audit trail (sealed)", t);
            try (Statement s = c.createStatement()) {
                s.execute("select setval('entity_seq', " + (w.nextId + 1000) + ")");
            }
            c.commit();
            t = System.nanoTime();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("vacuum analyze");
            }
            step("vacuum analyze", t);
        }
        Path leie = leieFile(w);
        System.out.println("LEIE-like file: " + leie);
        try (Connection c = DriverManager.getConnection(admin, user, env("PGPASSWORD", "x"));
             Statement s = c.createStatement()) {
            s.execute("comment on database " + database + " is '" + marker + "'");
        }
        step("total " + size.name(), started);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Table families

    static final String[] STATES = {"MA", "IL", "NY", "CA", "TX", "FL", "WA", "CO", "GA", "PA", "OH", "MI", "AZ", "OR",
        "MN", "NC", "VA", "NJ", "TN", "MO", "WI", "MD", "IN", "KY", "UT"};
    static final String[] ZONES = {"America/New_York", "America/Chicago", "America/New_York", "America/Los_Angeles",
        "America/Chicago", "America/New_York", "America/Los_Angeles", "America/Denver", "America/New_York",
        "America/New_York", "America/New_York", "America/Detroit", "America/Phoenix", "America/Los_Angeles",
        "America/Chicago", "America/New_York", "America/New_York", "America/New_York", "America/Chicago",
        "America/Chicago", "America/Chicago", "America/New_York", "America/Indiana/Indianapolis", "America/New_York",
        "America/Denver"};

    /** Sites, programmes, accreditation records (a fifth with two accreditors, some expired), surveys, findings. */
    static void sites(Connection c, World w) throws SQLException {
        int states = w.size.sites() <= 3 ? 1 : w.size.sites() <= 20 ? 3 : STATES.length;
        List<Object[]> records = new ArrayList<>();
        try (Copy site = new Copy(c, "site (id, version, code, name, time_zone, active, city, state, licensed_capacity)");
             Copy programme = new Copy(c, "site_programme (site_id, programme)")) {
            for (int i = 0; i < w.size.sites(); i++) {
                long id = w.id();
                int st = i % states;
                w.sites.add(new long[] {id});
                w.zones.add(ZONES[st]);
                w.states.add(STATES[st]);
                site.row(id, 0, String.format("S%03d", i + 1), String.format("Site %03d %s", i + 1, STATES[st]), ZONES[st],
                        true, "City " + (i + 1), STATES[st], 60);
                programme.row(id, "ADULT_IOP");
                if (i % 2 == 0) {
                    programme.row(id, "CO_OCCURRING_IOP");
                }
                if (i % 4 == 1) {
                    programme.row(id, "ADOLESCENT_IOP");
                }
                w.staffBySite.add(new ArrayList<>());
            }
        }
        try (Copy record = new Copy(c, "accreditation_record (id, version, site_id, body_id, kind, number, status, "
                + "decision_date, effective_date, expiry_date, award_length, last_survey_date, next_survey_from, "
                + "next_survey_to, created_at)")) {
            for (int i = 0; i < w.size.sites(); i++) {
                int bodies = i % 5 == 0 ? 2 : 1;
                for (int b = 0; b < bodies; b++) {
                    long id = w.id();
                    long body = b == 0 ? 1 + (i % 2) : 3;
                    LocalDate effective = TODAY.minusDays(30 + w.pick(1000));
                    LocalDate expiry = effective.plusYears(3);
                    String status = expiry.isBefore(TODAY) ? "EXPIRED" : "ACCREDITED";
                    record.row(id, 0, w.sites.get(i)[0], body, "ACCREDITATION", "A-" + id, status, effective, effective,
                            expiry, "THREE_YEAR", effective.minusDays(20), expiry.minusMonths(6), expiry, NOW);
                    records.add(new Object[] {id, i, body, effective});
                }
            }
        }
        w.random.setSeed(SEED + 1);
        try (Copy survey = new Copy(c, "survey (id, version, site_id, body_id, record_id, survey_date, type, report_date)");
             Copy finding = new Copy(c, "finding (id, version, survey_id, site_id, standard_ref, text, level)")) {
            for (Object[] r : records) {
                long id = w.id();
                int siteIndex = (int) r[1];
                LocalDate date = ((LocalDate) r[3]).minusDays(20);
                survey.row(id, 0, w.sites.get(siteIndex)[0], r[2], r[0], date, "TRIENNIAL", date.plusDays(10));
                int findings = w.pick(6);
                for (int f = 0; f < findings; f++) {
                    finding.row(w.id(), 0, id, w.sites.get(siteIndex)[0], "HRM.01.0" + (f + 1),
                            "Finding " + (f + 1) + " of survey " + id, f % 3 == 0 ? "HIGH" : "MODERATE");
                }
            }
        }
    }

    /** Two administrators, provider-wide credentialing and auditor users, and a site administrator and clinician per site. */
    static void users(Connection c, World w) throws SQLException {
        // One hash for every bench user, made by the app's own hasher at the app's cost (600,000): signing in costs
        // what it costs in production, and no re-hash happens at sign-in.
        String hash = new PasswordHasher(600_000).hash(PASSWORD.toCharArray());
        try (Copy user = new Copy(c, "app_user (id, version, username, display_name, email, role, password_hash, active, "
                + "failed_logins, created_at, directory)");
             Copy binding = new Copy(c, "app_user_site (user_id, site_id)")) {
            for (String[] u : new String[][] {{"admin", "ADMIN"}, {"admin2", "ADMIN"}, {"credentialing", "CREDENTIALING"},
                {"auditor", "AUDITOR"}}) {
                user.row(w.id(), 0, u[0], "Bench " + u[0], u[0] + "@bench.test", u[1], hash, true, 0, NOW, false);
                w.usernames.add(u[0]);
                w.userRoles.add(u[1]);
            }
            for (int i = 0; i < w.size.sites(); i++) {
                for (String role : new String[] {"SITE_ADMIN", "CLINICIAN"}) {
                    long id = w.id();
                    String name = String.format("s%03d.%s", i + 1, role.toLowerCase(Locale.ROOT).replace('_', '-'));
                    user.row(id, 0, name, "Bench " + name, name + "@bench.test", role, hash, true, 0, NOW, false);
                    binding.row(id, w.sites.get(i)[0]);
                    w.usernames.add(name);
                    w.userRoles.add(role);
                    if ("SITE_ADMIN".equals(role)) {
                        w.siteAdminUser.add(id);
                    }
                }
            }
        }
    }

    static final String[] FIRST = {"Alex", "Maria", "James", "Linda", "Robert", "Patricia", "Michael", "Jennifer", "David",
        "Elizabeth", "William", "Susan", "Richard", "Jessica", "Joseph", "Sarah", "Thomas", "Karen", "Daniel", "Nancy",
        "Priya", "Wei", "Fatima", "Diego", "Aisha", "Kenji", "Olga", "Mateo", "Amara", "Noah"};
    static final String[] LAST = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
        "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
        "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young",
        "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores"};
    // credential type ids (V5) by discipline: licence type, and whether a DEA registration comes with it
    static final long[][] LICENCE_BY_DISCIPLINE = {{101, 201}, {102, 203}, {103, 204}, {104, 206}, {105, 208}, {106, 210},
        {107, 212}, {108, 205}, {109, 214}, {110, 213}, {104, 207}, {105, 209}};
    static final String[] KIND = new String[300];

    static {
        for (int t = 201; t <= 212; t++) {
            KIND[t - 200] = "STATE_LICENCE";
        }
        KIND[13] = "CERTIFICATION";
        KIND[14] = "CERTIFICATION";
        KIND[15] = "DEA_REGISTRATION";
        KIND[18] = "MALPRACTICE_INSURANCE";
        KIND[19] = "CPR_FIRST_AID";
    }

    /**
     * Staff (home site, some working at a second site, associates under a supervisor), credentials (licence, BLS,
     * some DEA and COI, expiring and lapsed ones), their verifications (some older than 120 days), and one decision each.
     */
    static void staff(Connection c, World w) throws SQLException {
        w.random.setSeed(SEED + 2);
        try (Copy staff = new Copy(c, "staff_member (id, version, first_name, last_name, sort_name, date_of_birth, npi, email, "
                + "discipline_id, home_site_id, supervisor_id, supervision_start, supervision_end, employment_status, "
                + "employment_start, active, excluded, last_screened_on, last_licence_check, created_at)");
             Copy staffSite = new Copy(c, "staff_site (staff_id, site_id)")) {
            for (int s = 0; s < w.size.sites(); s++) {
                long siteId = w.sites.get(s)[0];
                Long firstLicensed = null;
                for (int k = 0; k < w.size.staffPerSite(); k++) {
                    long id = w.id();
                    String first = FIRST[w.pick(FIRST.length)];
                    String last = LAST[w.pick(LAST.length)];
                    LocalDate dob = LocalDate.of(1960 + w.pick(40), 1 + w.pick(12), 1 + w.pick(28));
                    String npi = npi(id);
                    long[] lic = LICENCE_BY_DISCIPLINE[k % LICENCE_BY_DISCIPLINE.length];
                    boolean associate = lic[1] == 207 || lic[1] == 209;
                    Long supervisor = associate ? firstLicensed : null;
                    LocalDate supStart = supervisor == null ? null : TODAY.minusDays(200);
                    LocalDate supEnd = supervisor == null ? null : TODAY.plusDays(w.pick(120)); // some expiring soon
                    staff.row(id, 0, first, last, (last + ", " + first).toLowerCase(Locale.ROOT), dob, npi,
                            first.toLowerCase(Locale.ROOT) + "." + id + "@bench.test", lic[0], siteId, supervisor, supStart,
                            supEnd, "ACTIVE", TODAY.minusDays(100 + w.pick(3000)), true, false, TODAY.minusDays(w.pick(40)),
                            TODAY.minusDays(w.pick(40)), NOW);
                    staffSite.row(id, siteId);
                    if (k % 10 == 3 && w.size.sites() > 1) { // works at a second site too
                        staffSite.row(id, w.sites.get((s + 1) % w.size.sites())[0]);
                    }
                    if (firstLicensed == null && !associate) {
                        firstLicensed = id;
                    }
                    w.staffBySite.get(s).add(id);
                    w.staffRows.add(new long[] {id, s, dob.toEpochDay(), Long.parseLong(npi)});
                    w.staffNames.add(new String[] {first, last});
                }
            }
        }
        List<long[]> decisions = new ArrayList<>();
        try (Copy credential = new Copy(c, "credential (id, version, staff_id, type_id, kind, number, issuer, state, issue_date, "
                + "expiry_date, active, verified_on, verified_outcome, needs_reverification, attention_date, "
                + "attention_limit_days, created_at)");
             Copy verification = new Copy(c, "verification (id, version, credential_id, staff_id, source, method, verified_on, "
                + "verified_by, outcome, reference, recorded_at)");
             Copy decision = new Copy(c, "credentialing_decision (id, version, staff_id, kind, outcome, decided_on, decided_by, "
                + "notified_on, recredential_due, recorded_at)")) {
            double budget = 0;
            for (int n = 0; n < w.staffRows.size(); n++) {
                long[] st = w.staffRows.get(n);
                long[] lic = LICENCE_BY_DISCIPLINE[(int) (n % w.size.staffPerSite()) % LICENCE_BY_DISCIPLINE.length];
                budget += w.size.credentialsPerStaff();
                List<Long> types = new ArrayList<>();
                types.add(lic[1]);
                types.add(219L); // BLS
                if (lic[1] == 201 || lic[1] == 204) {
                    types.add(215L); // DEA
                }
                types.add(218L); // COI
                int count = (int) Math.max(1, Math.min(types.size(), Math.round(budget)));
                budget -= count;
                String state = w.states.get((int) st[1]);
                for (int t = 0; t < count; t++) {
                    long id = w.id();
                    long type = types.get(t);
                    LocalDate issued = TODAY.minusDays(200 + w.pick(2000));
                    LocalDate expiry = TODAY.plusDays(-30 + w.pick(760));
                    int roll = w.pick(100);
                    LocalDate verifiedOn = roll < 5 ? null : TODAY.minusDays(w.pick(roll < 15 ? 200 : 110));
                    String outcome = verifiedOn == null ? null : roll < 8 ? "DISCREPANCY" : "VERIFIED";
                    LocalDate attention;
                    if (verifiedOn == null) {
                        attention = issued.plusDays(30);
                    } else if (!"VERIFIED".equals(outcome)) {
                        attention = verifiedOn;
                    } else {
                        attention = verifiedOn.plusDays(120);
                    }
                    if (expiry.isBefore(attention)) {
                        attention = expiry;
                    }
                    credential.row(id, 0, st[0], type, KIND[(int) (type - 200)], "L" + id, "Board of " + state, state,
                            issued, expiry, true, verifiedOn, outcome, false, attention, 120, NOW);
                    if (verifiedOn != null) {
                        verification.row(w.id(), 0, id, st[0], "ISSUING_BOARD", "ONLINE_LOOKUP", verifiedOn.minusDays(400),
                                "credentialing", "VERIFIED", "ref-" + id + "-1", NOW);
                        verification.row(w.id(), 0, id, st[0], "ISSUING_BOARD", "ONLINE_LOOKUP", verifiedOn, "credentialing",
                                outcome, "ref-" + id + "-2", NOW);
                    }
                }
                long did = w.id();
                LocalDate decided = TODAY.minusDays(30 + w.pick(1000));
                decision.row(did, 0, st[0], "INITIAL", "APPROVED", decided, "credentialing", decided.plusDays(5),
                        decided.plusMonths(36), NOW);
                decisions.add(new long[] {st[0], did});
            }
        }
        Copy.sendAll(c);
        try (Statement s = c.createStatement()) {
            s.execute("update staff_member m set latest_decision_id = d.id from credentialing_decision d where d.staff_id = m.id");
        }
    }

    /** Participants (a tenth adolescents) and one episode each over the last year, about 8 weeks long. */
    static void participants(Connection c, World w) throws SQLException {
        w.random.setSeed(SEED + 3);
        try (Copy participant = new Copy(c, "participant (id, version, site_id, record_number, first_name, last_name, sort_name, "
                + "date_of_birth, phone, created_at)");
             Copy episode = new Copy(c, "episode (id, version, participant_id, site_id, admission_date, track, level_of_care, "
                + "referral_source, primary_clinician_id, focus, discharge_date, discharge_reason)")) {
            String[] sources = {"SELF", "FAMILY", "PRIMARY_CARE", "COURT", "EMPLOYER", "INPATIENT_TRANSITION"};
            String[] reasons = {"COMPLETED", "COMPLETED", "COMPLETED", "STEPPED_DOWN", "LEFT_AGAINST_ADVICE", "TRANSFERRED"};
            for (int s = 0; s < w.size.sites(); s++) {
                long siteId = w.sites.get(s)[0];
                List<Long> staff = w.staffBySite.get(s);
                for (int p = 0; p < w.size.participantsPerSite(); p++) {
                    long id = w.id();
                    String first = FIRST[w.pick(FIRST.length)];
                    String last = LAST[w.pick(LAST.length)];
                    boolean adolescent = p % 10 == 9;
                    LocalDate dob = adolescent ? TODAY.minusYears(13 + w.pick(5)).minusDays(w.pick(365))
                            : TODAY.minusYears(19 + w.pick(50)).minusDays(w.pick(365));
                    participant.row(id, 0, siteId, "R" + id, first, last, (last + ", " + first).toLowerCase(Locale.ROOT), dob,
                            "555-01" + (p % 100), NOW);
                    long eid = w.id();
                    LocalDate admission = TODAY.minusDays((long) p * 365 / w.size.participantsPerSite() + w.pick(3));
                    LocalDate discharge = admission.plusDays(42 + w.pick(28));
                    boolean open = !discharge.isBefore(TODAY);
                    int level = w.pick(10);
                    episode.row(eid, 0, id, siteId, admission, adolescent ? "ADOLESCENT_IOP" : s % 2 == 0 && p % 3 == 0
                                    ? "CO_OCCURRING_IOP" : "ADULT_IOP",
                            level == 0 ? "ASAM_2_5" : level == 1 ? "ASAM_1_0" : "ASAM_2_1", sources[w.pick(sources.length)],
                            staff.get(w.pick(staff.size())), p % 2 == 0 ? "SUBSTANCE_USE" : "MENTAL_HEALTH",
                            open ? null : discharge, open ? null : reasons[w.pick(reasons.length)]);
                    w.episodes.add(new long[] {eid, s, admission.toEpochDay(), open ? -1 : discharge.toEpochDay(), id});
                }
            }
        }
    }

    /**
     * Treatment plans: version 1 for every episode (superseded for half, which have a signed version 2), closed at
     * discharge; each version 2 problems x 2 goals x 2 objectives x 1 intervention.
     */
    static void plans(Connection c, World w) throws SQLException {
        w.random.setSeed(SEED + 4);
        String[] modalities = {"GROUP_THERAPY", "INDIVIDUAL_COUNSELLING", "EDUCATIONAL_WORKSHOP", "FAMILY_THERAPY"};
        try (Copy plan = new Copy(c, "treatment_plan (id, version, episode_id, site_id, version_number, status, strengths, "
                + "effective_date, review_due, signed_on, participant_signed_at, participant_signed_by, clinician_staff_id, "
                + "clinician_signed_at, clinician_signed_by, supervisor_required, created_at, created_by, updated_at)");
             Copy problem = new Copy(c, "plan_problem (id, version, plan_id, position_no, dimension, statement)");
             Copy goal = new Copy(c, "plan_goal (id, version, problem_id, position_no, statement, own_words, text_key)");
             Copy objective = new Copy(c, "plan_objective (id, version, goal_id, position_no, objective_text, measure, "
                + "target_date, status, text_key)");
             Copy intervention = new Copy(c, "plan_intervention (id, version, objective_id, position_no, modality, "
                + "sessions_per_week, minutes_per_session, responsible_staff_id)")) {
            for (long[] e : w.episodes) {
                List<Long> staff = w.staffBySite.get((int) e[1]);
                long clinician = staff.get(w.pick(staff.size()));
                long siteId = w.sites.get((int) e[1])[0];
                LocalDate admission = LocalDate.ofEpochDay(e[2]);
                boolean open = e[3] < 0;
                int versions = w.pick(2) + 1;
                for (int v = 1; v <= versions; v++) {
                    long pid = w.id();
                    boolean last = v == versions;
                    String status = !last ? "SUPERSEDED" : open ? "ACTIVE" : "CLOSED";
                    LocalDate effective = admission.plusDays(5 + (v - 1) * 30L);
                    Instant signed = effective.atTime(15, 0).toInstant(ZoneOffset.UTC);
                    plan.row(pid, 0, e[0], siteId, v, status, "Motivated; supportive family", effective,
                            effective.plusDays(30), effective, signed, "participant", clinician, signed, "s-clinician", false,
                            signed, "s-clinician", signed);
                    for (int pr = 1; pr <= 2; pr++) {
                        long prid = w.id();
                        problem.row(prid, 0, pid, pr, "D" + (pr + 2), "Problem " + pr + " of plan " + pid);
                        for (int g = 1; g <= 2; g++) {
                            long gid = w.id();
                            String text = "I want to manage goal " + g + " of problem " + prid;
                            goal.row(gid, 0, prid, g, text, text, key(text));
                            for (int o = 1; o <= 2; o++) {
                                long oid = w.id();
                                String ot = "Objective " + o + " for goal " + gid;
                                objective.row(oid, 0, gid, o, ot, "self-report weekly", effective.plusDays(28),
                                        open ? "IN_PROGRESS" : "MET", key(ot));
                                intervention.row(w.id(), 0, oid, 1, modalities[w.pick(modalities.length)], 1 + w.pick(3), 60,
                                        staff.get(w.pick(staff.size())));
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * Group series of 26 weeks (Monday, Wednesday, Friday, 60 min, two halves a year, {@code groupSeriesPerSite} per
     * site), their sessions, the enrolment of each episode in every series of its site that overlaps its stay, and
     * attendance (mostly present, some late, absent or excused) for every held session of an enrolled episode.
     */
    static void attendance(Connection c, World w) throws SQLException {
        w.random.setSeed(SEED + 5);
        String[] statuses = {"PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT", "LATE", "LEFT_EARLY",
            "ABSENT", "EXCUSED"};
        LocalDate yearStart = TODAY.minusDays(371).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        // series[site][half*groups+g] = {seriesId, firstEpochDay, lastEpochDay}
        List<List<long[]>> series = new ArrayList<>();
        // sessions[site][series] = list of {sessionId, epochDay, weekStartEpochDay}
        List<List<List<long[]>>> sessions = new ArrayList<>();
        try (Copy seriesCopy = new Copy(c, "session_series (id, version, site_id, kind, title, facilitator_id, room, capacity, "
                + "start_time, duration_minutes, weekdays, first_date, last_date)");
             Copy sessionCopy = new Copy(c, "therapy_session (id, version, site_id, series_id, kind, title, facilitator_id, room, "
                + "capacity, starts_at, time_zone, session_date, week_start, duration_minutes, status)")) {
            for (int s = 0; s < w.size.sites(); s++) {
                long siteId = w.sites.get(s)[0];
                ZoneId zone = ZoneId.of(w.zones.get(s));
                List<Long> staff = w.staffBySite.get(s);
                List<long[]> siteSeries = new ArrayList<>();
                List<List<long[]>> siteSessions = new ArrayList<>();
                for (int half = 0; half < 3; half++) {
                    LocalDate first = yearStart.plusWeeks(26L * half);
                    LocalDate last = first.plusWeeks(26).minusDays(1);
                    for (int g = 0; g < w.size.groupSeriesPerSite(); g++) {
                        long id = w.id();
                        long facilitator = staff.get(g % staff.size());
                        LocalTime start = LocalTime.of(9 + 2 * g, 0);
                        String title = "Group " + (g + 1) + " (" + first + ")";
                        seriesCopy.row(id, 0, siteId, "GROUP_THERAPY", title, facilitator, "Room " + (g + 1), 40, start, 60,
                                "MONDAY,WEDNESDAY,FRIDAY", first, last);
                        siteSeries.add(new long[] {id, first.toEpochDay(), last.toEpochDay()});
                        List<long[]> list = new ArrayList<>();
                        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                            DayOfWeek dow = d.getDayOfWeek();
                            if (dow != DayOfWeek.MONDAY && dow != DayOfWeek.WEDNESDAY && dow != DayOfWeek.FRIDAY) {
                                continue;
                            }
                            long sid = w.id();
                            OffsetDateTime at = d.atTime(start).atZone(zone).toOffsetDateTime();
                            LocalDate week = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                            sessionCopy.row(sid, 0, siteId, id, "GROUP_THERAPY", title, facilitator, "Room " + (g + 1), 40, at,
                                    zone.getId(), d, week, 60, d.isBefore(TODAY) ? "HELD" : "SCHEDULED");
                            list.add(new long[] {sid, d.toEpochDay(), week.toEpochDay()});
                        }
                        siteSessions.add(list);
                    }
                }
                series.add(siteSeries);
                sessions.add(siteSessions);
            }
        }
        long today = TODAY.toEpochDay();
        try (Copy enrolment = new Copy(c, "enrolment (id, version, site_id, episode_id, series_id, enrolled_by, enrolled_at)");
             Copy attendance = new Copy(c, "attendance (id, version, site_id, session_id, episode_id, week_start, status, "
                + "minutes, recorded_by, recorded_at)")) {
            for (long[] e : w.episodes) {
                int s = (int) e[1];
                long siteId = w.sites.get(s)[0];
                long from = e[2];
                long to = e[3] < 0 ? today - 1 : e[3];
                List<long[]> siteSeries = series.get(s);
                for (int k = 0; k < siteSeries.size(); k++) {
                    long[] sr = siteSeries.get(k);
                    if (sr[2] < from || sr[1] > to) {
                        continue;
                    }
                    enrolment.row(w.id(), 0, siteId, e[0], sr[0], "s-clinician", NOW);
                    for (long[] session : sessions.get(s).get(k)) {
                        if (session[1] < from || session[1] > to || session[1] >= today) {
                            continue;
                        }
                        String status = statuses[w.pick(statuses.length)];
                        int minutes = switch (status) {
                            case "PRESENT" -> 60;
                            case "LATE", "LEFT_EARLY" -> 45;
                            default -> 0;
                        };
                        attendance.row(w.id(), 0, siteId, session[0], e[0], LocalDate.ofEpochDay(session[2]), status, minutes,
                                "s-clinician", LocalDate.ofEpochDay(session[1]).atTime(18, 0).toInstant(ZoneOffset.UTC));
                    }
                }
            }
        }
    }

    /** PHQ-9 (some with a positive item 9 and a safety flag) and GAD-7 every two weeks, BAM at admission. */
    static void measures(Connection c, World w) throws SQLException {
        w.random.setSeed(SEED + 6);
        try (Copy result = new Copy(c, "measure_result (id, version, episode_id, site_id, instrument_id, administered_on, "
                + "total_score, sub_score_1, sub_score_2, sub_score_3, safety_item, recorded_by, recorded_at)");
             Copy flag = new Copy(c, "safety_flag (id, version, measure_result_id, episode_id, participant_id, site_id, "
                + "raised_on, item_value, raised_at, acknowledged_by, acknowledged_at, note)")) {
            for (long[] e : w.episodes) {
                long siteId = w.sites.get((int) e[1])[0];
                long to = e[3] < 0 ? TODAY.toEpochDay() : e[3];
                result.row(w.id(), 0, e[0], siteId, 703, LocalDate.ofEpochDay(e[2]), null, w.pick(12), w.pick(28), w.pick(24),
                        null, "s-clinician", NOW);
                for (long d = e[2]; d <= to; d += 14) {
                    long id = w.id();
                    int item9 = w.pick(40) == 0 ? 1 : 0;
                    result.row(id, 0, e[0], siteId, 701, LocalDate.ofEpochDay(d), 4 + w.pick(20), null, null, null, item9,
                            "s-clinician", NOW);
                    if (item9 > 0) {
                        boolean acknowledged = d < to - 2;
                        flag.row(w.id(), 0, id, e[0], e[4], siteId, LocalDate.ofEpochDay(d), item9, NOW,
                                acknowledged ? "s-clinician" : null, acknowledged ? NOW : null,
                                acknowledged ? "Safety plan reviewed" : null);
                    }
                    result.row(w.id(), 0, e[0], siteId, 702, LocalDate.ofEpochDay(d), 3 + w.pick(18), null, null, null, null,
                            "s-clinician", NOW);
                }
            }
        }
    }

    /**
     * Aftercare: six directory services per site; for every discharged episode about two referrals (a consent and a
     * disclosure when sent), spread over every state of the lifecycle with their transitions (about 60% of the sent
     * ones with a verified first visit), and the follow-up with its 7- and 30-day checks, attempts and outcomes.
     */
    static void aftercare(Connection c, World w) throws SQLException {
        w.random.setSeed(SEED + 8);
        String[] types = {"ALUMNI_GROUP", "OUTPATIENT_COUNSELLING", "STEP_DOWN_OUTPATIENT", "PEER_SUPPORT", "MAT_PRESCRIBER",
            "PSYCHIATRIC_FOLLOW_UP"};
        String[] statuses = {"DRAFT", "CONSENT_RECORDED", "SENT", "ACCEPTED", "DECLINED", "APPOINTMENT_SCHEDULED", "ATTENDED",
            "ATTENDED", "ATTENDED", "NO_SHOW", "CLOSED", "CLOSED"};
        String[] outcomes = {"ENGAGED_IN_AFTERCARE", "ENGAGED_IN_AFTERCARE", "ATTENDING_ALUMNI_GROUP", "READMITTED", "DECLINED",
            "LOST_TO_FOLLOW_UP", null};
        String categories = "DEMOGRAPHICS,SUD_TREATMENT,DISCHARGE_SUMMARY";
        try (Copy service = new Copy(c, "resource_service (id, version, name, organisation, service_type, internal_service, "
                + "contact_name, contact_phone, contact_email, address, services_offered, populations_served, accepting, "
                + "covered_entity, sort_name, search_text)");
             Copy serviceSite = new Copy(c, "resource_service_site (service_id, site_id)");
             Copy consent = new Copy(c, "disclosure_consent (id, version, participant_id, site_id, recipient_service_id, "
                + "recipient_type, recipient_description, purpose, categories, expires_on, expiry_event, signed_by, "
                + "guardian_name, signed_on, recorded_by, recorded_at, revoked_on, revoked_by, revoked_at)");
             Copy referral = new Copy(c, "referral (id, version, episode_id, participant_id, site_id, service_id, reason, "
                + "categories, sud_information, status, status_since, consent_id, sent_at, decline_reason, appointment_date, "
                + "closing_outcome, created_by, created_at, first_visit_on, confirmed_by, confirmation_method, "
                + "confirmation_note, verified_by, verified_at)");
             Copy transition = new Copy(c, "referral_transition (id, version, referral_id, from_status, to_status, at, by_user, detail)");
             Copy disclosure = new Copy(c, "disclosure (id, version, participant_id, site_id, referral_id, service_id, recipient, "
                + "categories, sud_information, consent_id, consent_statement, notice_version, disclosed_at, disclosed_by)");
             Copy followUp = new Copy(c, "follow_up (id, version, site_id, episode_id, participant_id, discharge_date, "
                + "discharge_month, outcome, outcome_on, outcome_note, first_reached_on, reached_days, unreached_attempts, "
                + "alumni_meetings, created_at)");
             Copy check = new Copy(c, "follow_up_check (id, version, follow_up_id, site_id, offset_days, due_date, opens_on, "
                + "window_end, done_on)");
             Copy attempt = new Copy(c, "follow_up_attempt (id, version, follow_up_id, site_id, attempted_at, attempted_on, "
                + "method, reached, note, recorded_by)")) {
            List<long[]> services = new ArrayList<>();
            for (int s = 0; s < w.size.sites(); s++) {
                long siteId = w.sites.get(s)[0];
                long[] ids = new long[types.length];
                for (int k = 0; k < types.length; k++) {
                    long id = w.id();
                    String name = types[k].charAt(0) + types[k].substring(1).toLowerCase(Locale.ROOT).replace('_', ' ') + " " + (s + 1);
                    String organisation = k == 0 ? "Our alumni programme" : LAST[w.pick(LAST.length)] + " Health";
                    service.row(id, 0, name, organisation, types[k], k == 0, "Intake desk", "555-02" + (k * 10 + s % 10),
                            "intake" + id + "@example.org", (100 + s) + " Main Street", "Intake, assessment, sessions",
                            "Adults", k != 3, k == 0 ? "PART2_PROGRAM" : k == 3 ? "NOT_COVERED" : "HIPAA_COVERED",
                            name.toLowerCase(Locale.ROOT), (name + " " + organisation).toLowerCase(Locale.ROOT));
                    serviceSite.row(id, siteId);
                    ids[k] = id;
                }
                services.add(ids);
            }
            for (long[] e : w.episodes) {
                if (e[3] < 0) {
                    continue;
                }
                int s = (int) e[1];
                long siteId = w.sites.get(s)[0];
                LocalDate discharge = LocalDate.ofEpochDay(e[3]);
                Instant dischargedAt = discharge.atTime(15, 0).toInstant(ZoneOffset.UTC);
                int count = 1 + w.pick(3);
                for (int r = 0; r < count; r++) {
                    long serviceId = services.get(s)[1 + w.pick(types.length - 1)];
                    String status = statuses[w.pick(statuses.length)];
                    boolean sent = !status.equals("DRAFT") && !status.equals("CONSENT_RECORDED");
                    long consentId = 0;
                    if (!status.equals("DRAFT")) {
                        consentId = w.id();
                        boolean revoked = w.pick(20) == 0;
                        consent.row(consentId, 0, e[4], siteId, serviceId, null, "The named service", "Continuing care after discharge",
                                categories, discharge.plusYears(1), null, "PARTICIPANT", null, discharge.minusDays(3), "s-clinician",
                                dischargedAt, revoked ? discharge.plusDays(20) : null, revoked ? "s-clinician" : null,
                                revoked ? dischargedAt.plusSeconds(20L * 86_400) : null);
                    }
                    boolean verified = status.equals("ATTENDED") || status.equals("CLOSED") && w.pick(2) == 0;
                    long id = w.id();
                    referral.row(id, 0, e[0], e[4], siteId, serviceId, "Continuing care after the programme", categories, true,
                            status, dischargedAt.plusSeconds(86_400), consentId == 0 ? null : consentId,
                            sent ? dischargedAt : null, status.equals("DECLINED") ? "No capacity" : null,
                            status.equals("APPOINTMENT_SCHEDULED") || status.equals("ATTENDED") || status.equals("NO_SHOW")
                                    ? discharge.plusDays(5 + w.pick(10)) : null,
                            status.equals("CLOSED") ? verified ? "CONNECTED" : "NOT_CONNECTED_UNREACHABLE" : null, "s-clinician",
                            dischargedAt.minusSeconds(3 * 86_400), verified ? discharge.plusDays(6 + w.pick(10)) : null,
                            verified ? "RECEIVING_SERVICE" : null, verified ? "PHONE" : null, null,
                            verified ? "s-clinician" : null, verified ? dischargedAt.plusSeconds(16L * 86_400) : null);
                    transition.row(w.id(), 0, id, null, "DRAFT", dischargedAt.minusSeconds(3 * 86_400), "s-clinician", null);
                    if (!status.equals("DRAFT")) {
                        transition.row(w.id(), 0, id, "DRAFT", sent ? "SENT" : status, dischargedAt, "s-clinician", null);
                    }
                    if (sent && !status.equals("SENT")) {
                        transition.row(w.id(), 0, id, "SENT", status, dischargedAt.plusSeconds(86_400), "s-clinician", null);
                    }
                    if (sent) {
                        disclosure.row(w.id(), 0, e[4], siteId, id, serviceId, "The named service", categories, true, consentId,
                                "Disclosed under the participant's written consent", "42CFR2.32-2024", dischargedAt, "s-clinician");
                    }
                }
                long fid = w.id();
                String outcome = outcomes[w.pick(outcomes.length)];
                boolean reached = outcome != null && !outcome.equals("LOST_TO_FOLLOW_UP") || w.pick(3) == 0;
                int reachedDays = reached ? 2 + w.pick(35) : -1;
                boolean old = discharge.isBefore(TODAY.minusDays(40));
                followUp.row(fid, 0, siteId, e[0], e[4], discharge, discharge.withDayOfMonth(1), old ? outcome : null,
                        old && outcome != null ? discharge.plusDays(31) : null, null,
                        reached ? discharge.plusDays(reachedDays) : null, reached ? reachedDays : null, reached ? 0 : 3,
                        outcome != null && outcome.equals("ATTENDING_ALUMNI_GROUP") ? 1 : 0, dischargedAt);
                for (int offset : new int[] {7, 30}) {
                    boolean done = reached && reachedDays <= offset + 3;
                    check.row(w.id(), 0, fid, siteId, offset, discharge.plusDays(offset),
                            offset == 7 ? discharge : discharge.plusDays(offset - 3), discharge.plusDays(offset + 3),
                            done ? discharge.plusDays(reachedDays) : null);
                }
                int attempts = reached ? 1 + w.pick(2) : 3;
                for (int a = 0; a < attempts; a++) {
                    boolean last = a == attempts - 1;
                    LocalDate on = discharge.plusDays(reached && last ? reachedDays : 2 + a * 3L);
                    attempt.row(w.id(), 0, fid, siteId, on.atTime(10, 0).toInstant(ZoneOffset.UTC), on,
                            a % 2 == 0 ? "PHONE" : "TEXT", reached && last, null, "s-clinician");
                }
            }
        }
    }

    /**
     * The audit trail: views and changes by every bench user over the last year, then sealed into the hash chain the
     * way the app seals (ChainHash over each line as read back), so the app's sealer finds nothing waiting at start-up
     * and the chain verifies.
     */
    static void audit(Connection c, World w) throws SQLException {
        w.random.setSeed(SEED + 7);
        String[] types = {"Participant", "Episode", "TreatmentPlan", "Attendance", "Credential", "StaffMember", "Verification"};
        String[] actions = {"VIEW", "VIEW", "VIEW", "VIEW", "UPDATE", "CREATE", "LOGIN", "EXPORT"};
        int rows = w.size.auditRows();
        long span = 365L * 24 * 3600;
        try (Copy event = new Copy(c, "audit_event (at, actor, actor_role, address, site_id, action, entity_type, entity_id, "
                + "summary, detail)")) {
            for (int i = 0; i < rows; i++) {
                Instant at = NOW.minusSeconds(span - span * i / rows);
                int u = w.pick(w.usernames.size());
                int s = w.pick(w.size.sites());
                String action = actions[w.pick(actions.length)];
                String type = "LOGIN".equals(action) ? null : types[w.pick(types.length)];
                String entity = type == null ? null : Long.toString(1_000_000 + w.pick((int) (w.nextId - 1_000_000)));
                event.row(at.atOffset(ZoneOffset.UTC), w.usernames.get(u), w.userRoles.get(u), "127.0.0.1",
                        w.sites.get(s)[0], action, type, entity, action + " " + (type == null ? "session" : type + " " + entity),
                        "UPDATE".equals(action) ? "{\"status\":[\"A\",\"B\"]}" : null);
            }
        }
        Copy.sendAll(c);
        String previous = ChainHash.GENESIS;
        long seq = 0;
        long lastId = 0;
        try (Copy seal = new Copy(c, "audit_seal (seq, audit_id, prev_hash, row_hash, sealed_at)");
             PreparedStatement read = c.prepareStatement("select e.id, e.at, e.actor, e.actor_role, e.address, e.site_id, "
                     + "e.action, e.entity_type, e.entity_id, e.summary, e.detail, e.reason from audit_event e order by e.id")) {
            read.setFetchSize(10_000);
            OffsetDateTime sealedAt = NOW.atOffset(ZoneOffset.UTC);
            try (ResultSet r = read.executeQuery()) {
                while (r.next()) {
                    OffsetDateTime at = r.getObject(2, OffsetDateTime.class);
                    long site = r.getLong(6);
                    ChainHash.Line line = new ChainHash.Line(r.getLong(1), at == null ? null : at.toInstant(), r.getString(3),
                            r.getString(4), r.getString(5), r.wasNull() ? null : site, r.getString(7), r.getString(8),
                            r.getString(9), r.getString(10), r.getString(11), r.getString(12));
                    String hash = ChainHash.of(previous, line);
                    seal.row(++seq, line.id(), previous, hash, sealedAt);
                    previous = hash;
                    lastId = line.id();
                }
            }
        }
        try (PreparedStatement head = c.prepareStatement(
                "update audit_chain set last_seq = ?, last_hash = ?, last_audit_id = ? where id = 1")) {
            head.setLong(1, seq);
            head.setString(2, previous);
            head.setLong(3, lastId);
            head.executeUpdate();
        }
        Copy.sendAll(c);
    }

    /**
     * An LEIE-shaped CSV file of 80,000 rows (the 18 published columns), with a few rows naming bench staff: some by
     * NPI, some by name and date of birth (possible matches to review), the rest strangers. Written once per size to
     * bench/data/leie-&lt;size&gt;.csv (git-ignored).
     */
    static Path leieFile(World w) throws IOException {
        Random random = new Random(SEED + 8);
        Path file = Path.of("bench", "data", "leie-" + w.size.name() + ".csv");
        Files.createDirectories(file.getParent());
        DateTimeFormatter yyyymmdd = DateTimeFormatter.BASIC_ISO_DATE;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("LASTNAME,FIRSTNAME,MIDNAME,BUSNAME,GENERAL,SPECIALTY,UPIN,NPI,DOB,ADDRESS,CITY,STATE,ZIP,EXCLTYPE,"
                    + "EXCLDATE,REINDATE,WAIVERDATE,WVRSTATE\r\n");
            for (int i = 0; i < 80_000; i++) {
                String last;
                String first;
                String npi = "0000000000";
                String dob;
                if (i % 2000 == 7 && !w.staffRows.isEmpty()) { // a bench staff member by name and date of birth
                    int k = random.nextInt(w.staffRows.size());
                    last = w.staffNames.get(k)[1].toUpperCase(Locale.ROOT);
                    first = w.staffNames.get(k)[0].toUpperCase(Locale.ROOT);
                    dob = LocalDate.ofEpochDay(w.staffRows.get(k)[2]).format(yyyymmdd);
                    if (i % 4000 == 7) {
                        npi = String.format("%010d", w.staffRows.get(k)[3]);
                    }
                } else {
                    last = "X" + LAST[random.nextInt(LAST.length)].toUpperCase(Locale.ROOT) + (i % 97);
                    first = FIRST[random.nextInt(FIRST.length)].toUpperCase(Locale.ROOT);
                    dob = LocalDate.of(1940 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28)).format(yyyymmdd);
                }
                String state = STATES[random.nextInt(STATES.length)];
                out.write(last + "," + first + ",," + "," + "IND- LIC HC SERV PRO,NURSING PROFESSION,," + npi + "," + dob
                        + ",\"" + (100 + i) + " MAIN ST\",SPRINGFIELD," + state + ",0" + (1000 + random.nextInt(8999))
                        + ",1128a1," + LocalDate.of(2000 + random.nextInt(26), 1 + random.nextInt(12), 1).format(yyyymmdd)
                        + ",00000000,00000000,\r\n");
            }
        }
        return file;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Helpers

    /** A valid NPI (Luhn check digit over the 80840 prefix) made from an id. */
    static String npi(long id) {
        String base = String.format("1%08d", id % 100_000_000L);
        String digits = "80840" + base;
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return base + ((10 - sum % 10) % 10);
    }

    static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static void step(String what, long startedNanos) {
        System.out.printf(Locale.ROOT, "  %-48s %8.1f s%n", what, (System.nanoTime() - startedNanos) / 1e9);
    }

    /**
     * Rows for one {@code COPY ... FROM STDIN} (text format). PostgreSQL runs one COPY at a time on a connection, and a
     * family fills several related tables at once, so rows are held in 1 MB chunks and {@link #sendAll} sends the
     * tables in the order they were opened (parents before children) at the end of each family.
     */
    static final class Copy implements AutoCloseable {
        private static final List<Copy> PENDING = new ArrayList<>();
        private final List<byte[]> chunks = new ArrayList<>();
        private final StringBuilder buffer = new StringBuilder(1 << 20);
        private final String tableAndColumns;
        private long rows;

        Copy(Connection c, String tableAndColumns) {
            this.tableAndColumns = tableAndColumns;
            PENDING.add(this);
        }

        void row(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append('\t');
                }
                Object v = values[i];
                if (v == null) {
                    buffer.append("\\N");
                } else if (v instanceof Instant instant) {
                    buffer.append(instant.atOffset(ZoneOffset.UTC));
                } else if (v instanceof String s) {
                    for (int k = 0; k < s.length(); k++) {
                        char ch = s.charAt(k);
                        switch (ch) {
                            case '\\' -> buffer.append("\\\\");
                            case '\t' -> buffer.append("\\t");
                            case '\n' -> buffer.append("\\n");
                            case '\r' -> buffer.append("\\r");
                            default -> buffer.append(ch);
                        }
                    }
                } else {
                    buffer.append(v);
                }
            }
            buffer.append('\n');
            rows++;
            if (buffer.length() > (1 << 20) - 4096) {
                chunk();
            }
        }

        private void chunk() {
            if (buffer.length() > 0) {
                chunks.add(buffer.toString().getBytes(StandardCharsets.UTF_8));
                buffer.setLength(0);
            }
        }

        @Override
        public void close() {
            chunk();
        }

        /** Sends every table filled since the last call, in the order they were opened. */
        static void sendAll(Connection c) throws SQLException {
            for (Copy copy : PENDING) {
                copy.chunk();
                CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + copy.tableAndColumns + " from stdin");
                for (byte[] bytes : copy.chunks) {
                    in.writeToCopy(bytes, 0, bytes.length);
                }
                in.endCopy();
                copy.chunks.clear();
                if (copy.rows > 50_000) {
                    System.out.printf(Locale.ROOT, "    %-24s %,12d rows%n",
                            copy.tableAndColumns.substring(0, copy.tableAndColumns.indexOf(' ')), copy.rows);
                }
            }
            PENDING.clear();
        }
    }
}
