package org.iopmanager.staff.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether two person names may be the same person, as exclusion screening needs it: the LEIE is typed by
 * many hands, so case, accents, punctuation, hyphens and apostrophes are ignored, and a middle name may be
 * missing, given as an initial, or written into the first-name field on either side ("MARY ANN" / "Mary",
 * "Ann"). It errs towards a possible match: a person reviews every one, but nobody reviews a miss.
 */
public final class NameMatch {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SILENT = Pattern.compile("['’.`]");
    private static final Pattern SEPARATORS = Pattern.compile("[^A-Z]+");

    /** A person's name parts as typed; any part may be null. */
    public record PersonName(String last, String first, String middle) {
    }

    private NameMatch() {
    }

    public static boolean matches(PersonName a, PersonName b) {
        String last = key(a.last());
        if (last.isEmpty() || !last.equals(key(b.last()))) {
            return false;
        }
        List<String> givenA = tokens(a.first(), a.middle());
        List<String> givenB = tokens(b.first(), b.middle());
        if (givenA.isEmpty() || givenB.isEmpty()) {
            return false;
        }
        if (String.join("", givenA).equals(String.join("", givenB))) {
            return true;
        }
        if (givenA.get(0).equals(givenB.get(0))) {
            return middlesAgree(givenA.subList(1, givenA.size()), givenB.subList(1, givenB.size()));
        }
        // "Maryann Beth" against "MARY ANN" + "B": the first-name fields agree once spaces are gone.
        return !key(a.first()).isEmpty() && key(a.first()).equals(key(b.first()))
                && middlesAgree(tokens(a.middle()), tokens(b.middle()));
    }

    /** Upper-case letters only: "O'Brien-Núñez" → "OBRIENNUNEZ". Null gives "". */
    public static String key(String name) {
        return String.join("", tokens(name));
    }

    /** Key of the first given name, where the first-name field may hold two ("MARY ANN" → "MARY"). */
    public static String firstKey(String first, String middle) {
        List<String> given = tokens(first, middle);
        return given.isEmpty() ? "" : given.get(0);
    }

    /** A missing middle name agrees with any; an initial agrees with the names it starts. */
    private static boolean middlesAgree(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        String x = a.get(0);
        String y = b.get(0);
        return x.equals(y) || x.length() == 1 && y.startsWith(x) || y.length() == 1 && x.startsWith(y);
    }

    static List<String> tokens(String... parts) {
        List<String> tokens = new ArrayList<>();
        for (String part : parts) {
            if (part == null) {
                continue;
            }
            if (asciiTokens(part, tokens)) {
                continue;
            }
            String plain = MARKS.matcher(Normalizer.normalize(part, Normalizer.Form.NFD)).replaceAll("");
            plain = SILENT.matcher(plain).replaceAll("").toUpperCase(Locale.ROOT);
            for (String token : SEPARATORS.split(plain)) {
                if (!token.isEmpty()) {
                    tokens.add(token);
                }
            }
        }
        return tokens;
    }

    /**
     * The same tokens as the general path for a name of plain ASCII, without {@code Normalizer} and three regular
     * expressions: every LEIE import keys 80,000 rows (benchmark, issue 7). Answers false, adding nothing, for a
     * name with any other character.
     */
    private static boolean asciiTokens(String part, List<String> tokens) {
        for (int i = 0; i < part.length(); i++) {
            if (part.charAt(i) >= 0x80) {
                return false;
            }
        }
        StringBuilder token = new StringBuilder(part.length());
        for (int i = 0; i < part.length(); i++) {
            char ch = part.charAt(i);
            if (ch == '\'' || ch == '.' || ch == '`') {
                continue;
            }
            if (ch >= 'a' && ch <= 'z') {
                token.append((char) (ch - 'a' + 'A'));
            } else if (ch >= 'A' && ch <= 'Z') {
                token.append(ch);
            } else if (!token.isEmpty()) {
                tokens.add(token.toString());
                token.setLength(0);
            }
        }
        if (!token.isEmpty()) {
            tokens.add(token.toString());
        }
        return true;
    }
}
