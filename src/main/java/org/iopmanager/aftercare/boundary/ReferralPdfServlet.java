package org.iopmanager.aftercare.boundary;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.iopmanager.aftercare.control.ReferralRefused;
import org.iopmanager.document.control.FileResponses;

/**
 * {@code GET /aftercare/referral-pdf?id=…}: the referral summary for the receiving service. A missing, malformed or
 * out-of-scope id answers 404 alike, a role that may not read referrals 403, a referral not sent or no longer covered
 * by its consent 409. The facade audits the download.
 */
@WebServlet("/aftercare/referral-pdf")
public class ReferralPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Referrals referrals;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            FileResponses.serve(request, response, id -> referrals.summaryPdf(id, request.getLocale()));
        } catch (ReferralRefused refused) {
            response.sendError(HttpServletResponse.SC_CONFLICT);
        }
    }
}
