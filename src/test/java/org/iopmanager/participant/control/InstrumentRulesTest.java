package org.iopmanager.participant.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.iopmanager.participant.entity.Instrument;
import org.iopmanager.participant.entity.SeverityBand;
import org.iopmanager.participant.entity.Subscale;
import org.iopmanager.platform.control.RuleViolation;

class InstrumentRulesTest {

    @Test
    void theSeededKindsOfInstrumentAreValid() {
        assertThat(InstrumentRules.check(MeasureRulesTest.phq9())).isEmpty();
        assertThat(InstrumentRules.check(MeasureRulesTest.gad7())).isEmpty();
        assertThat(InstrumentRules.check(MeasureRulesTest.bam())).isEmpty();
    }

    @Test
    void anInstrumentNeedsATotalRangeOrSubScales() {
        Instrument none = new Instrument("X");
        assertThat(keys(none)).containsExactly("instrument.range.required");
        none.setRange(5, 4);
        assertThat(keys(none)).containsExactly("instrument.range.invalid");
        none.setRange(0, null);
        assertThat(keys(none)).containsExactly("instrument.range.invalid", "instrument.range.required");
    }

    @Test
    void bandsRiseWithinTheRangeAndEachHasALabel() {
        Instrument pcl = new Instrument("PCL-5");
        pcl.setRange(0, 80);
        pcl.setBands(List.of(new SeverityBand(0, "Below cut-off"), new SeverityBand(33, "Probable PTSD")));
        assertThat(keys(pcl)).isEmpty();
        pcl.setBands(List.of(new SeverityBand(33, "A"), new SeverityBand(33, "B")));
        assertThat(keys(pcl)).containsExactly("instrument.bands.invalid");
        pcl.setBands(List.of(new SeverityBand(81, "Above")));
        assertThat(keys(pcl)).containsExactly("instrument.bands.invalid");
        pcl.setBands(List.of(new SeverityBand(10, " ")));
        assertThat(keys(pcl)).containsExactly("instrument.bands.label");
    }

    @Test
    void subScalesAreNumberedOneToThreeAndTheSafetyItemScoresAtLeastOne() {
        Instrument custom = new Instrument("CUSTOM");
        custom.setSubscales(List.of(new Subscale(1, "A", 0, 5), new Subscale(3, "C", 0, 5)));
        custom.setSafetyItemMax(0);
        assertThat(keys(custom)).containsExactly("instrument.subscales.invalid", "instrument.safetyItem.range");
        custom.setSubscales(List.of(new Subscale(1, "A", 0, 5), new Subscale(2, "B", 0, 5), new Subscale(3, "C", 0, 5),
                new Subscale(4, "D", 0, 5)));
        custom.setSafetyItemMax(2);
        assertThat(keys(custom)).containsExactly("instrument.subscales.count");
    }

    private static List<String> keys(Instrument instrument) {
        return InstrumentRules.check(instrument).stream().map(RuleViolation::getMessageKey).toList();
    }
}
