import java.io.IOException;
import java.io.Reader;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;

/**
 * The load harness (issue 7), run by bench/run: per size, starts the WAR on Payara Micro on the bench database,
 * signs in one user per role, and drives wrk at low fixed concurrency against a static file (the ceiling), a trivial
 * page and the real pages, interleaved in rounds; then times sign-in and the LEIE import + screening against a bare
 * COPY of the same file. Prints one table per size and the growth ratios large/small, and writes bench/results/.
 */
public final class Run {

    static final String PASSWORD = "bench-Passw0rd-2026";
    static final int SECONDS = Integer.parseInt(env("BENCH_SECONDS", "10"));
    static final int ROUNDS = Integer.parseInt(env("BENCH_ROUNDS", "2"));
    static final int CONNECTIONS = Integer.parseInt(env("BENCH_CONNECTIONS", "4"));
    static final int WARMUP_SECONDS = Integer.parseInt(env("BENCH_WARMUP_SECONDS", "3"));
    static final Path WORK = Path.of("bench", "work");
    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    /** One thing measured: a label, the user it runs as, a path, and what the table says about it. */
    record Target(String label, String user, String path, String note) {
    }

    /** The figures of one target in one size. */
    static final class Figures {
        final List<double[]> rounds = new ArrayList<>(); // {rps, p50ms, p95ms, p99ms, non2xx}
        int sql = -1;
        int status;
        long bytes;

        double median(int column) {
            double[] v = rounds.stream().mapToDouble(r -> r[column]).sorted().toArray();
            if (v.length == 0) {
                return Double.NaN;
            }
            return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        }

        double sum(int column) {
            return rounds.stream().mapToDouble(r -> r[column]).sum();
        }
    }

    record SizeResult(String size, double startSeconds, long heapUsedMb, long rssMb, Map<String, Figures> pages,
                      Map<String, Target> targets, double loginP50, double loginMax, double leieImport, double screening,
                      double copyFloor, double copyFloorLogged, int staff, long leieRows, String notes) {
    }

