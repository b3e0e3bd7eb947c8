package org.iopmanager.document.control;

import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} of a download (RFC 6266): always {@code attachment}, so a browser saves the
 * file instead of showing it in the app's origin; the name both as a plain ASCII fallback and, for every
 * browser of the last decade, exactly in UTF-8 ({@code filename*}, RFC 8187).
 */
public final class ContentDisposition {

    private static final String ATTR_CHAR_SYMBOLS = "!#$&+-.^_`|~";

    private ContentDisposition() {
    }

    public static String attachment(String fileName) {
        return "attachment; filename=\"" + ascii(fileName) + "\"; filename*=UTF-8''" + percentEncoded(fileName);
    }

    /** Printable ASCII only; quote, backslash, percent and semicolon (which naive parsers trip on) become "_". */
    static String ascii(String name) {
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7F && "\"\\%;".indexOf(c) < 0 ? (char) c : '_'));
        return out.toString();
    }

    static String percentEncoded(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHAR_SYMBOLS.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
