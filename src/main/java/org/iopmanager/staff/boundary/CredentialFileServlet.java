package org.iopmanager.staff.boundary;

import java.io.IOException;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.iopmanager.document.control.ContentDisposition;
import org.iopmanager.platform.control.NotFound;

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
        Long id = parseId(request.getParameter("id"));
        if (id == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        CredentialFiles.Pdf pdf;
        try {
            pdf = files.pdf(id, request.getLocale());
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
        response.setContentType("application/pdf");
        response.setCharacterEncoding(null);
        response.setContentLength(pdf.content().length);
        response.setHeader("Content-Disposition", ContentDisposition.attachment(pdf.fileName()));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.getOutputStream().write(pdf.content());
    }

    private static Long parseId(String value) {
        if (value == null || value.isEmpty() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.valueOf(value);
    }
}
