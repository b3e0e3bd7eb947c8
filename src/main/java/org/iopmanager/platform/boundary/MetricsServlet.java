package org.iopmanager.platform.boundary;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Locale;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import org.iopmanager.platform.control.RequestMetrics;

/**
 * {@code GET /health/metrics}: this node's figures in the Prometheus text format (0.0.4), without sign-in like the
 * health endpoints. Served by the app itself because the app at the context root "/" shadows Payara's own
 * {@code /metrics} (docs/operations.md), and MicroProfile Metrics is gone from Payara 7: one endpoint on Payara Micro 6
 * and 7, Payara Server and Docker. Counts and JVM figures only: no names, no ids, nothing about a participant.
 */
@WebServlet("/health/metrics")
public class MetricsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestMetrics requests;

    @Inject
    @Any
    @Readiness
    Instance<HealthCheck> readiness;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain; version=0.0.4");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        help(out, "iop_http_requests_total", "counter", "Requests answered by this node since it started, by status class.");
        for (int n = 1; n <= 5; n++) {
            out.println("iop_http_requests_total{status_class=\"" + n + "xx\"} " + requests.ofClass(n));
        }
        help(out, "iop_http_request_duration_seconds", "histogram", "Time to answer a request.");
        for (int i = 0; i < RequestMetrics.BOUNDS.length; i++) {
            out.println("iop_http_request_duration_seconds_bucket{le=\"" + number(RequestMetrics.BOUNDS[i]) + "\"} "
                    + requests.atMost(i));
        }
        out.println("iop_http_request_duration_seconds_bucket{le=\"+Inf\"} " + requests.count());
        out.println("iop_http_request_duration_seconds_sum " + number(requests.seconds()));
        out.println("iop_http_request_duration_seconds_count " + requests.count());
        help(out, "iop_http_requests_in_flight", "gauge", "Requests being answered now (this one included).");
        out.println("iop_http_requests_in_flight " + requests.inFlight());
        help(out, "iop_ready", "gauge", "1 while the readiness checks (the database, the migrated schema) pass.");
        out.println("iop_ready " + (ready() ? 1 : 0));
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        help(out, "iop_jvm_heap_bytes", "gauge", "Heap used, committed and the maximum.");
        out.println("iop_jvm_heap_bytes{area=\"used\"} " + heap.getUsed());
        out.println("iop_jvm_heap_bytes{area=\"committed\"} " + heap.getCommitted());
        out.println("iop_jvm_heap_bytes{area=\"max\"} " + heap.getMax());
        help(out, "iop_jvm_gc_seconds_total", "counter", "Time spent in garbage collection, by collector.");
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            out.println("iop_jvm_gc_seconds_total{collector=\"" + gc.getName().replace("\"", "'") + "\"} "
                    + number(gc.getCollectionTime() / 1000.0));
        }
        help(out, "iop_jvm_threads", "gauge", "Live threads.");
        out.println("iop_jvm_threads " + ManagementFactory.getThreadMXBean().getThreadCount());
        help(out, "iop_jvm_uptime_seconds", "gauge", "Time since this node's JVM started.");
        out.println("iop_jvm_uptime_seconds " + number(ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0));
    }

    private boolean ready() {
        for (HealthCheck check : readiness) {
            try {
                if (check.call().getStatus() != HealthCheckResponse.Status.UP) {
                    return false;
                }
            } catch (RuntimeException e) {
                return false;
            }
        }
        return true;
    }

    private static void help(PrintWriter out, String name, String type, String text) {
        out.println("# HELP " + name + " " + text);
        out.println("# TYPE " + name + " " + type);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%s", value);
    }
}
