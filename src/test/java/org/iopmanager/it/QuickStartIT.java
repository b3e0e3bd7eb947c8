package org.iopmanager.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.iopmanager.demo.control.DemoData;
import org.iopmanager.testsupport.WebClient;

/**
 * The README's run command, exactly as written there, starts the app on the embedded H2 file with demo data
 * and serves the sign-in page. It runs in a copy of the project (as a fresh clone would) on a free port, so it
 * leaves this build and a developer's own instance and data alone.
 */
class QuickStartIT {

    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(5);

    @Test
    void theReadmeRunCommandServesTheSignInPageWithDemoUsers() throws Exception {
        Path basedir = Path.of(System.getProperty("iop.basedir", "."));
        String command = runCommand(basedir.resolve("README.md"));
        assertThat(command).startsWith("mvn ");
        Path project = copyOfProject(basedir, basedir.resolve("target/quickstart"));
        int port = freePort();
        Path data = project.resolve("data");
        Path log = basedir.resolve("target/quickstart.log");
        String full = command + " -Diop.http.port=" + port + " -q";
        Process process = new ProcessBuilder("bash", "-c", full).directory(project.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            URI base = URI.create("http://localhost:" + port + "/");
            WebClient client = new WebClient(base);
            Instant started = Instant.now();
            HttpResponse<String> login = awaitPage(client, process, log);
            System.out.println("QuickStartIT: sign-in page served " + Duration.between(started, Instant.now()).toSeconds()
                    + " s after the run command started");
            assertThat(login.body()).contains("Sign in").contains("IOP Manager");
            assertThat(client.get("health/ready").body()).contains("\"status\":\"UP\"");
            client.loginOrFail("admin", DemoData.PASSWORD);
            assertThat(client.get("index.xhtml").body()).contains("Harbor North (Boston)");
            // the node's figures for a Prometheus scraper, without sign-in: the pages just served are counted
            HttpResponse<String> metrics = new WebClient(base).get("health/metrics");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
            assertThat(metrics.body()).contains("# TYPE iop_http_requests_total counter", "iop_ready 1",
                    "iop_http_request_duration_seconds_bucket{le=\"+Inf\"}", "iop_jvm_heap_bytes{area=\"used\"}");
            long served = Long.parseLong(metrics.body().lines().filter(l -> l.startsWith("iop_http_requests_total{status_class=\"2xx\"}"))
                    .findFirst().orElseThrow().replaceAll(".* ", ""));
            assertThat(served).as("2xx answers counted before this one").isGreaterThanOrEqualTo(3);
            try (var files = Files.list(data)) {
                assertThat(files.map(p -> p.getFileName().toString()).toList()).anyMatch(n -> n.startsWith("iop-manager"));
            }
        } finally {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            process.onExit().get();
        }
    }

    /** A copy of what a newcomer clones (pom, sources, README), so the build under test leaves this one alone. */
    private static Path copyOfProject(Path basedir, Path target) throws IOException {
        if (Files.exists(target)) {
            try (var old = Files.walk(target)) {
                old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        for (String part : List.of("pom.xml", "README.md", "src")) {
            Path from = basedir.resolve(part);
            try (var files = Files.walk(from)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path to = target.resolve(basedir.relativize(file));
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(to);
                    } else {
                        Files.createDirectories(to.getParent());
                        Files.copy(file, to);
                    }
                }
            }
        }
        return target;
    }

    /** The first command of the README's Quick start block. */
    static String runCommand(Path readme) throws IOException {
        List<String> lines = Files.readAllLines(readme);
        int section = lines.indexOf("## Quick start");
        assertThat(section).as("README has a Quick start section").isNotNegative();
        int fence = lines.subList(section, lines.size()).indexOf("```bash") + section;
        return lines.subList(fence + 1, lines.size()).stream()
                .map(line -> line.replaceAll("\\s+#.*$", "").trim())
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .findFirst().orElseThrow();
    }

    private static HttpResponse<String> awaitPage(WebClient client, Process process, Path log) throws Exception {
        Instant deadline = Instant.now().plus(STARTUP_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("The run command ended early:\n" + Files.readString(log));
            }
            try {
                HttpResponse<String> response = client.get("login.xhtml");
                if (response.statusCode() == 200) {
                    return response;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("No sign-in page within " + STARTUP_LIMIT + ":\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
