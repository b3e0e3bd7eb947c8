package org.iopmanager.aftercare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.YearMonth;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import org.iopmanager.aftercare.boundary.AftercareRatesRow;

class AftercareRatesChartTest {

    static final YearMonth JAN = YearMonth.of(2026, 1);

    @Test
    void eachSeriesIsAPercentOfTheMonthsDischargesWithTheSitesAddedUpAndAGapForAMonthWithout() {
        List<AftercareRatesRow> rows = List.of(
                new AftercareRatesRow(1, "North", JAN, 4, 1, 2, 1, 0, 0),
                new AftercareRatesRow(2, "Loop", JAN, 4, 3, 4, 0, 0, 0),
                new AftercareRatesRow(1, "North", JAN.plusMonths(2), 2, 2, 2, 2, 0, 0));
        AftercareRatesChart chart = AftercareRatesChart.of("Rates", AftercareRatesChart.months(JAN, JAN.plusMonths(2)), rows,
                List.of(new AftercareRatesChart.Series("7 days", "#000", AftercareRatesRow::percentWithin7),
                        new AftercareRatesChart.Series("Alumni", "#111", AftercareRatesRow::percentAlumni)));
        JsonObject config = Json.createReader(new StringReader(chart.config())).readObject();
        assertThat(config.getString("type")).isEqualTo("line");
        assertThat(config.getJsonObject("data").getJsonArray("labels")).extracting(v -> ((jakarta.json.JsonString) v).getString())
                .containsExactly("2026-01", "2026-02", "2026-03");
        JsonArray datasets = config.getJsonObject("data").getJsonArray("datasets");
        JsonArray seven = datasets.getJsonObject(0).getJsonArray("data");
        assertThat(seven.getInt(0)).as("4 of 8 discharges").isEqualTo(50);
        assertThat(seven.get(1)).as("no discharges in February").isEqualTo(JsonValue.NULL);
        assertThat(seven.getInt(2)).isEqualTo(100);
        assertThat(datasets.getJsonObject(1).getJsonArray("data").getInt(0)).as("1 of 8").isEqualTo(13);
        assertThat(config.getJsonObject("options").getJsonObject("scales").getJsonObject("y").getInt("max")).isEqualTo(100);
    }

    @Test
    void aRowGivesItsPercentagesAndNoneWithoutDischarges() {
        AftercareRatesRow row = new AftercareRatesRow(1, "North", JAN, 3, 1, 2, 3, 0, 0);
        assertThat(row.percentWithin7()).isEqualTo(33);
        assertThat(row.percentWithin30()).isEqualTo(67);
        assertThat(row.percentAlumni()).isEqualTo(100);
        assertThat(new AftercareRatesRow(1, "North", JAN, 0, 0, 0, 0, 0, 0).percentWithin7()).isNull();
        assertThat(AftercareRatesChart.months(JAN, JAN)).containsExactly(JAN);
        assertThat(AftercareRatesChart.months(JAN, JAN.minusMonths(1))).isEmpty();
    }

    @Test
    void referralsCompletedArePercentOfTheReferralsSentAndAddUpAcrossSites() {
        AftercareRatesRow north = new AftercareRatesRow(1, "North", JAN, 3, 1, 2, 0, 4, 1);
        AftercareRatesRow loop = new AftercareRatesRow(2, "Loop", JAN, 0, 0, 0, 0, 2, 2);
        assertThat(north.percentReferralsCompleted()).isEqualTo(25);
        assertThat(loop.percentReferralsCompleted()).as("referrals without follow-ups of the month").isEqualTo(100);
        assertThat(loop.percentWithin7()).isNull();
        AftercareRatesRow both = north.plus(loop);
        assertThat(both.referred()).isEqualTo(6);
        assertThat(both.referralsAttended()).isEqualTo(3);
        assertThat(both.percentReferralsCompleted()).isEqualTo(50);
        assertThat(new AftercareRatesRow(1, "North", JAN, 3, 1, 2, 0, 0, 0).percentReferralsCompleted()).isNull();
    }
}
