package org.iopmanager.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Issue 8, double submit: a page's create runs through {@link Actions#attemptOnce}, so the same post sent twice makes
 * one record. The guard is a call, not a container feature, so this test reads every page bean's source and finds each
 * call of a service method that makes a record (by the verbs the services use: create, add, admit, record, attach,
 * import ...). Each must sit inside an {@code attemptOnce}/{@code attemptOnceIf} call, directly or through a method of
 * the same bean that is called there; the few that need no guard are listed below with the reason.
 */
class CreateActionsRunOnceTest {

    /** Service methods that make a record, by name. */
    private static final Pattern CREATES = Pattern.compile(
            "add\\w*|admit\\w*|allow\\w*|attach\\w*|create\\w*|enrol\\w*|import\\w*|record\\w*|renew\\w*|decide\\w*"
                    + "|log|schedule\\w*|refer\\w*|register\\w*|upload\\w*|screen|screenAll|copy\\w*|duplicate\\w*|book\\w*");

    /** Bean.service-method calls that need no guard, and why. */
    private static final Map<String, String> NOT_A_CREATE = Map.of(
            "ReadinessBacking.recordExport", "the audit line of a download, written once per file sent",
            "SessionBacking.record", "attendance is saved against the session's version: a second copy is refused as a conflict",
            "FollowUpBacking.recordAlumni", "saved against the follow-up's version: a second copy is refused as a conflict",
            "SessionBacking.enrollable", "a read (who can be enrolled)");

    private static final Pattern INJECTED = Pattern.compile(
            "@Inject\\s+(?:@\\w+(?:\\([^)]*\\))?\\s+)*(?:private\\s+|protected\\s+)?(?:transient\\s+)?([\\w.]+)\\s+(\\w+)\\s*;");
    private static final Pattern IMPORT = Pattern.compile("import\\s+([\\w.]+)\\.(\\w+);");
    private static final Pattern CALL = Pattern.compile("\\b(\\w+)\\.(\\w+)\\(");
    private static final Pattern GUARD = Pattern.compile("\\bactions\\.(attemptOnce|attemptOnceIf)\\(");
    private static final Pattern METHOD = Pattern.compile(
            "(?m)^    (?:public |protected |private )?(?:static )?(?:final )?[\\w<>\\[\\], .?]+\\s(\\w+)\\([^;{]*\\)\\s*(?:throws [\\w., ]+)?\\{");

    @Test
    void everyCreateOfAPageRunsOncePerSubmit() throws IOException {
        List<String> unguarded = new ArrayList<>();
        int creates = 0;
        for (Path source : pageBeans()) {
            String code = Files.readString(source);
            String bean = source.getFileName().toString().replace(".java", "");
            Map<String, String> services = services(code);
            List<int[]> guarded = guardedSpans(code);
            Matcher call = CALL.matcher(code);
            while (call.find()) {
                if (!services.containsKey(call.group(1)) || !CREATES.matcher(call.group(2)).matches()) {
                    continue;
                }
                String where = bean + "." + call.group(2);
                if (NOT_A_CREATE.containsKey(where)) {
                    continue;
                }
                creates++;
                if (!inside(guarded, call.start()) && !calledFromGuard(code, guarded, call.start())) {
                    unguarded.add(where + " (line " + line(code, call.start()) + ")");
                }
            }
        }
        assertThat(creates).as("creates found in the page beans").isGreaterThan(30);
        assertThat(unguarded).as("page creates that run again when the form is sent twice: use actions.attemptOnce")
                .isEmpty();
    }

    @Test
    void theListOfNonCreatesNamesCallsThatExist() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path source : pageBeans()) {
            String code = Files.readString(source);
            String bean = source.getFileName().toString().replace(".java", "");
            Map<String, String> services = services(code);
            Matcher call = CALL.matcher(code);
            while (call.find()) {
                if (services.containsKey(call.group(1))) {
                    found.add(bean + "." + call.group(2));
                }
            }
        }
        assertThat(found).as("calls the exceptions above name").containsAll(NOT_A_CREATE.keySet());
    }

    private static List<Path> pageBeans() throws IOException {
        Path root = Path.of(System.getProperty("iop.basedir", "."), "src", "main", "java");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java") && p.getParent().endsWith("web")).sorted().toList();
        }
    }

    /** The bean's injected services (boundary or control types), by field name. */
    private static Map<String, String> services(String code) {
        Map<String, String> imports = new HashMap<>();
        Matcher imported = IMPORT.matcher(code);
        while (imported.find()) {
            imports.put(imported.group(2), imported.group(1));
        }
        Map<String, String> services = new HashMap<>();
        Matcher injected = INJECTED.matcher(code);
        while (injected.find()) {
            String type = injected.group(1);
            String pkg = type.contains(".") ? type.substring(0, type.lastIndexOf('.')) : imports.getOrDefault(type, "");
            if (pkg.endsWith(".boundary") || pkg.endsWith(".control")) {
                services.put(injected.group(2), type);
            }
        }
        return services;
    }

    /** The argument lists of the bean's attemptOnce calls. */
    private static List<int[]> guardedSpans(String code) {
        List<int[]> spans = new ArrayList<>();
        Matcher guard = GUARD.matcher(code);
        while (guard.find()) {
            spans.add(new int[] {guard.end(), close(code, guard.end() - 1, '(', ')')});
        }
        return spans;
    }

    /** Whether the method around {@code at} is called (or referenced) inside a guard. */
    private static boolean calledFromGuard(String code, List<int[]> guarded, int at) {
        String method = null;
        Matcher declared = METHOD.matcher(code);
        while (declared.find() && declared.start() < at) {
            if (close(code, declared.end() - 1, '{', '}') > at) {
                method = declared.group(1);
            }
        }
        if (method == null) {
            return false;
        }
        Matcher use = Pattern.compile("(?:\\b|::)" + method + "\\b").matcher(code);
        while (use.find()) {
            if (inside(guarded, use.start())) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(List<int[]> spans, int at) {
        return spans.stream().anyMatch(span -> span[0] <= at && at < span[1]);
    }

    /** The index just after the bracket that closes the one at {@code open}. */
    private static int close(String code, int open, char opening, char closing) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == opening) {
                depth++;
            } else if (c == closing && --depth == 0) {
                return i + 1;
            }
        }
        throw new AssertionError("Unbalanced " + opening + " at " + line(code, open));
    }

    private static int line(String code, int at) {
        return (int) code.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
