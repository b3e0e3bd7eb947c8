package org.iopmanager.testsupport;

import java.io.IOException;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.staff.boundary.Exclusions;
import org.iopmanager.staff.control.LeieImport;
import org.iopmanager.staff.control.ScreeningSummary;

/**
 * Test deployments only: runs the {@link Exclusions} facade as the signed-in user, so in-container tests can
 * call it with a real identity and role (an in-container test has none of its own). {@code POST ?action=import
 * &name=…} with the CSV as body, {@code action=screen}, or {@code action=confirm|dismiss&id=…&version=…&reason=…}.
 * Answers JSON; a refused role is 403, a broken rule 400 with the field and message key.
 */
@WebServlet("/test-support/exclusions")
public class ExclusionsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Exclusions exclusions;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            json(response, 200, run(request));
        } catch (RuleViolation refused) {
            json(response, 400, Json.createObjectBuilder().add("field", String.valueOf(refused.getField()))
                    .add("key", refused.getMessageKey()));
        } catch (EJBAccessException | AccessLocalException notAllowed) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private JsonObjectBuilder run(HttpServletRequest request) throws IOException {
        String action = request.getParameter("action");
        switch (action) {
            case "import" -> {
                LeieImport done = exclusions.importLeie(request.getParameter("name"), request.getInputStream());
                var problems = Json.createArrayBuilder();
                done.problems().forEach(p -> problems.add(p.line() + ":" + p.reason()));
                return Json.createObjectBuilder().add("listId", done.list().getId()).add("rows", done.list().getRowCount())
                        .add("errors", done.list().getErrorCount()).add("problems", problems);
            }
            case "screen" -> {
                ScreeningSummary summary = exclusions.screenAll();
                return Json.createObjectBuilder().add("runId", summary.runId()).add("screened", summary.screened())
                        .add("possibleMatches", summary.possibleMatches()).add("newMatches", summary.newMatches());
            }
            case "confirm", "dismiss" -> {
                Long id = Long.valueOf(request.getParameter("id"));
                long version = Long.parseLong(request.getParameter("version"));
                String reason = request.getParameter("reason");
                var match = "confirm".equals(action) ? exclusions.confirm(id, version, reason) : exclusions.dismiss(id, version, reason);
                return Json.createObjectBuilder().add("status", match.getStatus().name());
            }
            default -> throw new IllegalArgumentException(action);
        }
    }

    private static void json(HttpServletResponse response, int status, JsonObjectBuilder body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body.build().toString());
    }
}
