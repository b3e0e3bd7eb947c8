package org.iopmanager.platform.entity;

import java.util.Locale;

/**
 * The lower-case copy of a name that a list sorts and filters by, cut to its column. Lower case can be longer than the
 * text: a capital dotted I ({@code İ}, Turkish) becomes an i and a combining dot, so a name at its full length (a
 * service's 160 characters, a person's 60 + 60) made a sort key over its column, which the database refused at the
 * save (a 500 behind a form that had accepted the name). The cut never leaves half of a surrogate pair.
 */
public final class SortKey {

    private SortKey() {
    }

    /** {@code text} in lower case, at most {@code max} characters (null as empty). */
    public static String of(String text, int max) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        if (lower.length() <= max) {
            return lower;
        }
        int end = Character.isHighSurrogate(lower.charAt(max - 1)) ? max - 1 : max;
        return lower.substring(0, end);
    }
}