    public static void main(String[] args) throws Exception {
        List<String> sizes = args.length == 0 ? List.of("small", "large") : Arrays.asList(args);
        Files.createDirectories(WORK);
        Path lua = WORK.resolve("report.lua");
        Files.writeString(lua, """
                done = function(summary, latency, requests)
                  io.write(string.format("BENCH rps=%.2f p50=%d p95=%d p99=%d non2xx=%d errors=%d\\n",
                    summary.requests / (summary.duration / 1e6), latency:percentile(50), latency:percentile(95),
                    latency:percentile(99), summary.errors.status, summary.errors.connect + summary.errors.read
                    + summary.errors.write + summary.errors.timeout))
                end
                """);
        // The run deploys its own copy of the WAR, so that a rebuild during a run does not change what is measured.
        // BENCH_WAR picks another build (e.g. the one before a fix) for a before/after pair.
        Files.copy(Path.of(env("BENCH_WAR", "target/iop-manager.war")), WORK.resolve("iop-manager.war"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        List<SizeResult> results = new ArrayList<>();
        Path out = Path.of("bench", "results",
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm")) + ".md");
        Files.createDirectories(out.getParent());
        for (String size : sizes) {
            results.add(runSize(size, lua));
            Files.writeString(out, report(results)); // after each size, so a later failure keeps what was measured
        }
        String report = report(results);
        System.out.println(report);
        System.out.println("written: " + out);
    }

    static SizeResult runSize(String size, Path lua) throws Exception {
        String database = "iop_bench_" + size;
        String jdbc = "jdbc:postgresql://127.0.0.1:5432/" + database;
        int port = freePort();
        int hzPort = freePort();
        String micro = System.getProperty("user.home") + "/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/"
                + "payara-micro-6.2025.10.jar";
        List<String> command = new ArrayList<>(List.of("java",
                // iop.loopback.jvm and the heap of test.micro.options (pom.xml), the bench database, demo off
                "-Dhazelcast.phone.home.enabled=false", "-Dhazelcast.socket.bind.any=false", "-Xmx768m",
                "-Diop.demo=false", "-Diop.db.class=org.postgresql.ds.PGSimpleDataSource", "-Diop.db.url=" + jdbc,
                "-Diop.db.user=postgres", "-Diop.db.password=x", "-Diop.bench.sql-count=true",
                "-jar", micro, "--deploy", WORK.resolve("iop-manager.war").toString(), "--contextroot", "/", "--port", Integer.toString(port),
                // iop.loopback.micro (pom.xml), with a cluster name and port of this run only
                "--clustermode", "tcpip:127.0.0.1:" + hzPort, "--interfaces", "127.0.0.1",
                "--clusterName", "iop-bench-" + ProcessHandle.current().pid() + "-" + size));
        Path log = WORK.resolve("payara-" + size + ".log");
        System.out.println("== " + size + ": starting Payara Micro on 127.0.0.1:" + port + " (log " + log + ")");
        long started = System.nanoTime();
        Process server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        String base = "http://127.0.0.1:" + port;
        try {
            double startSeconds = waitReady(base, server, started);
            System.out.printf(Locale.ROOT, "   ready after %.1f s%n", startSeconds);
            Ids ids = Ids.read(jdbc);
            Map<String, String> sessions = new LinkedHashMap<>();
            for (String user : List.of("admin", "credentialing", "auditor", "s001.clinician", "s001.site-admin")) {
                sessions.put(user, login(base, user));
            }
            List<Target> targets = targets(ids, base, sessions.get("credentialing"));
            Map<String, Target> byLabel = new LinkedHashMap<>();
            Map<String, Figures> figures = new LinkedHashMap<>();
            for (Target t : targets) {
                byLabel.put(t.label(), t);
                Figures f = new Figures();
                probe(base, t, sessions.get(t.user()), f);
                figures.put(t.label(), f);
                System.out.printf(Locale.ROOT, "   %-34s HTTP %d, %,d bytes, %d SQL%n", t.label(), f.status, f.bytes, f.sql);
            }
            for (Target t : targets) { // warm-up, not recorded
                wrk(base + t.path(), sessions.get(t.user()), WARMUP_SECONDS, lua);
            }
            for (int round = 1; round <= ROUNDS; round++) {
                for (Target t : targets) {
                    double[] r = wrk(base + t.path(), sessions.get(t.user()), SECONDS, lua);
                    figures.get(t.label()).rounds.add(r);
                    System.out.printf(Locale.ROOT, "   round %d %-34s %8.1f req/s  p95 %7.1f ms%n", round, t.label(), r[0],
                            r[2]);
                }
            }
            long heap = heapUsedMb(server.pid());
            long rss = rssMb(server.pid());
            double[] login = loginTimes(base);
            double[] leie;
            try {
                leie = leie(base, sessions.get("admin"), jdbc, size);
            } catch (RuntimeException | IOException e) {
                System.out.println("   LEIE step failed: " + e.getMessage());
                leie = new double[] {Double.NaN, Double.NaN, Double.NaN, 0, Double.NaN};
            }
            return new SizeResult(size, startSeconds, heap, rss, figures, byLabel, login[0], login[1], leie[0], leie[1],
                    leie[2], leie[4], ids.staff, (long) leie[3], ids.notes);
        } finally {
            server.destroy();
            if (!server.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    /** Ids the pages need, read from the bench database: the first site's records. */
    static final class Ids {
        long site;
        long staffMember;
        long plan;
        long session;
        int staff;
        String notes = "";

        static Ids read(String jdbc) throws SQLException {
            Ids ids = new Ids();
            try (Connection c = DriverManager.getConnection(jdbc, "postgres", "x"); Statement s = c.createStatement()) {
                ids.site = one(s, "select id from site where code = 'S001'");
                ids.staffMember = one(s, "select m.id from staff_member m where m.home_site_id = " + ids.site
                        + " and exists (select 1 from credential c where c.staff_id = m.id and c.kind = 'STATE_LICENCE') "
                        + "order by m.id limit 1");
                ids.plan = one(s, "select p.id from treatment_plan p where p.site_id = " + ids.site
                        + " and p.status = 'ACTIVE' order by p.id limit 1");
                ids.session = one(s, "select a.session_id from attendance a join therapy_session t on t.id = a.session_id "
                        + "where t.site_id = " + ids.site + " group by a.session_id, t.session_date "
                        + "order by t.session_date desc, count(*) desc limit 1");
                ids.staff = (int) one(s, "select count(*) from staff_member");
            }
            return ids;
        }

        static long one(Statement s, String sql) throws SQLException {
            try (ResultSet r = s.executeQuery(sql)) {
                if (!r.next()) {
                    throw new IllegalStateException("no row for: " + sql);
                }
                return r.getLong(1);
            }
        }
    }

    static List<Target> targets(Ids ids, String base, String credentialingCookie) throws Exception {
        // The lazy tables page and filter by Ajax POSTs, not by query parameters: the deep work-list page is the REST
        // equivalent (same facade), filtered by kind; its order is fixed by the facade (most urgent first).
        int total = workTotal(base, credentialingCookie);
        int deep = Math.max(0, (total - 1) / 50 * 50);
        return List.of(
                new Target("static file (ceiling)", "admin", "/resources/css/app.css", "default servlet"),
                new Target("trivial page (sign-in form)", "admin", "/login.xhtml", "JSF, no data"),
                new Target("readiness matrix", "admin", "/reporting/readiness.xhtml", "all sites"),
                new Target("expiring credentials", "credentialing", "/reporting/expiring.xhtml", "all sites"),
                new Target("work list, first page", "credentialing", "/staff/worklist.xhtml", "JSF lazy table"),
                new Target("work list, last page (REST)", "credentialing",
                        "/api/credentials/work?kind=STATE_LICENCE&first=" + deep + "&max=50",
                        "kind filter, offset " + deep + " of " + total),
                new Target("staff credential file (PDF)", "credentialing", "/staff/credential-file?id=" + ids.staffMember,
                        "one member"),
                new Target("staff member page", "credentialing", "/staff/member.xhtml?id=" + ids.staffMember, "one member"),
                new Target("participant list", "s001.clinician", "/participant/participants.xhtml", "clinician, one site"),
                new Target("participant list (REST, page 2)", "s001.clinician", "/api/participants?site=" + ids.site + "&first=50&max=50",
                        "clinician, one site"),
                new Target("treatment plan", "s001.clinician", "/treatment/plan.xhtml?id=" + ids.plan, "active plan"),
                new Target("attendance entry (group)", "s001.clinician", "/schedule/session.xhtml?id=" + ids.session,
                        "latest held group"),
                new Target("hours delivered (week)", "s001.clinician", "/schedule/hours.xhtml?site=" + ids.site, "one site"),
                new Target("referrals due", "s001.clinician", "/aftercare/referrals.xhtml", "clinician, one site"),
                new Target("follow-ups due", "s001.clinician", "/aftercare/followups.xhtml", "clinician, one site"),
                new Target("aftercare rates (12 months)", "admin", "/aftercare/rates.xhtml", "all sites, grouped counts"),
                new Target("audit browser", "auditor", "/audit/audit.xhtml", "default filters"));
    }

    static int workTotal(String base, String cookie) throws Exception {
        HttpResponse<String> r = client().send(get(base + "/api/credentials/work/counts?kind=STATE_LICENCE", cookie),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile(":\\s*(\\d+)").matcher(r.body());
        int total = 0;
        while (m.find()) {
            total += Integer.parseInt(m.group(1));
        }
        return total;
    }

    static void probe(String base, Target t, String cookie, Figures f) throws Exception {
        HttpResponse<byte[]> r = null;
        for (int i = 0; i < 3; i++) { // the third answer: caches warm, as under load
            r = client().send(get(base + t.path(), cookie), HttpResponse.BodyHandlers.ofByteArray());
        }
        f.status = r.statusCode();
        f.bytes = r.body().length;
        f.sql = r.headers().firstValue("X-IOP-SQL").map(Integer::parseInt).orElse(-1);
    }

    /** One wrk run: {rps, p50 ms, p95 ms, p99 ms, non-2xx/3xx answers}. */
    static double[] wrk(String url, String cookie, int seconds, Path lua) throws Exception {
        Process p = new ProcessBuilder("wrk", "-t1", "-c" + CONNECTIONS, "-d" + seconds + "s", "--latency", "--timeout", "10s",
                "-H", "Cookie: " + cookie, "-s", lua.toString(), url).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Matcher m = Pattern.compile("BENCH rps=([\\d.]+) p50=(\\d+) p95=(\\d+) p99=(\\d+) non2xx=(\\d+) errors=(\\d+)").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("wrk gave no figures for " + url + ":\n" + out);
        }
        return new double[] {Double.parseDouble(m.group(1)), Long.parseLong(m.group(2)) / 1000.0,
            Long.parseLong(m.group(3)) / 1000.0, Long.parseLong(m.group(4)) / 1000.0,
            Long.parseLong(m.group(5)) + Long.parseLong(m.group(6))};
    }

    // --- sign-in ----------------------------------------------------------------------------------------------------

    /** JSF form sign-in: GET the form, POST it with its view state; answers the session cookie. */
    static String login(String base, String user) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = VIEW_STATE.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("no view state on the sign-in page");
        }
        String form = "login=login&login%3Ausername=" + enc(user) + "&login%3Apassword=" + enc(PASSWORD)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(m.group(1));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 302 && answer.statusCode() != 303) {
            throw new IllegalStateException("sign-in of " + user + " answered " + answer.statusCode());
        }
        // The whole Cookie header: the WAR is <distributable/>, and Payara finds a replicated session only with
        // JSESSIONIDVERSION beside JSESSIONID (a browser sends both).
        String header = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().startsWith("JSESSIONID")).map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        if (!header.contains("JSESSIONID=")) {
            throw new IllegalStateException("sign-in of " + user + " set no session cookie");
        }
        return header;
    }

    /** Ten sequential sign-ins (GET form + POST), {p50, max} in ms: PBKDF2 at 600,000 iterations dominates. */
    static double[] loginTimes(String base) throws Exception {
        double[] times = new double[10];
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            login(base, i % 2 == 0 ? "s001.clinician" : "auditor");
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(times);
        return new double[] {(times[4] + times[5]) / 2, times[times.length - 1]};
    }

    // --- LEIE import + screening against the COPY floor ---------------------------------------------------------------

    /** {import s, screening s, bare COPY s, rows, COPY into a logged table s}. */
    static double[] leie(String base, String adminCookie, String jdbc, String size) throws Exception {
        // The app refuses the current list's file again (same SHA-256), so each run imports a copy with one more row.
        Path file = WORK.resolve("leie-" + size + "-run.csv");
        Files.copy(Path.of("bench", "data", "leie-" + size + ".csv"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(file, "BENCHRUN,RUN" + System.currentTimeMillis() + ",,,,,,0000000000,19000101,,,,,1128a1,"
                + "20000101,00000000,00000000,\r\n", java.nio.file.StandardOpenOption.APPEND);
        double floor = copyFloor(jdbc, file, false);
        double logged = copyFloor(jdbc, file, true);
        long t = System.nanoTime();
        HttpResponse<String> imported = client().send(HttpRequest.newBuilder(
                        URI.create(base + "/api/exclusions/lists?name=" + file.getFileName()))
                .header("Cookie", adminCookie).header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
                HttpResponse.BodyHandlers.ofString());
        double importSeconds = (System.nanoTime() - t) / 1e9;
        if (imported.statusCode() != 200) {
            throw new IllegalStateException("LEIE import answered " + imported.statusCode() + ": " + imported.body());
        }
        // As on the first screening of a day: every staff member's screening date changes (and is audited). Without
        // this, a second run on the same day would screen without changing a staff row.
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "x"); Statement s = c.createStatement()) {
            s.execute("update staff_member set last_screened_on = current_date - 30 where active");
        }
        t = System.nanoTime();
        HttpResponse<String> screened = client().send(HttpRequest.newBuilder(URI.create(base + "/api/exclusions/screenings"))
                .header("Cookie", adminCookie).timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        double screenSeconds = (System.nanoTime() - t) / 1e9;
        if (screened.statusCode() != 200) {
            throw new IllegalStateException("screening answered " + screened.statusCode() + ": " + screened.body());
        }
        floor = Math.min(floor, copyFloor(jdbc, file, false)); // once before, once after: the better of the two
        logged = Math.min(logged, copyFloor(jdbc, file, true));
        System.out.printf(Locale.ROOT, "   LEIE import %.2f s, screening %.2f s, bare COPY %.2f s, into a logged table %.2f s (%s)%n",
                importSeconds, screenSeconds, floor, logged, screened.body());
        return new double[] {importSeconds, screenSeconds, floor, Files.lines(file).count() - 1, logged};
    }

 /**
     * The same file COPYed as CSV into a scratch table of 18 text columns (dropped afterwards): a temporary table (no
     * write-ahead log; the floor of the target), or an ordinary one, whose rows are logged as the app's are (still without
     * the app's parse, typed columns, keys and indexes).
     */
    static double copyFloor(String jdbc, Path file, boolean logged) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "x"); Statement s = c.createStatement()) {
            s.execute("drop table if exists leie_floor");
            s.execute("create " + (logged ? "" : "temporary ") + "table leie_floor (" + String.join(", ", Arrays.stream(new String[] {"lastname",
                "firstname", "midname", "busname", "general", "specialty", "upin", "npi", "dob", "address", "city", "state",
                "zip", "excltype", "excldate", "reindate", "waiverdate", "wvrstate"}).map(n -> n + " text").toList()) + ")");
            long t = System.nanoTime();
            try (Reader in = Files.newBufferedReader(file)) {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy leie_floor from stdin with (format csv, header true)", in);
            }
            double seconds = (System.nanoTime() - t) / 1e9;
            s.execute("drop table leie_floor");
            return seconds;
        }
    }

