package org.iopmanager.participant.boundary;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.iopmanager.platform.control.RuleViolation;

/** Safety flags over HTTP: a site's list ({@code ?site=}, unacknowledged only unless {@code open=false}), acknowledgement. */
@Path("participants/flags")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SafetyFlagsResource {

    @Inject
    Measures measures;

    public record Acknowledgement(long version, String note) {
    }

    @GET
    public List<FlagRow> list(@QueryParam("site") Long siteId, @QueryParam("open") @DefaultValue("true") boolean openOnly,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        if (siteId == null) {
            throw RuleViolation.onField("site", "participant.site.required");
        }
        return measures.flags(siteId, openOnly, Math.max(0, first), Math.min(Math.max(1, max), 500));
    }

    public record FlagCount(long open) {
    }

    /** Unacknowledged flags over all the caller's sites. */
    @GET
    @Path("count")
    public FlagCount count() {
        return new FlagCount(measures.openFlagCount());
    }

    @GET
    @Path("{id}")
    public FlagRow find(@PathParam("id") Long id) {
        return measures.findFlag(id);
    }

    @POST
    @Path("{id}/acknowledge")
    public FlagRow acknowledge(@PathParam("id") Long id, Acknowledgement acknowledgement) {
        return measures.acknowledge(id, acknowledgement.version(), acknowledgement.note());
    }
}
