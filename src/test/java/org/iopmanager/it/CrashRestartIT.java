package org.iopmanager.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.iopmanager.demo.control.DemoData;
import org.iopmanager.testsupport.Json;
import org.iopmanager.testsupport.WebClient;

/**
 * Issue 8, faults with nothing lost, on a PRIVATE throwaway PostgreSQL cluster (initdb into target/, its own port,
 * started and stopped here; the shared cluster is never touched) and a Payara Micro of its own (the jar and loopback
 * options of the pom):
 * <ul>
 * <li>{@code kill -9} of Payara Micro while clients create participants under record numbers of their own: after the
 * restart every acknowledged create exists exactly once with its CREATE audit line, and every participant of the
 * run (acknowledged or not) has exactly one, so nothing is half-written;</li>
 * <li>PostgreSQL stopped in immediate mode under that load and started again: requests come back with an error
 * quickly (none hangs), writes succeed again without restarting the app, and no acknowledged write is lost.</li>
 * </ul>
 * One round of each in the suite; {@code reliability/run-long} sets {@code iop.fault.kill.rounds} and
 * {@code iop.fault.pg.rounds} to repeat them.
 */
class CrashRestartIT {

    private static final String PG_BIN = System.getProperty("iop.fault.pg.bin", "/usr/lib/postgresql/15/bin");
    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(4);
    private static final Duration REQUEST_LIMIT = Duration.ofSeconds(30);
    private static final int WRITERS = 4;

    private static Path basedir;
    private static Path work;
    private static Path pgData;
    private static int pgPort;
    private static String jdbcUrl;
    private static int httpPort;
    private static Process app;
    private static int starts;
    private static long siteId;

