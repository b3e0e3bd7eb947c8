package org.iopmanager.participant.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.participant.boundary.FlagRow;
import org.iopmanager.participant.boundary.Measures;
import org.iopmanager.participant.control.MeasureRules;
import org.iopmanager.participant.entity.Episode;
import org.iopmanager.participant.entity.Instrument;
import org.iopmanager.participant.entity.MeasureResult;
import org.iopmanager.platform.web.Actions;
import org.iopmanager.platform.web.Messages;

/**
 * The standardised measures of the record page's current episode: the form to record one (the fields follow the
 * chosen instrument), the results with their severity, a trend chart per instrument, and the participant's safety
 * flags with their acknowledgement.
 */
@Named("measures")
@ViewScoped
public class MeasureBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Measures service;

    @Inject
    ParticipantBacking record;

    @Inject
    Actions actions;

    @Inject
    Messages messages;

    private List<Instrument> instruments;
    private List<MeasureResult> results;
    private List<TrendChart> charts;
    private List<FlagRow> flags;
    private final Map<Long, String> notes = new HashMap<>();
    private Long instrumentId;
    private final MeasureResult draft = new MeasureResult();

    /** Called by the page once the record is loaded. */
    public void load() {
        if (record.getParticipant() == null || record.getParticipant().isNew() || flags != null) {
            return;
        }
        flags = service.flagsOf(record.getId());
        Episode episode = record.getCurrentEpisode();
        if (episode == null) {
            results = List.of();
            charts = List.of();
            return;
        }
        instruments = service.instruments();
        results = service.of(episode.getId());
        charts = charts(results);
        draft.setAdministeredOn(record.getToday());
    }

    private List<TrendChart> charts(List<MeasureResult> all) {
        Map<Long, List<MeasureResult>> byInstrument = new LinkedHashMap<>();
        all.forEach(r -> byInstrument.computeIfAbsent(r.getInstrument().getId(), k -> new ArrayList<>()).add(r));
        List<TrendChart> built = new ArrayList<>();
        byInstrument.values().forEach(series -> {
            Instrument instrument = series.get(0).getInstrument();
            built.add(TrendChart.of(instrument, messages.text("measure.trend.title", instrument.getCode()),
                    messages.text("measure.totalScore"), series));
        });
        return built;
    }

    public Instrument getInstrument() {
        return instruments == null || instrumentId == null ? null
                : instruments.stream().filter(i -> i.getId().equals(instrumentId)).findFirst().orElse(null);
    }

    public String save() {
        Long episodeId = record.getOpenEpisode().getId();
        MeasureResult[] saved = new MeasureResult[1];
        boolean ok = actions.attemptOnce("measure", () -> saved[0] = service.record(episodeId, instrumentId, draft));
        if (!ok) {
            return null;
        }
        boolean flagged = MeasureRules.raisesFlag(saved[0].getInstrument(), saved[0]);
        return record.reload(flagged ? "measure.recorded.flagged" : "measure.recorded");
    }

    /** The note's message shows in the flag's own row of the table ({@code flags:list:<row>:note}). */
    public String acknowledge(FlagRow flag) {
        String rowForm = "flags:list:" + flags.indexOf(flag);
        boolean ok = actions.attempt(rowForm, () -> service.acknowledge(flag.id(), flag.version(), notes.get(flag.id())));
        return ok ? record.reload("flag.acknowledged") : null;
    }

    public String getSafetyLabel() {
        Instrument instrument = getInstrument();
        return instrument == null || !instrument.hasSafetyItem() ? ""
                : messages.text("measure.safetyItem", instrument.getCode(), instrument.getSafetyItemMax());
    }

    /** The answers the chosen instrument's safety item takes, 0 to its maximum. */
    public List<Integer> getSafetyAnswers() {
        Instrument instrument = getInstrument();
        return instrument == null || !instrument.hasSafetyItem() ? List.of()
                : java.util.stream.IntStream.rangeClosed(0, instrument.getSafetyItemMax()).boxed().toList();
    }

    public long getOpenFlagCount() {
        return flags == null ? 0 : flags.stream().filter(FlagRow::isOpen).count();
    }

    public List<Instrument> getInstruments() {
        return instruments;
    }

    public List<MeasureResult> getResults() {
        return results;
    }

    public List<TrendChart> getCharts() {
        return charts;
    }

    public List<FlagRow> getFlags() {
        return flags;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public Long getInstrumentId() {
        return instrumentId;
    }

    public void setInstrumentId(Long instrumentId) {
        this.instrumentId = instrumentId;
    }

    public MeasureResult getDraft() {
        return draft;
    }
}
