package org.iopmanager.participant.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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

import org.iopmanager.participant.entity.AsamAssessment;
import org.iopmanager.participant.entity.AsamDimension;
import org.iopmanager.participant.entity.AsamEdition;
import org.iopmanager.participant.entity.LevelOfCare;
import org.iopmanager.platform.control.RuleViolation;

/** ASAM assessments of an episode over HTTP: {@code ?episode=} lists newest first; the facade checks and audits. */
@Path("participants/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentsResource {

    @Inject
    Assessments assessments;

    public record DimensionView(AsamDimension dimension, Integer rating, String note) {
    }

    public record AssessmentView(Long id, long version, Long episodeId, LocalDate assessedOn, AsamEdition edition,
            List<DimensionView> dimensions, LevelOfCare recommendedLevel, String assessedBy, Instant recordedAt,
            List<String> warnings) {

        static AssessmentView of(AsamAssessment a, List<String> warnings) {
            List<DimensionView> dimensions = new ArrayList<>();
            for (AsamDimension d : AsamDimension.values()) {
                dimensions.add(new DimensionView(d, a.rating(d), a.note(d)));
            }
            return new AssessmentView(a.getId(), a.getVersion(), a.getEpisode().getId(), a.getAssessedOn(), a.getEdition(),
                    dimensions, a.getRecommendedLevel(), a.getAssessedBy(), a.getRecordedAt(), warnings);
        }
    }

    public record AssessmentEdit(Long episodeId, LocalDate assessedOn, AsamEdition edition, Integer d1Rating,
            Integer d2Rating, Integer d3Rating, Integer d4Rating, Integer d5Rating, Integer d6Rating, String d1Note,
            String d2Note, String d3Note, String d4Note, String d5Note, String d6Note, LevelOfCare recommendedLevel) {

        AsamAssessment toAssessment() {
            AsamAssessment a = new AsamAssessment();
            a.setAssessedOn(assessedOn);
            a.setEdition(edition);
            a.setRecommendedLevel(recommendedLevel);
            Integer[] ratings = {d1Rating, d2Rating, d3Rating, d4Rating, d5Rating, d6Rating};
            String[] notes = {d1Note, d2Note, d3Note, d4Note, d5Note, d6Note};
            for (AsamDimension d : AsamDimension.values()) {
                a.rate(d, ratings[d.ordinal()]);
                a.annotate(d, notes[d.ordinal()]);
            }
            return a;
        }
    }

    @GET
    public List<AssessmentView> list(@QueryParam("episode") Long episodeId) {
        if (episodeId == null) {
            throw RuleViolation.onField("episode", "assessment.episode.required");
        }
        return assessments.of(episodeId).stream().map(a -> AssessmentView.of(a, List.of())).toList();
    }

    @GET
    @Path("{id}")
    public AssessmentView find(@PathParam("id") Long id) {
        return AssessmentView.of(assessments.find(id), List.of());
    }

    /** Records an assessment; the answer carries the warnings (bundle keys) that did not stop it. */
    @POST
    public AssessmentView record(AssessmentEdit edit) {
        AsamAssessment recorded = assessments.record(edit.episodeId(), edit.toAssessment());
        return AssessmentView.of(recorded, assessments.warnings(edit.episodeId(), recorded.getEdition()));
    }
}
