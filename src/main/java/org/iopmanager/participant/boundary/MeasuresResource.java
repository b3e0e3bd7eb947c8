package org.iopmanager.participant.boundary;

import java.time.Instant;
import java.time.LocalDate;
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

import org.iopmanager.participant.entity.MeasureResult;
import org.iopmanager.platform.control.RuleViolation;

/** Measure results of an episode over HTTP: {@code ?episode=} lists them by instrument in the order administered. */
@Path("participants/measures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeasuresResource {

    @Inject
    Measures measures;

    public record MeasureView(Long id, long version, Long episodeId, String instrument, LocalDate administeredOn,
            Integer totalScore, String severity, Integer subScore1, Integer subScore2, Integer subScore3, Integer safetyItem,
            String recordedBy, Instant recordedAt) {

        static MeasureView of(MeasureResult m) {
            return new MeasureView(m.getId(), m.getVersion(), m.getEpisode().getId(), m.getInstrument().getCode(),
                    m.getAdministeredOn(), m.getTotalScore(), m.getSeverity(), m.getSubScore1(), m.getSubScore2(),
                    m.getSubScore3(), m.getSafetyItem(), m.getRecordedBy(), m.getRecordedAt());
        }
    }

    public record MeasureEdit(Long episodeId, Long instrumentId, LocalDate administeredOn, Integer totalScore,
            Integer subScore1, Integer subScore2, Integer subScore3, Integer safetyItem) {

        MeasureResult toResult() {
            MeasureResult m = new MeasureResult();
            m.setAdministeredOn(administeredOn);
            m.setTotalScore(totalScore);
            m.setSubScore1(subScore1);
            m.setSubScore2(subScore2);
            m.setSubScore3(subScore3);
            m.setSafetyItem(safetyItem);
            return m;
        }
    }

    @GET
    public List<MeasureView> list(@QueryParam("episode") Long episodeId) {
        if (episodeId == null) {
            throw RuleViolation.onField("episode", "measure.episode.required");
        }
        return measures.of(episodeId).stream().map(MeasureView::of).toList();
    }

    @GET
    @Path("{id}")
    public MeasureView find(@PathParam("id") Long id) {
        return MeasureView.of(measures.find(id));
    }

    @POST
    public MeasureView record(MeasureEdit edit) {
        return MeasureView.of(measures.record(edit.episodeId(), edit.instrumentId(), edit.toResult()));
    }
}
