package org.iopmanager.aftercare.boundary;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.iopmanager.document.control.FileResponses;
import org.iopmanager.reporting.control.TableExport;

/**
 * {@code GET /aftercare/accounting?id=<participant>&format=csv|pdf}: the accounting of disclosures the participant can
 * be given. A missing or out-of-scope participant answers 404, a role that may not read it 403; the facade audits it.
 */
@WebServlet("/aftercare/accounting")
public class AccountingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Disclosures disclosures;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        TableExport.Format format = "pdf".equals(request.getParameter("format")) ? TableExport.Format.PDF : TableExport.Format.CSV;
        FileResponses.serve(request, response, id -> disclosures.accounting(id, format, request.getLocale()));
    }
}
