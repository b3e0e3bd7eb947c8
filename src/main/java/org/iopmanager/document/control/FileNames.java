package org.iopmanager.document.control;

import java.text.Normalizer;

import org.iopmanager.document.entity.Document;
import org.iopmanager.document.entity.DocumentType;

/**
 * The user's file name, kept for display but made harmless: no path (a name is never a place to write), no
 * control characters, no invisible or direction-changing characters that make {@code invoice\u202Efdp.exe}
 * read as {@code invoiceexe.pdf}, no leading or trailing dots and spaces, at most 255 characters. The
 * extension the user typed means nothing: a download gets the extension of the type found in the content.
 */
public final class FileNames {

    public static final String FALLBACK = "document";

    private FileNames() {
    }

    public static String safe(String original) {
        if (original == null) {
            return FALLBACK;
        }
        String name = Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(FileNames::visible).forEach(kept::appendCodePoint);
        String cut = cut(trim(kept.toString()), Document.NAME_MAX);
        String result = trim(cut);
        return result.isEmpty() ? FALLBACK : result;
    }

    /** A safe name with the extension of what the file really is (added, unless it already ends so). */
    public static String forDownload(String safeName, DocumentType type) {
        String name = safe(safeName);
        if (type.hasExtension(name)) {
            return name;
        }
        String extension = "." + type.extension();
        return trim(cut(name, Document.NAME_MAX - extension.length())) + extension;
    }

    /**
     * Removes control characters (including NUL), format characters (bidi embeddings, overrides and isolates
     * U+202A–U+202E and U+2066–U+2069, zero-width space and joiners, byte order mark, soft hyphen), line and
     * paragraph separators, lone surrogates and unassigned code points.
     */
    private static boolean visible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE, Character.UNASSIGNED -> false;
            default -> true;
        };
    }

    /** Without leading and trailing dots and white space of any kind (trailing ones vanish on Windows). */
    private static String trim(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && trimmed(name.charAt(start))) {
            start++;
        }
        while (end > start && trimmed(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(start, end);
    }

    private static boolean trimmed(char c) {
        return c == '.' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** At most {@code max} chars, never splitting a surrogate pair. */
    private static String cut(String name, int max) {
        if (name.length() <= max) {
            return name;
        }
        int end = Character.isHighSurrogate(name.charAt(max - 1)) ? max - 1 : max;
        return name.substring(0, end);
    }
}
