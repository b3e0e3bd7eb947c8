package org.iopmanager.site.boundary;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.iopmanager.site.boundary.SurveyShapes.SurveyEdit;
import org.iopmanager.site.boundary.SurveyShapes.SurveyView;

/** A site's surveys (newest first) and a new survey. */
@Path("sites/{siteId}/surveys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SiteSurveysResource {

    @Inject
    Surveys surveys;

    @Inject
    SurveysResource references;

    @Inject
    Corrections corrections;

    @GET
    public List<SurveyView> list(@PathParam("siteId") Long siteId) {
        return surveys.forSite(siteId).stream().map(SurveyView::of).toList();
    }

    /** Who may own a plan of correction at this site: id, user name and name. */
    @GET
    @Path("owners")
    public List<SurveyShapes.OwnerView> owners(@PathParam("siteId") Long siteId) {
        return corrections.possibleOwners(siteId).stream()
                .map(u -> new SurveyShapes.OwnerView(u.getId(), u.getUsername(), u.getDisplayName())).toList();
    }

    @POST
    public SurveyView create(@PathParam("siteId") Long siteId, SurveyEdit edit) {
        return SurveyView.of(surveys.create(siteId, references.toSurvey(edit)));
    }
}
