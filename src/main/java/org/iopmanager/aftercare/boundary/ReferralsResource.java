package org.iopmanager.aftercare.boundary;

import static org.iopmanager.aftercare.boundary.AftercareShapes.body;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
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

import org.iopmanager.aftercare.boundary.AftercareShapes.FirstVisit;
import org.iopmanager.aftercare.boundary.AftercareShapes.MonthView;
import org.iopmanager.aftercare.boundary.AftercareShapes.NewReferral;
import org.iopmanager.aftercare.boundary.AftercareShapes.Page;
import org.iopmanager.aftercare.boundary.AftercareShapes.ReferralEdit;
import org.iopmanager.aftercare.boundary.AftercareShapes.ReferralView;
import org.iopmanager.aftercare.boundary.AftercareShapes.Step;
import org.iopmanager.aftercare.boundary.AftercareShapes.TransitionView;

/** Referrals of discharge plans over HTTP, through the same facade as the pages. */
@Path("referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferralsResource {

    @Inject
    Referrals referrals;

    /** The discharge plan of an episode. */
    @GET
    public List<ReferralView> ofEpisode(@QueryParam("episode") Long episodeId) {
        return referrals.ofEpisode(episodeId).stream().map(ReferralView::of).toList();
    }

    @GET
    @Path("{id}")
    public ReferralView find(@PathParam("id") Long id) {
        return ReferralView.of(referrals.find(id));
    }

    @GET
    @Path("{id}/transitions")
    public List<TransitionView> transitions(@PathParam("id") Long id) {
        return referrals.transitions(id).stream().map(TransitionView::of).toList();
    }

    @POST
    public ReferralView create(NewReferral referral) {
        body(referral);
        return ReferralView.of(referrals.create(referral.episodeId(), referral.serviceId(), referral.reason(),
                referral.categories()));
    }

    @PUT
    @Path("{id}")
    public ReferralView update(@PathParam("id") Long id, ReferralEdit edit) {
        return ReferralView.of(referrals.update(id, body(edit).version(), edit.serviceId(), edit.reason(),
                edit.categories()));
    }

    /** One lifecycle step: {@code {"version":…,"to":"SENT"}}; refused as 409 (not from this state) or 422 (why not). */
    @POST
    @Path("{id}/transitions")
    public ReferralView step(@PathParam("id") Long id, Step step) {
        return ReferralView.of(referrals.step(id, body(step).version(), step.toStep()));
    }

    @POST
    @Path("{id}/first-visit")
    public ReferralView firstVisit(@PathParam("id") Long id, FirstVisit visit) {
        return ReferralView.of(referrals.verifyFirstVisit(id, body(visit).version(),
                new VisitConfirmation(visit.firstVisitOn(), visit.confirmedBy(), visit.method(), visit.note())));
    }

    @GET
    @Path("due")
    public Page<DueReferral> due(@QueryParam("site") Long siteId, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("50") int max) {
        return new Page<>(referrals.countDue(siteId), referrals.due(siteId, Math.max(0, first), Math.min(Math.max(1, max), 200)));
    }

    /** Completion per site and month of discharge, {@code from} and {@code to} as {@code 2026-01}. */
    @GET
    @Path("completion")
    public List<MonthView> completion(@QueryParam("site") Long siteId, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return referrals.monthlyCompletion(siteId, month(from), month(to)).stream()
                .map(m -> new MonthView(m.siteId(), m.month().toString(), m.referred(), m.verifiedAttended())).toList();
    }

    /** {@code 2026-01}, or a day of the month; anything else is null, which the facade refuses after its role check. */
    private static YearMonth month(String value) {
        if (value == null) {
            return null;
        }
        try {
            return value.length() > 7 ? YearMonth.from(LocalDate.parse(value)) : YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
