package org.iopmanager.treatment.boundary;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.iopmanager.document.control.FileResponses;

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
        FileResponses.serve(request, response, id -> {
            TreatmentPlans.Pdf pdf = plans.pdf(id, request.getLocale());
            return new FileResponses.File("application/pdf", pdf.fileName(), pdf.content());
        });
    }
}