    @BeforeAll
    static void privateCluster() throws Exception {
        basedir = Path.of(System.getProperty("iop.basedir", "."));
        work = basedir.resolve("target/fault-" + UUID.randomUUID().toString().substring(0, 8));
        pgData = work.resolve("pg");
        Files.createDirectories(pgData);
        run("chown", "-R", "postgres", work.toString());
        pgPort = freePort();
        run("runuser", "-u", "postgres", "--", PG_BIN + "/initdb", "-D", pgData.toString(), "-U", "postgres",
                "--auth=trust", "-E", "UTF8", "--no-sync");
        pgStart();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres", "postgres", "x")) {
            c.createStatement().execute("create database iop");
        }
        jdbcUrl = "jdbc:postgresql://127.0.0.1:" + pgPort + "/iop";
        httpPort = freePort();
        startApp();
        WebClient admin = admin();
        siteId = Json.parse(admin.getJson("api/sites").body()).asJsonArray().getJsonObject(0).getJsonNumber("id").longValue();
    }

    @AfterAll
    static void stopAll() throws Exception {
        if (app != null) {
            app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        if (pgData != null && Files.exists(pgData.resolve("postmaster.pid"))) {
            run("runuser", "-u", "postgres", "--", PG_BIN + "/pg_ctl", "-D", pgData.toString(), "-m", "immediate", "-w", "stop");
        }
        if (work != null && !Boolean.getBoolean("iop.fault.keep")) {
            try (var files = Files.walk(work)) {
                files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void killMinus9DuringWritesLosesNoAcknowledgedWriteAndLeavesNothingHalfWritten() throws Exception {
        int rounds = Integer.getInteger("iop.fault.kill.rounds", 1);
        int acknowledged = 0;
        int inFlight = 0;
        for (int round = 1; round <= rounds; round++) {
            String prefix = "K" + UUID.randomUUID().toString().substring(0, 6) + "-";
            Load load = new Load(prefix);
            load.start();
            Thread.sleep(4000 + round * 137 % 2000);
            app.destroyForcibly(); // SIGKILL: no shutdown hook, no commit of what is in flight
            app.waitFor(30, TimeUnit.SECONDS);
            load.stop();
            startApp();
            Check check = check(prefix, load.acked);
            System.out.println("[fault] kill -9 round " + round + "/" + rounds + ": acknowledged " + load.acked.size()
                    + ", committed without an answer " + check.unacknowledged + ", failed requests " + load.failed.get()
                    + ", lost 0, half-written 0");
            acknowledged += load.acked.size();
            inFlight += check.unacknowledged;
            assertThat(load.acked).as("writes acknowledged before the kill").isNotEmpty();
            assertThat(admin().postJson("api/participants", participant(prefix + "after")).statusCode())
                    .as("writes work after the restart").isEqualTo(200);
        }
        System.out.println("[fault] kill -9: " + rounds + " round(s), " + acknowledged + " acknowledged writes all found once "
                + "with their audit line, " + inFlight + " committed in flight (complete, with audit line)");
    }

    @Test
    void aPostgresqlImmediateRestartUnderLoadAnswersQuicklyRecoversAndLosesNoAcknowledgedWrite() throws Exception {
        int rounds = Integer.getInteger("iop.fault.pg.rounds", 1);
        for (int round = 1; round <= rounds; round++) {
            String prefix = "P" + UUID.randomUUID().toString().substring(0, 6) + "-";
            Load load = new Load(prefix);
            load.start();
            Thread.sleep(3000);
            Instant down = Instant.now();
            run("runuser", "-u", "postgres", "--", PG_BIN + "/pg_ctl", "-D", pgData.toString(), "-m", "immediate", "-w", "stop");
            Thread.sleep(3000);
            String threads = threadDump("outage-" + round);
            Thread.sleep(2000);
            pgStart();
            Instant up = Instant.now();
            Instant recovered = null;
            Instant deadline = up.plus(Duration.ofSeconds(90));
            while (recovered == null && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
                recovered = load.firstSuccessAfter(up);
            }
            Thread.sleep(2000);
            load.stop();
            long slowestDuringOutage = load.slowestBetween(down, up.plusSeconds(2));
            Check check = check(prefix, load.acked);
            System.out.println("[fault] PostgreSQL immediate restart round " + round + "/" + rounds + ": outage "
                    + Duration.between(down, up).toMillis() + " ms, failed requests " + load.failed.get()
                    + ", slowest answer in the outage " + slowestDuringOutage + " ms, first write after the restart "
                    + (recovered == null ? "never" : Duration.between(up, recovered).toMillis() + " ms") + ", acknowledged "
                    + load.acked.size() + ", committed without an answer " + check.unacknowledged + ", lost 0; request threads 3 s "
                    + "into the outage: " + threads);
            assertThat(load.hung.get()).as("requests that never came back within " + REQUEST_LIMIT).isZero();
            // before SessionSetup, EclipseLink's retries (3 x 5 s sleep) made requests wait out the outage: 10-11 s
            assertThat(load.failed.get()).as("requests answered with an error while the database was down").isPositive();
            assertThat(slowestDuringOutage).as("slowest answer while the database was down (ms)").isLessThan(8_000);
            assertThat(recovered).as("a write succeeded within 90 s of the database being back, without an app restart")
                    .isNotNull();
            assertThat(load.stackTraces.get()).as("answers with a stack trace").isZero();
        }
    }

    /** Clients writing participants with record numbers of their own; each acknowledged one is kept with its id. */
    private static final class Load {
        final String prefix;
        final Map<String, Long> acked = new ConcurrentHashMap<>();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger hung = new AtomicInteger();
        final AtomicInteger stackTraces = new AtomicInteger();
        final List<long[]> timings = new CopyOnWriteArrayList<>(); // start millis, duration millis, success 1/0
        final AtomicBoolean running = new AtomicBoolean(true);
        final ExecutorService pool = Executors.newFixedThreadPool(WRITERS);

        Load(String prefix) {
            this.prefix = prefix;
        }

        void start() {
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                pool.submit(() -> write(writer));
            }
        }

        private void write(int writer) {
            WebClient client = admin();
            for (int i = 0; running.get(); i++) {
                String number = prefix + writer + "-" + i;
                long started = System.currentTimeMillis();
                try {
                    HttpResponse<String> answer = client.postJson("api/participants", participant(number));
                    long took = System.currentTimeMillis() - started;
                    timings.add(new long[] {started, took, answer.statusCode() == 200 ? 1 : 0});
                    if (answer.statusCode() == 200) {
                        acked.put(number, Json.object(answer.body()).getJsonNumber("id").longValue());
                    } else {
                        failed.incrementAndGet();
                        if (answer.body() != null && (answer.body().contains("Exception") || answer.body().contains("\tat "))) {
                            stackTraces.incrementAndGet();
                        }
                        if (answer.statusCode() == 401 || answer.statusCode() == 302) {
                            client = admin();
                        }
                        sleep(100);
                    }
                } catch (RuntimeException noAnswer) {
                    long took = System.currentTimeMillis() - started;
                    timings.add(new long[] {started, took, 0});
                    failed.incrementAndGet();
                    if (took >= REQUEST_LIMIT.toMillis() - 500) {
                        hung.incrementAndGet();
                    }
                    if (!running.get()) {
                        return;
                    }
                    sleep(200);
                    try {
                        client = admin();
                    } catch (RuntimeException stillDown) {
                        // the app is not back yet; try again on the next round
                    }
                }
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            pool.shutdown();
            assertThat(pool.awaitTermination(REQUEST_LIMIT.toSeconds() + 10, TimeUnit.SECONDS)).as("writers stopped").isTrue();
        }

        Instant firstSuccessAfter(Instant after) {
            return timings.stream().filter(t -> t[2] == 1 && t[0] >= after.toEpochMilli()).map(t -> Instant.ofEpochMilli(t[0] + t[1]))
                    .min(Instant::compareTo).orElse(null);
        }

        long slowestBetween(Instant from, Instant to) {
            return timings.stream().filter(t -> t[0] + t[1] >= from.toEpochMilli() && t[0] <= to.toEpochMilli())
                    .mapToLong(t -> t[1]).max().orElse(0);
        }
    }

    private record Check(int unacknowledged) {
    }

    /** Every acknowledged write once with its audit line; every row of the run complete; no audit line without its row. */
    private static Check check(String prefix, Map<String, Long> acked) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "x")) {
            List<String> lost = new ArrayList<>();
            for (Map.Entry<String, Long> write : acked.entrySet()) {
                long rows = count(c, "select count(*) from participant where record_number = ? and id = ?", write.getKey(), write.getValue());
                long audit = count(c, "select count(*) from audit_event where entity_type = 'Participant' and action = 'CREATE' "
                        + "and entity_id = ?", String.valueOf(write.getValue()));
                if (rows != 1 || audit != 1) {
                    lost.add(write.getKey() + " rows=" + rows + " audit=" + audit);
                }
            }
            assertThat(lost).as("acknowledged writes not found exactly once with one audit line").isEmpty();
            long ofRun = count(c, "select count(*) from participant where record_number like ?", prefix + "%");
            long duplicates = count(c, "select count(*) from (select record_number from participant where record_number like ? "
                    + "group by record_number having count(*) > 1) d", prefix + "%");
            long withoutAudit = count(c, "select count(*) from participant p where p.record_number like ? and not exists "
                    + "(select 1 from audit_event a where a.entity_type = 'Participant' and a.action = 'CREATE' "
                    + "and a.entity_id = cast(p.id as varchar))", prefix + "%");
            long orphanAudit = count(c, "select count(*) from audit_event a where a.entity_type = 'Participant' "
                    + "and a.action = 'CREATE' and not exists (select 1 from participant p where cast(p.id as varchar) = a.entity_id)");
            assertThat(duplicates).as("record numbers stored twice").isZero();
            assertThat(withoutAudit).as("participants of the run without their audit line").isZero();
            assertThat(orphanAudit).as("audit lines of a create whose row is gone").isZero();
            assertThat(ofRun).isGreaterThanOrEqualTo(acked.size());
            return new Check((int) (ofRun - acked.size()));
        }
    }

    private static long count(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String participant(String number) {
        return "{\"version\":0,\"siteId\":" + siteId + ",\"recordNumber\":\"" + number + "\",\"firstName\":\"Crash\","
                + "\"lastName\":\"Test\",\"dateOfBirth\":\"1990-01-01\"}";
    }

    private static WebClient admin() {
        WebClient client = new WebClient(URI.create("http://127.0.0.1:" + httpPort + "/"), REQUEST_LIMIT);
        client.loginOrFail("admin", DemoData.PASSWORD);
        return client;
    }

    // ---- processes ----

    /** A thread dump of Payara Micro (jcmd of the JDK running the tests), kept in the work folder; a summary back. */
    private static String threadDump(String name) throws Exception {
        Path jcmd = Path.of(ProcessHandle.current().info().command().orElseThrow()).resolveSibling("jcmd");
        Path file = work.resolve("threads-" + name + ".txt");
        Process dump = new ProcessBuilder(jcmd.toString(), String.valueOf(app.pid()), "Thread.print")
                .redirectErrorStream(true).redirectOutput(file.toFile()).start();
        if (!dump.waitFor(60, TimeUnit.SECONDS)) {
            dump.destroyForcibly();
            return "no thread dump";
        }
        Map<String, Integer> waiting = new java.util.TreeMap<>();
        String[] blocks = Files.readString(file).split("\n\n");
        int busy = 0;
        for (String block : blocks) {
            if (!block.contains("http-thread-pool") || !block.contains("org.iopmanager")) {
                continue;
            }
            busy++;
            String frame = java.util.Arrays.stream(block.split("\n")).map(String::trim).filter(l -> l.startsWith("at "))
                    .findFirst().orElse("?");
            waiting.merge(frame, 1, Integer::sum);
        }
        return busy + " in the application " + waiting + " (" + file.getFileName() + ")";
    }

    private static void pgStart() throws Exception {
        run("runuser", "-u", "postgres", "--", PG_BIN + "/pg_ctl", "-D", pgData.toString(), "-w", "-t", "60",
                "-l", work.resolve("pg.log").toString(), "-o",
                "-p " + pgPort + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + work + " -c fsync=on", "start");
    }

    /** Payara Micro with the WAR on the private database: the pom's jar and loopback options, a cluster name of its own. */
    private static void startApp() throws Exception {
        starts++;
        String options = System.getProperty("payara.extraMicroOptions", "--clustermode tcpip:127.0.0.1:6910 --interfaces 127.0.0.1")
                .replaceAll("--clusterName \\S+", "").trim();
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Dhazelcast.phone.home.enabled=false", "-Dhazelcast.socket.bind.any=false", "-Xmx512m",
                "-Diop.demo=true", "-Diop.db.class=org.postgresql.ds.PGSimpleDataSource",
                "-Diop.db.url=" + jdbcUrl, "-Diop.db.user=postgres", "-Diop.db.password=x",
                "-jar", System.getProperty("payara.microJar"),
                "--deploy", System.getProperty("iop.war", basedir.resolve("target/iop-manager.war").toString()),
                "--contextroot", "/", "--port", String.valueOf(httpPort),
                "--clusterName", "iop-fault-" + UUID.randomUUID().toString().substring(0, 8)));
        command.addAll(List.of(options.split("\\s+")));
        Path log = work.resolve("payara-" + starts + ".log");
        app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        WebClient probe = new WebClient(URI.create("http://127.0.0.1:" + httpPort + "/"), Duration.ofSeconds(5));
        Instant started = Instant.now();
        Instant deadline = started.plus(STARTUP_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!app.isAlive()) {
                throw new AssertionError("Payara Micro ended early:\n" + Files.readString(log));
            }
            try {
                if (probe.get("health/ready").statusCode() == 200) {
                    System.out.println("[fault] Payara Micro start " + starts + " ready in "
                            + Duration.between(started, Instant.now()).toSeconds() + " s");
                    return;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("Payara Micro not ready within " + STARTUP_LIMIT + ", log " + log);
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
