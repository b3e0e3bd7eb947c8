package org.iopmanager.audit.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.iopmanager.audit.control.ChainReport;

/** The audit trail's integrity over HTTP, for monitoring: the facade allows administrators and auditors only. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditLog auditLog;

    public record ChainView(boolean intact, long checked, Long brokenAtLink, Long brokenAuditId, ChainReport.Problem problem,
            long unsealed) {
    }

    @GET
    @Path("chain")
    public ChainView chain() {
        ChainReport report = auditLog.verifyChain();
        return new ChainView(report.intact(), report.checked(), report.brokenAtLink(), report.brokenAuditId(),
                report.problem(), report.unsealed());
    }
}
