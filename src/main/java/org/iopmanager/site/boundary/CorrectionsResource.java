package org.iopmanager.site.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.iopmanager.site.boundary.SurveyShapes.CorrectionEdit;
import org.iopmanager.site.boundary.SurveyShapes.CorrectionView;
import org.iopmanager.site.entity.Correction;

/** One plan of correction, with its derived overdue state in the site's time zone. */
@Path("corrections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CorrectionsResource {

    @Inject
    Corrections corrections;

    @GET
    @Path("{id}")
    public CorrectionView get(@PathParam("id") Long id) {
        Correction correction = corrections.find(id);
        return CorrectionView.of(correction, corrections.today(correction));
    }

    @PUT
    @Path("{id}")
    public CorrectionView update(@PathParam("id") Long id, CorrectionEdit edit) {
        Correction current = corrections.find(id);
        Correction correction = corrections.update(id, edit.version(),
                edit.toCorrection(corrections.owner(current.owningSiteId(), edit.ownerId())));
        return CorrectionView.of(correction, corrections.today(correction));
    }
}
