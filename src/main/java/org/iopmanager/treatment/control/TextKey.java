package org.iopmanager.treatment.control;

import java.util.Locale;

/**
 * A goal's or objective's text reduced to what a copy-paste check compares: lower case, no white space. Stored
 * beside the text, so finding the same words in another participant's plan is one indexed query.
 */
public final class TextKey {

    private TextKey() {
    }

    public static String of(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }
}
