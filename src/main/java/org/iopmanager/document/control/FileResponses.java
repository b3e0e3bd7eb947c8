package org.iopmanager.document.control;

import java.io.IOException;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.iopmanager.platform.control.NotFound;

/**
 * How every file leaves the application (evidence downloads, the credential file): an id read strictly from the
 * query, and a response that is an attachment the browser neither sniffs, caches nor runs.
 */
public final class FileResponses {

    private FileResponses() {
    }

    /** A file a facade hands out: its type, name and bytes. */
    public record File(String contentType, String fileName, byte[] content) {
    }

    /** Reads a file by id from a facade (which checks role and scope, and audits). */
    @FunctionalInterface
    public interface Loader {
        File load(long id);
    }

    /**
     * Serves {@code GET …?id=}: a malformed, missing or out-of-scope id answers 404 alike, a role that may not read
     * the file 403, and the file otherwise as an attachment.
     */
    public static void serve(HttpServletRequest request, HttpServletResponse response, Loader loader) throws IOException {
        Long id = parseId(request.getParameter("id"));
        if (id == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        File file;
        try {
            file = loader.load(id);
        } catch (NotFound notFound) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException | AccessLocalException notAllowed) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (EJBException wrapped) {
            if (wrapped.getCause() instanceof NotFound) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw wrapped;
        }
        attachment(response, file.contentType(), file.fileName(), file.content());
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
