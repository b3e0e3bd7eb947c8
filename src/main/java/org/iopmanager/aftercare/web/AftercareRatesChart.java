package org.iopmanager.aftercare.web;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import org.iopmanager.aftercare.boundary.AftercareRatesRow;

/**
 * The rates of the chosen sites month by month as a Chart.js line chart configuration for {@code p:chart} (PrimeFaces
 * 15 takes the configuration as JSON, which runs under the CSP): one line per {@link Series}, in percent of the month's
 * discharges, the sites added up. A month without discharges is a gap, not a zero.
 *
 * @param title  the chart title, already in the viewer's words
 * @param config the Chart.js configuration
 */
public record AftercareRatesChart(String title, String config) implements Serializable {

    /** One line: its label (in the viewer's words), colour and how a month's figures give its percentage. */
    public record Series(String label, String colour, Function<AftercareRatesRow, Integer> percent) {
    }

    public static AftercareRatesChart of(String title, List<YearMonth> months, List<AftercareRatesRow> rows,
            List<Series> series) {
        Map<YearMonth, AftercareRatesRow> byMonth = new LinkedHashMap<>();
        rows.forEach(r -> byMonth.merge(r.month(), r, AftercareRatesRow::plus));
        JsonArrayBuilder labels = Json.createArrayBuilder();
        months.forEach(m -> labels.add(m.toString()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (YearMonth month : months) {
                AftercareRatesRow row = byMonth.get(month);
                Integer value = row == null ? null : s.percent().apply(row);
                if (value == null) {
                    data.addNull();
                } else {
                    data.add(value);
                }
            }
            datasets.add(Json.createObjectBuilder().add("label", s.label()).add("data", data).add("borderColor", s.colour())
                    .add("backgroundColor", s.colour()).add("tension", 0).add("fill", false).add("spanGaps", false));
        }
        JsonObjectBuilder y = Json.createObjectBuilder().add("beginAtZero", true).add("min", 0).add("max", 100);
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
        return new AftercareRatesChart(title, config);
    }

    /** Every month from {@code from} to {@code to}. */
    public static List<YearMonth> months(YearMonth from, YearMonth to) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
