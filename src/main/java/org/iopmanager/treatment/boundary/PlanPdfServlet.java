package org.iopmanager.treatment.boundary;

import java.io.IOException;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.iopmanager.document.control.FileResponses;
import org.iopmanager.platform.control.NotFound;

/**
 * {@code GET /treatment/plan-pdf?id=…}: a plan version as a PDF for the participant. A missing, malformed or
 * out-of-scope id answers 404 alike; a role that may not read plans answers 403. The facade audits the download.
 */
@WebServlet("/treatment/plan-pdf")
public class PlanPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    TreatmentPlans plans;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = FileResponses.parseId(request.getParameter("id"));
        if (id == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        TreatmentPlans.Pdf pdf;
        try {
            pdf = plans.pdf(id, request.getLocale());
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
        FileResponses.attachment(response, "application/pdf", pdf.fileName(), pdf.content());
    }
}
