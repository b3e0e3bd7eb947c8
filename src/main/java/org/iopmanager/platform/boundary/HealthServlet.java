package org.iopmanager.platform.boundary;

import java.io.IOException;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready} and {@code /health/live} in MicroProfile Health's format, served by the app itself.
 * The app runs at the context root "/", where Payara Micro's own {@code /health} endpoint is shadowed by the
 * app's sign-in redirect; answering here keeps the same URLs working on Payara Micro, Payara Server and in
 * Docker health checks. The checks are the app's MicroProfile {@code @Readiness}/{@code @Liveness} beans.
 */
@WebServlet(urlPatterns = {"/health/ready", "/health/live", "/health"})
public class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    @Any
    @Readiness
    Instance<HealthCheck> readiness;

    @Inject
    @Any
    @Liveness
    Instance<HealthCheck> liveness;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath();
        boolean up = true;
        JsonArrayBuilder checks = Json.createArrayBuilder();
        if (!path.endsWith("/live")) {
            up &= run(readiness, checks);
        }
        if (!path.endsWith("/ready")) {
            up &= run(liveness, checks);
        }
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder()
                .add("status", up ? "UP" : "DOWN").add("checks", checks).build().toString());
    }

    private static boolean run(Instance<HealthCheck> checks, JsonArrayBuilder out) {
        boolean up = true;
        for (HealthCheck check : checks) {
            HealthCheckResponse answer;
            try {
                answer = check.call();
            } catch (RuntimeException e) {
                answer = HealthCheckResponse.named(check.getClass().getSimpleName()).down().build();
            }
            boolean checkUp = answer.getStatus() == HealthCheckResponse.Status.UP;
            up &= checkUp;
            out.add(Json.createObjectBuilder().add("name", answer.getName()).add("status", checkUp ? "UP" : "DOWN"));
        }
        return up;
    }
}
