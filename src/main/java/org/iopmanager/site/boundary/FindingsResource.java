package org.iopmanager.site.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.iopmanager.site.boundary.SurveyShapes.CorrectionEdit;
import org.iopmanager.site.boundary.SurveyShapes.CorrectionView;
import org.iopmanager.site.boundary.SurveyShapes.FindingEdit;
import org.iopmanager.site.boundary.SurveyShapes.FindingView;
import org.iopmanager.site.entity.Correction;
import org.iopmanager.site.entity.Finding;

/** One finding, and its plan of correction once made. */
@Path("findings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FindingsResource {

    @Inject
    Surveys surveys;

    @Inject
    Corrections corrections;

    @GET
    @Path("{id}")
    public FindingView get(@PathParam("id") Long id) {
        return FindingView.of(surveys.findFinding(id));
    }

    @PUT
    @Path("{id}")
    public FindingView update(@PathParam("id") Long id, FindingEdit edit) {
        return FindingView.of(surveys.updateFinding(id, edit.version(), edit.toFinding()));
    }

    @POST
    @Path("{id}/correction")
    public CorrectionView plan(@PathParam("id") Long id, CorrectionEdit edit) {
        Finding finding = surveys.findFinding(id);
        Correction correction = corrections.create(id, edit.toCorrection(corrections.owner(finding.owningSiteId(), edit.ownerId())));
        return CorrectionView.of(correction, corrections.today(correction));
    }
}
