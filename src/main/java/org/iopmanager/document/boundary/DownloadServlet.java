package org.iopmanager.document.boundary;

import java.io.IOException;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.iopmanager.document.control.ContentDisposition;
import org.iopmanager.platform.control.NotFound;

/**
 * {@code GET /documents/download?id=…}: the file as a download, never shown inline, served as the type its
 * content proved to be. A missing, malformed or out-of-scope id answers 404 alike. Nothing changes on GET
 * but the audit line the facade writes.
 */
@WebServlet("/documents/download")
public class DownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Documents documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = parseId(request.getParameter("id"));
        if (id == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Download download;
        try {
            download = documents.open(id);
        } catch (NotFound notFound) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException | AccessLocalException notAllowed) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType(download.document().getContentType());
        response.setCharacterEncoding(null); // a file has no text encoding; Payara would add its default "UTF-8"
        response.setContentLengthLong(download.content().length);
        response.setHeader("Content-Disposition", ContentDisposition.attachment(download.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.getOutputStream().write(download.content());
    }

    private static Long parseId(String value) {
        if (value == null || value.isEmpty() || value.length() > 19 || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException outOfRange) {
            return null;
        }
    }
}
