package org.iopmanager.document.boundary;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.iopmanager.document.control.FileResponses;

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
        FileResponses.serve(request, response, id -> {
            Download download = documents.open(id);
            return new FileResponses.File(download.document().getContentType(), download.fileName(), download.content());
        });
    }
}
