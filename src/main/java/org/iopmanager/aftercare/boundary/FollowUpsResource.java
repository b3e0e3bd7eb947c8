package org.iopmanager.aftercare.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

import org.iopmanager.aftercare.entity.ContactMethod;
import org.iopmanager.aftercare.entity.FollowUpOutcome;
import org.iopmanager.platform.control.RuleViolation;

/** Follow-up after discharge over HTTP: the due list, one follow-up, attempts, the outcome and alumni meetings. */
@Path("follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FollowUpsResource {

    private static final int MAX_PAGE = 200;

    @Inject
    FollowUps followUps;

    public record Page(long total, List<FollowUpRow> rows) {
    }

    public record AttemptEdit(Long version, Instant attemptedAt, ContactMethod method, Boolean reached, String note) {
    }

    public record OutcomeEdit(Long version, FollowUpOutcome outcome, LocalDate outcomeOn, String note) {
    }

    public record AlumniEdit(Long version, LocalDate attendedOn, String groupName) {
    }

    /** {@code ?site=&show=OPEN|OVERDUE|DUE_TODAY|UPCOMING|MISSED|DONE|ALL&text=&sort=dueDate,-name&first=&max=} */
    @GET
    public Page due(@QueryParam("site") Long siteId, @QueryParam("show") @DefaultValue("OPEN") String show,
            @QueryParam("text") String text, @QueryParam("sort") String sort, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("50") int max) {
        if (siteId == null) {
            throw RuleViolation.onField("site", "followup.site.required");
        }
        FollowUpFilter filter = new FollowUpFilter(siteId, show(show), text);
        return new Page(followUps.count(filter), followUps.rows(filter, Math.max(0, first), Math.max(1, Math.min(max, MAX_PAGE)),
                order(sort)));
    }

    @GET
    @Path("count")
    public Map<String, Long> count(@QueryParam("site") Long siteId) {
        if (siteId == null) {
            throw RuleViolation.onField("site", "followup.site.required");
        }
        return Map.of("due", followUps.countDue(siteId));
    }

    @GET
    @Path("{id}")
    public FollowUpDetail one(@PathParam("id") Long id) {
        return followUps.detail(id);
    }

    @GET
    @Path("participant/{participantId}")
    public List<FollowUpDetail> ofParticipant(@PathParam("participantId") Long participantId) {
        return followUps.ofParticipant(participantId);
    }

    @POST
    @Path("{id}/attempts")
    public FollowUpDetail attempt(@PathParam("id") Long id, AttemptEdit edit) {
        AttemptEdit e = required(edit);
        return followUps.recordAttempt(id, e.version(), e.attemptedAt(), e.method(), Boolean.TRUE.equals(e.reached()),
                e.note());
    }

    @PUT
    @Path("{id}/outcome")
    public FollowUpDetail outcome(@PathParam("id") Long id, OutcomeEdit edit) {
        OutcomeEdit e = required(edit);
        return followUps.conclude(id, e.version(), e.outcome(), e.outcomeOn(), e.note());
    }

    @POST
    @Path("{id}/alumni")
    public FollowUpDetail alumni(@PathParam("id") Long id, AlumniEdit edit) {
        AlumniEdit e = required(edit);
        return followUps.recordAlumni(id, e.version(), e.attendedOn(), e.groupName());
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new RuleViolation("followup.body.required");
        }
        return body;
    }

    private static FollowUpFilter.Show show(String text) {
        try {
            return FollowUpFilter.Show.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw RuleViolation.onField("show", "followup.show.invalid");
        }
    }

    /** {@code dueDate,-name}: fields in priority order, a minus for descending. */
    private static Map<String, Boolean> order(String sort) {
        Map<String, Boolean> order = new LinkedHashMap<>();
        if (sort != null) {
            for (String field : sort.split(",")) {
                String f = field.strip();
                if (!f.isEmpty()) {
                    order.put(f.startsWith("-") ? f.substring(1) : f, !f.startsWith("-"));
                }
            }
        }
        return order;
    }
}
