package org.iopmanager.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

import org.iopmanager.testsupport.WebClient;

/**
 * The role × route matrix: every page, every REST endpoint and every file servlet of the application, found from the
 * sources and classes themselves, with the expected answer for each role in {@code access/routes.tsv}. A route that
 * is not in the file (a new page or endpoint) or a row for a route that no longer exists fails the test, so the
 * matrix cannot fall behind the application.
 * <p>
 * "deny" means 403; "allow" means any answer but 403 and never a 5xx (a missing id answers 404, an empty body 400).
 * Path parameters are an id nobody has, except a site, which is the caller's own (site A of the fixture); every
 * request also names that site as {@code ?site=} (and a missing episode and a week as {@code episode}, {@code from}
 * and {@code to}), so list endpoints reach their service; write methods send an empty JSON object. "allow" is thus
 * "not refused for the role before the record is looked up": what a role may do to a record it can see is tested
 * with real records in each feature's tests.
 */
final class AccessMatrix {

    static final List<String> ROLES = List.of("ADMIN", "SITE_ADMIN", "CREDENTIALING", "CLINICIAN", "AUDITOR");
    static final String NO_SUCH_ID = "987654321";
    private static final java.time.LocalDate DAY = java.time.LocalDate.of(2026, 11, 2);

    private AccessMatrix() {
    }

    /** Every route of the application, as {@code METHOD /path}, path templates as declared. */
    static Set<String> routes(Path basedir) {
        Set<String> routes = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(basedir.resolve("src/main/webapp"))) {
            pages.filter(p -> p.toString().endsWith(".xhtml")).map(p -> "/" + basedir.resolve("src/main/webapp")
                    .relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/error/") && !p.equals("/login.xhtml"))
                    .forEach(p -> routes.add("GET " + p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Class<?> type : classes(basedir.resolve("target/classes"))) {
            jakarta.ws.rs.Path resource = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (resource != null) {
                for (Method method : type.getDeclaredMethods()) {
                    String verb = verb(method);
                    if (verb != null) {
                        jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                        routes.add(verb + " /api/" + join(resource.value(), sub == null ? "" : sub.value()));
                    }
                }
            }
            WebServlet servlet = type.getAnnotation(WebServlet.class);
            if (servlet != null && type.getName().startsWith("org.iopmanager.") && !type.getName().contains("testsupport")) {
                for (String pattern : servlet.value().length > 0 ? servlet.value() : servlet.urlPatterns()) {
                    routes.add("GET " + pattern);
                }
            }
        }
        return routes;
    }

    /** The expected answers, by route then role. */
    static Map<String, Map<String, String>> expected(Path file) {
        Map<String, Map<String, String>> expected = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                Map<String, String> byRole = new LinkedHashMap<>();
                for (int i = 0; i < ROLES.size(); i++) {
                    byRole.put(ROLES.get(i), cells[i + 1].trim());
                }
                expected.put(cells[0].trim(), byRole);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return expected;
    }

    /** What the application answers {@code client} for a route: "deny", "allow", or "error 5xx". */
    static String observe(WebClient client, String route, long siteId) {
        String[] parts = route.split(" ", 2);
        String path = parts[1].replace("{siteId}", String.valueOf(siteId)).replaceAll("\\{[^}]+}", NO_SUCH_ID).substring(1);
        path = path + "?site=" + siteId + "&episode=" + NO_SUCH_ID + "&from=" + DAY + "&to=" + DAY.plusDays(6)
                + (!path.startsWith("api/") && !path.endsWith(".xhtml") ? "&id=" + NO_SUCH_ID : "");
        HttpResponse<String> response = switch (parts[0]) {
            case "GET" -> path.startsWith("api/") ? client.getJson(path) : client.get(path);
            case "POST" -> client.postJson(path, "{}");
            case "PUT" -> client.putJson(path, "{}");
            case "DELETE" -> client.delete(path);
            default -> throw new IllegalArgumentException(route);
        };
        int status = response.statusCode();
        if (status >= 500) {
            return "error " + status;
        }
        return status == 403 ? "deny" : "allow";
    }

    static String verb(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        return method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
    }

    static String join(String base, String sub) {
        String path = (base + "/" + sub).replaceAll("/+", "/");
        path = path.startsWith("/") ? path.substring(1) : path;
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    static List<Class<?>> classes(Path root) {
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replace('\\', '.');
                classes.add(Class.forName(name.substring(0, name.length() - ".class".length()), false,
                        AccessMatrix.class.getClassLoader()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return classes;
    }
}
