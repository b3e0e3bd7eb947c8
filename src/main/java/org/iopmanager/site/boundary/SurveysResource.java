package org.iopmanager.site.boundary;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.iopmanager.platform.control.NotFound;
import org.iopmanager.site.boundary.SurveyShapes.FindingEdit;
import org.iopmanager.site.boundary.SurveyShapes.FindingView;
import org.iopmanager.site.boundary.SurveyShapes.SurveyEdit;
import org.iopmanager.site.boundary.SurveyShapes.SurveyView;
import org.iopmanager.site.entity.AccreditingBody;
import org.iopmanager.site.entity.Survey;

/** One survey and its findings over HTTP, through {@link Surveys}: same roles, site scope and rules as the pages. */
@Path("surveys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SurveysResource {

    @Inject
    Surveys surveys;

    @Inject
    Accreditations accreditations;

    @GET
    @Path("{id}")
    public SurveyView get(@PathParam("id") Long id) {
        return SurveyView.of(surveys.find(id));
    }

    @PUT
    @Path("{id}")
    public SurveyView update(@PathParam("id") Long id, SurveyEdit edit) {
        return SurveyView.of(surveys.update(id, edit.version(), toSurvey(edit)));
    }

    @GET
    @Path("{id}/findings")
    public List<FindingView> findings(@PathParam("id") Long id) {
        return surveys.findings(id).stream().map(FindingView::of).toList();
    }

    @POST
    @Path("{id}/findings")
    public FindingView addFinding(@PathParam("id") Long id, FindingEdit edit) {
        return FindingView.of(surveys.addFinding(id, edit.toFinding()));
    }

    /** The edit with its body and surveyed record looked up (an unknown one, or one of another site, is a 404). */
    Survey toSurvey(SurveyEdit edit) {
        AccreditingBody body = edit.bodyId() == null ? null : accreditations.bodies().stream()
                .filter(b -> b.getId().equals(edit.bodyId())).findFirst()
                .orElseThrow(() -> new NotFound("AccreditingBody", edit.bodyId()));
        return edit.toSurvey(body, edit.recordId() == null ? null : accreditations.find(edit.recordId()));
    }
}
