package org.iopmanager.treatment.boundary;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.iopmanager.platform.control.NotFound;
import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.treatment.boundary.PlanShapes.Amendment;
import org.iopmanager.treatment.boundary.PlanShapes.ChangeView;
import org.iopmanager.treatment.boundary.PlanShapes.DueView;
import org.iopmanager.treatment.boundary.PlanShapes.FindingView;
import org.iopmanager.treatment.boundary.PlanShapes.PlanEdit;
import org.iopmanager.treatment.boundary.PlanShapes.PlanView;
import org.iopmanager.treatment.boundary.PlanShapes.Review;
import org.iopmanager.treatment.boundary.PlanShapes.ReviewView;
import org.iopmanager.treatment.boundary.PlanShapes.Signing;
import org.iopmanager.treatment.boundary.PlanShapes.VersionView;
import org.iopmanager.treatment.entity.PlanReview;
import org.iopmanager.treatment.entity.TreatmentPlan;

/** Treatment plans over HTTP; the facade checks roles and site scope and audits every read. */
@Path("plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlansResource {

    @Inject
    TreatmentPlans plans;

    @Inject
    PlansDue due;

    public record NewPlan(Long episodeId) {
    }

    /** The current (latest) version of an episode's plan. */
    @GET
    public PlanView current(@QueryParam("episode") Long episodeId) {
        if (episodeId == null) {
            throw RuleViolation.onField("episode", "plan.required");
        }
        TreatmentPlan plan = plans.latest(episodeId);
        if (plan == null) {
            throw new NotFound("TreatmentPlan", "episode " + episodeId);
        }
        return view(plan);
    }

    @GET
    @Path("versions")
    public List<VersionView> versions(@QueryParam("episode") Long episodeId) {
        return plans.versionsOf(episodeId).stream().map(VersionView::of).toList();
    }

    @GET
    @Path("{id}")
    public PlanView find(@PathParam("id") Long id) {
        return view(plans.find(id));
    }

    @POST
    public PlanView create(NewPlan plan) {
        return view(plans.createDraft(body(plan).episodeId()));
    }

    @PUT
    @Path("{id}")
    public PlanView update(@PathParam("id") Long id, PlanEdit edit) {
        return view(plans.update(id, body(edit).version(), edit.toPlan()));
    }

    @POST
    @Path("{id}/sign")
    public PlanView sign(@PathParam("id") Long id, Signing signing) {
        return view(plans.sign(id, body(signing).version(), signing.role(), signing.staffId(), signing.guardianName(),
                signing.overrideReason()));
    }

    @POST
    @Path("{id}/amend")
    public PlanView amend(@PathParam("id") Long id, Amendment amendment) {
        return view(plans.amend(id, body(amendment).version(), amendment.reason()));
    }

    @POST
    @Path("{id}/review")
    public ReviewView review(@PathParam("id") Long id, Review review) {
        PlanReview done = plans.review(id, body(review).version(), review.reviewedOn(), review.note());
        return new ReviewView(done.getId(), done.getReviewedOn(), done.getReviewedBy(), done.getNote());
    }

    @GET
    @Path("{id}/diff")
    public List<ChangeView> diff(@PathParam("id") Long id, @QueryParam("against") Long againstId) {
        return plans.diff(id, againstId).stream().map(ChangeView::of).toList();
    }

    @GET
    @Path("{id}/quality")
    public List<FindingView> quality(@PathParam("id") Long id) {
        return plans.quality(id).stream().map(FindingView::of).toList();
    }

    /** What is due at a site: first plans ({@code kind=FIRST_PLAN}) or reviews ({@code kind=REVIEW}). */
    @GET
    @Path("due")
    public List<DueView> due(@QueryParam("site") Long siteId, @QueryParam("kind") @DefaultValue("REVIEW") String kind,
            @QueryParam("days") @DefaultValue("7") int days, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("50") int max) {
        if (siteId == null) {
            throw RuleViolation.onField("site", "plan.required");
        }
        int window = Math.min(Math.max(0, days), 365);
        int from = Math.max(0, first);
        int size = Math.min(Math.max(1, max), 500);
        if ("FIRST_PLAN".equals(kind)) {
            int firstPlanDays = plans.standardAt(siteId).firstPlanDays();
            return due.firstPlans(siteId, window, from, size).stream()
                    .map(e -> new DueView(kind, e.getId(), null, e.getParticipant().getLastName() + ", "
                            + e.getParticipant().getFirstName(), e.getParticipant().getRecordNumber(),
                            e.getAdmissionDate().plusDays(firstPlanDays))).toList();
        }
        return due.reviews(siteId, window, from, size).stream()
                .map(p -> new DueView("REVIEW", p.getEpisode().getId(), p.getId(), p.getEpisode().getParticipant().getLastName()
                        + ", " + p.getEpisode().getParticipant().getFirstName(), p.getEpisode().getParticipant().getRecordNumber(),
                        p.getReviewDue())).toList();
    }

    /** A request without its JSON body answers 400 with a message, not a NullPointerException's 500. */
    private static <T> T body(T body) {
        if (body == null) {
            throw new RuleViolation("plan.body.required");
        }
        return body;
    }

    private PlanView view(TreatmentPlan plan) {
        return PlanView.of(plan, plans.hoursOf(plan));
    }
}
