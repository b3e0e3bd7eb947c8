package org.iopmanager.platform.control;

import java.util.Locale;

/**
 * A "contains" pattern for SQL LIKE from what a user typed: lower case, with LIKE's own characters escaped by
 * a backslash, the default escape character of both PostgreSQL and H2. No ESCAPE clause is written: with one,
 * EclipseLink stops binding parameters on H2 and inlines booleans as 1, which H2 2.x refuses.
 */
public final class LikePattern {

    private LikePattern() {
    }

    public static String contains(String text) {
        return "%" + text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