    // --- server -------------------------------------------------------------------------------------------------------

    static double waitReady(String base, Process server, long started) throws Exception {
        HttpClient http = client();
        while (System.nanoTime() - started < 600e9) {
            if (!server.isAlive()) {
                throw new IllegalStateException("Payara Micro ended with " + server.exitValue() + " before ready");
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return (System.nanoTime() - started) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("not ready after 10 minutes");
    }

    static long heapUsedMb(long pid) throws Exception {
        Process p = new ProcessBuilder("jcmd", Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Matcher m = Pattern.compile("used (\\d+)K").matcher(out);
        return m.find() ? Long.parseLong(m.group(1)) / 1024 : -1;
    }

    static long rssMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    // --- report -------------------------------------------------------------------------------------------------------

    static String report(List<SizeResult> results) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark run ").append(LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 16))
                .append(" UTC\n\n");
        md.append(String.format(Locale.ROOT, "wrk -t1 -c%d, %d rounds x %d s per target, interleaved (after %d s warm-up "
                + "each); medians of the rounds. Ratio = p95 / p95 of the static file in the same run. SQL = statements of "
                + "one request (X-IOP-SQL, iop.bench.sql-count=true). Machine: %d cores shared with other builds: compare "
                + "ratios, not absolute figures.%n%n", CONNECTIONS, ROUNDS, SECONDS, WARMUP_SECONDS,
                Runtime.getRuntime().availableProcessors()));
        for (SizeResult r : results) {
            Figures ceiling = r.pages().get("static file (ceiling)");
            double ceilingP95 = Math.max(ceiling.median(2), 0.001);
            md.append("## ").append(r.size()).append("\n\n");
            md.append(String.format(Locale.ROOT, "Start-up to ready %.1f s; heap used after warm-up %d MB; RSS %d MB.%n%n",
                    r.startSeconds(), r.heapUsedMb(), r.rssMb()));
            md.append("| page | note | HTTP | req/s | p50 ms | p95 ms | p99 ms | SQL | p95 / static |\n");
            md.append("|---|---|---|---|---|---|---|---|---|\n");
            for (Map.Entry<String, Figures> e : r.pages().entrySet()) {
                Figures f = e.getValue();
                String http = f.status + (f.sum(4) > 0 ? " (" + (long) f.sum(4) + " failed)" : "");
                md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.1f | %.1f | %.1f | %.1f | %s | %.1f |%n", e.getKey(),
                        r.targets().get(e.getKey()).note(), http, f.median(0), f.median(1), f.median(2), f.median(3),
                        f.sql < 0 ? "n/a" : Integer.toString(f.sql), f.median(2) / ceilingP95));
            }
            md.append(String.format(Locale.ROOT, "%nSign-in (GET form + POST, sequential, 10 times): p50 %.0f ms, max %.0f ms "
                    + "(PBKDF2-SHA256 600,000 iterations).%n%n", r.loginP50(), r.loginMax()));
            md.append(String.format(Locale.ROOT, "LEIE: import of %,d rows %.2f s + screening of %,d staff %.2f s = %.2f s; "
                    + "bare COPY of the same file %.2f s; ratio %.1f (target <= 3); COPY into a logged table %.2f s, ratio "
                    + "%.1f.%n%n", r.leieRows(), r.leieImport(), r.staff(), r.screening(), r.leieImport() + r.screening(),
                    r.copyFloor(), (r.leieImport() + r.screening()) / r.copyFloor(), r.copyFloorLogged(),
                    (r.leieImport() + r.screening()) / r.copyFloorLogged()));
        }
        SizeResult small = results.stream().filter(r -> r.size().equals("small")).findFirst().orElse(null);
        SizeResult large = results.stream().filter(r -> r.size().equals("large")).findFirst().orElse(null);
        if (small != null && large != null) {
            md.append("## Growth large / small\n\n| page | p95 small ms | p95 large ms | growth (p95) | growth (req/s "
                    + "small / large) | SQL small → large |\n|---|---|---|---|---|---|\n");
            for (String page : large.pages().keySet()) {
                Figures s = small.pages().get(page);
                Figures l = large.pages().get(page);
                if (s == null) {
                    continue;
                }
                md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.2f | %.2f | %d → %d |%n", page, s.median(2),
                        l.median(2), l.median(2) / Math.max(s.median(2), 0.001), s.median(0) / Math.max(l.median(0), 0.001),
                        s.sql, l.sql));
            }
            md.append(String.format(Locale.ROOT, "| LEIE import + screening (s) | %.2f | %.2f | %.2f | | |%n",
                    small.leieImport() + small.screening(), large.leieImport() + large.screening(),
                    (large.leieImport() + large.screening()) / (small.leieImport() + small.screening())));
            md.append("\n");
        }
        return md.toString();
    }

    // --- helpers ------------------------------------------------------------------------------------------------------

    static HttpClient client() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    static HttpRequest get(String url, String cookie) {
        return HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie)
                .timeout(Duration.ofSeconds(60)).build();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
