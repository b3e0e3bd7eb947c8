package org.iopmanager.document.control;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * How every file leaves the application (evidence downloads, the credential file): an id read strictly from the
 * query, and a response that is an attachment the browser neither sniffs, caches nor runs.
 */
public final class FileResponses {

    private FileResponses() {
    }

    /** A positive id of at most 18 digits, or null for anything else (answered 404 like a missing record). */
    public static Long parseId(String value) {
        if (value == null || value.isEmpty() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.valueOf(value);
    }

    public static void attachment(HttpServletResponse response, String contentType, String fileName, byte[] content)
            throws IOException {
        response.setContentType(contentType);
        response.setCharacterEncoding(null); // a file has no text encoding; Payara would add its default "UTF-8"
        response.setContentLengthLong(content.length);
        response.setHeader("Content-Disposition", ContentDisposition.attachment(fileName));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.getOutputStream().write(content);
    }
}
