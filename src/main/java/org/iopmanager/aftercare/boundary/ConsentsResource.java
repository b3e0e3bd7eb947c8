package org.iopmanager.aftercare.boundary;

import static org.iopmanager.aftercare.boundary.AftercareShapes.body;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.iopmanager.aftercare.boundary.AftercareShapes.ConsentView;
import org.iopmanager.aftercare.boundary.AftercareShapes.NewConsent;
import org.iopmanager.aftercare.boundary.AftercareShapes.Revocation;

/** Participants' Part 2 consents over HTTP, through the same facade as the pages. */
@Path("consents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsentsResource {

    @Inject
    Consents consents;

    @GET
    public List<ConsentView> ofParticipant(@QueryParam("participant") Long participantId) {
        return consents.ofParticipant(participantId).stream().map(ConsentView::of).toList();
    }

    @GET
    @Path("{id}")
    public ConsentView find(@PathParam("id") Long id) {
        return ConsentView.of(consents.find(id));
    }

    @POST
    public ConsentView record(NewConsent consent) {
        return ConsentView.of(consents.record(body(consent).participantId(), consent.toForm()));
    }

    @POST
    @Path("{id}/revoke")
    public ConsentView revoke(@PathParam("id") Long id, Revocation revocation) {
        return ConsentView.of(consents.revoke(id, body(revocation).version(), revocation.revokedOn()));
    }
}
