package org.iopmanager.aftercare.boundary;

import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.iopmanager.aftercare.boundary.AftercareShapes.DisclosureView;
import org.iopmanager.aftercare.boundary.AftercareShapes.Page;
import org.iopmanager.document.control.ContentDisposition;
import org.iopmanager.document.control.FileResponses;
import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.reporting.control.TableExport;

/** The accounting of disclosures of a participant over HTTP: as JSON, or as the CSV/PDF for the participant. */
@Path("disclosures")
@Produces(MediaType.APPLICATION_JSON)
public class DisclosuresResource {

    @Inject
    Disclosures disclosures;

    @GET
    public Page<DisclosureView> ofParticipant(@QueryParam("participant") Long participantId,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        return new Page<>(disclosures.count(participantId), disclosures.ofParticipant(participantId, Math.max(0, first),
                Math.min(Math.max(1, max), 200)).stream().map(DisclosureView::of).toList());
    }

    /** {@code GET /api/disclosures/accounting?participant=…&format=csv|pdf}: the file, audited as an export. */
    @GET
    @Path("accounting")
    @Produces({"text/csv", "application/pdf", MediaType.APPLICATION_JSON})
    public Response accounting(@QueryParam("participant") Long participantId, @QueryParam("format") @DefaultValue("csv")
            String format) {
        TableExport.Format chosen = switch (format) {
            case "csv" -> TableExport.Format.CSV;
            case "pdf" -> TableExport.Format.PDF;
            default -> throw RuleViolation.onField("format", "aftercare.accounting.format");
        };
        FileResponses.File file = disclosures.accounting(participantId, chosen, Locale.ENGLISH);
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", ContentDisposition.attachment(file.fileName()))
                .header("Cache-Control", "no-store").build();
    }
}
