package org.iopmanager.platform.control;

import java.util.Locale;

import org.iopmanager.platform.entity.StorableValidator;

/**
 * A "contains" pattern for SQL LIKE from what a user typed: lower case, with LIKE's own characters escaped by
 * a backslash, the default escape character of both PostgreSQL and H2. No ESCAPE clause is written: with one,
 * EclipseLink stops binding parameters on H2 and inlines booleans as 1, which H2 2.x refuses.
 */
public final class LikePattern {

    private LikePattern() {
    }

    /**
     * The pattern for a search field {@code text}; a text that cannot be stored is refused on that field
     * ({@code app.text.unstorable}): PostgreSQL answers a NUL in a query parameter with an error, which made every
     * list's search a server error (the pages refuse it at the box already, this holds for the API's {@code ?text=}).
     */
    public static String contains(String text) {
        if (!StorableValidator.storable(text)) {
            throw RuleViolation.onField("text", "app.text.unstorable");
        }
        return "%" + text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
