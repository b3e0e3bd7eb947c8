package org.iopmanager.participant.boundary;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.iopmanager.participant.entity.Instrument;
import org.iopmanager.participant.entity.SeverityBand;
import org.iopmanager.participant.entity.Subscale;

/** The standardised measures in use over HTTP; provider administrators add one with its range and bands. */
@Path("participants/instruments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InstrumentsResource {

    @Inject
    Measures measures;

    public record BandView(int lowerBound, String label) {
    }

    public record SubscaleView(int position, String name, int minScore, int maxScore) {
    }

    public record InstrumentView(Long id, String code, String name, Integer minScore, Integer maxScore, Integer safetyItemMax,
            List<BandView> bands, List<SubscaleView> subscales) {

        static InstrumentView of(Instrument i) {
            return new InstrumentView(i.getId(), i.getCode(), i.getName(), i.getMinScore(), i.getMaxScore(),
                    i.getSafetyItemMax(), i.getBands().stream().map(b -> new BandView(b.getLowerBound(), b.getLabel())).toList(),
                    i.getSubscales().stream().map(s -> new SubscaleView(s.getPosition(), s.getName(), s.getMinScore(),
                            s.getMaxScore())).toList());
        }

        Instrument toInstrument() {
            Instrument instrument = new Instrument(code);
            instrument.setName(name);
            instrument.setRange(minScore, maxScore);
            instrument.setSafetyItemMax(safetyItemMax);
            instrument.setBands(bands == null ? List.of()
                    : bands.stream().map(b -> new SeverityBand(b.lowerBound(), b.label())).toList());
            instrument.setSubscales(subscales == null ? List.of()
                    : subscales.stream().map(s -> new Subscale(s.position(), s.name(), s.minScore(), s.maxScore())).toList());
            return instrument;
        }
    }

    @GET
    public List<InstrumentView> list() {
        return measures.instruments().stream().map(InstrumentView::of).toList();
    }

    @POST
    public InstrumentView add(InstrumentView edit) {
        return InstrumentView.of(measures.addInstrument(edit.toInstrument()));
    }
}
