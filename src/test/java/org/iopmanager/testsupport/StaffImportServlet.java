package org.iopmanager.testsupport;

import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.staff.boundary.ImportReport;
import org.iopmanager.staff.boundary.ImportResult;
import org.iopmanager.staff.boundary.StaffImport;
import org.iopmanager.staff.control.ImportProgress;

/**
 * Test deployments only: runs {@link StaffImport} as the signed-in user, with that user's role. {@code POST} the
 * raw file with {@code name} and {@code mode} ({@code dryRun}, {@code import}, {@code importValid} or
 * {@code background}, the page's way) in the query
 * string. Answers the report or result as JSON, 400 with the message key when refused, 403 when the role may not.
 */
@WebServlet("/test-support/staff-import")
public class StaffImportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffImport staffImport;

    @Inject
    ImportProgress progress;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] file = request.getInputStream().readAllBytes();
        String name = request.getParameter("name");
        String mode = request.getParameter("mode");
        try {
            if ("dryRun".equals(mode)) {
                json(response, 200, report(staffImport.dryRun(name, file)));
            } else if ("background".equals(mode)) {
                String key = UUID.randomUUID().toString();
                ImportResult result = staffImport.importInBackground(name, file, false, key).get();
                int percent = progress.percent(key);
                progress.finish(key);
                json(response, 200, result(result).add("percent", percent).build().toString());
            } else {
                json(response, 200, result(staffImport.importFile(name, file, "importValid".equals(mode))).build().toString());
            }
        } catch (EJBAccessException | AccessLocalException notAllowed) {
            json(response, 403, Json.createObjectBuilder().add("refused", notAllowed.getClass().getName()).build().toString());
        } catch (RuleViolation refused) {
            json(response, 400, Json.createObjectBuilder().add("key", refused.getMessageKey()).build().toString());
        } catch (EJBException | InterruptedException | ExecutionException failed) {
            throw new IOException(failed);
        }
    }

    private static JsonObjectBuilder result(ImportResult result) {
        return Json.createObjectBuilder().add("staffCreated", result.staffCreated())
                .add("credentialsAdded", result.credentialsAdded()).add("rowsSkipped", result.rowsSkipped());
    }

    private static String report(ImportReport report) {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        report.errors().forEach(error -> errors.add(Json.createObjectBuilder().add("row", error.row())
                .add("column", error.column() == null ? "" : error.column()).add("key", error.messageKey())));
        return Json.createObjectBuilder().add("rows", report.rows()).add("validRows", report.validRows())
                .add("rowsWithErrors", report.rowsWithErrors()).add("people", report.people())
                .add("credentials", report.credentials()).add("errors", errors).build().toString();
    }

    private static void json(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body);
    }
}
