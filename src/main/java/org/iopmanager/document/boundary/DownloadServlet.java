package org.iopmanager.document.boundary;

import java.io.IOException;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.iopmanager.document.control.FileResponses;
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
        Long id = FileResponses.parseId(request.getParameter("id"));
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
        FileResponses.attachment(response, download.document().getContentType(), download.fileName(), download.content());
    }
}
