package org.iopmanager.participant.web;

import java.io.Serializable;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import org.iopmanager.participant.entity.Instrument;
import org.iopmanager.participant.entity.MeasureResult;
import org.iopmanager.participant.entity.Subscale;

/**
 * One instrument's scores over time as a Chart.js line chart configuration for {@code p:chart} (PrimeFaces 15 takes
 * the configuration as JSON): the total score on the instrument's range, or one line per sub-scale.
 *
 * @param code   the instrument code (also the chart's id part)
 * @param title  the chart title, already in the viewer's words
 * @param config the Chart.js configuration
 */
public record TrendChart(String code, String title, String config) implements Serializable {

    private static final String[] COLOURS = {"#1c4b8a", "#8a1c1c", "#17603a"};

    /** @param results one instrument's results in the order administered */
    public static TrendChart of(Instrument instrument, String title, String totalLabel, List<MeasureResult> results) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        results.forEach(r -> labels.add(r.getAdministeredOn().toString()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        if (instrument.hasTotal()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            results.forEach(r -> data.add(r.getTotalScore()));
            datasets.add(dataset(totalLabel, data, COLOURS[0]));
        }
        for (Subscale subscale : instrument.getSubscales()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            results.forEach(r -> {
                Integer score = r.subScore(subscale.getPosition());
                if (score == null) {
                    data.addNull();
                } else {
                    data.add(score);
                }
            });
            datasets.add(dataset(subscale.getName(), data, COLOURS[(subscale.getPosition() - 1) % COLOURS.length]));
        }
        JsonObjectBuilder y = Json.createObjectBuilder().add("beginAtZero", true);
        if (instrument.hasTotal()) {
            y.add("min", instrument.getMinScore()).add("max", instrument.getMaxScore());
        }
        String config = Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("title",
                                Json.createObjectBuilder().add("display", true).add("text", title)))
                        .add("scales", Json.createObjectBuilder().add("y", y)))
                .build().toString();
        return new TrendChart(instrument.getCode(), title, config);
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("borderColor", colour)
                .add("backgroundColor", colour).add("tension", 0).add("fill", false);
    }
}
