package org.iopmanager.staff.boundary;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.iopmanager.document.control.FileResponses;

/**
 * {@code GET /staff/credential-file?id=…}: a staff member's credential file as a PDF download. A missing,
 * malformed or out-of-scope id answers 404 alike; a role that may not read staff files answers 403. Nothing
 * changes on GET but the audit line the facade writes.
 */
@WebServlet("/staff/credential-file")
public class CredentialFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CredentialFiles files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FileResponses.serve(request, response, id -> {
            CredentialFiles.Pdf pdf = files.pdf(id, request.getLocale());
            return new FileResponses.File("application/pdf", pdf.fileName(), pdf.content());
        });
    }
}
