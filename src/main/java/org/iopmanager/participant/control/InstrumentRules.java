package org.iopmanager.participant.control;

import java.util.ArrayList;
import java.util.List;

import org.iopmanager.participant.entity.Instrument;
import org.iopmanager.participant.entity.SeverityBand;
import org.iopmanager.participant.entity.Subscale;
import org.iopmanager.platform.control.RuleViolation;

/**
 * What an instrument an administrator adds must be: a total range (minimum not above maximum) or sub-scales, or
 * both; severity bands inside the total range with strictly rising lower bounds and a label each; at most three
 * sub-scales at positions 1, 2, 3 with valid ranges; a safety item scored from 0 to at least 1.
 */
public final class InstrumentRules {

    private InstrumentRules() {
    }

    public static List<RuleViolation> check(Instrument instrument) {
        List<RuleViolation> violations = new ArrayList<>();
        Integer min = instrument.getMinScore();
        Integer max = instrument.getMaxScore();
        if ((min == null) != (max == null) || min != null && min > max) {
            violations.add(RuleViolation.onField("maxScore", "instrument.range.invalid"));
        }
        if (!instrument.hasTotal() && instrument.getSubscales().isEmpty()) {
            violations.add(RuleViolation.onField("maxScore", "instrument.range.required"));
        }
        Integer previous = null;
        for (SeverityBand band : instrument.getBands()) {
            boolean outside = !instrument.hasTotal() || band.getLowerBound() < min || band.getLowerBound() > max;
            if (outside || previous != null && band.getLowerBound() <= previous) {
                violations.add(RuleViolation.onField("bands", "instrument.bands.invalid"));
                break;
            }
            if (band.getLabel() == null || band.getLabel().isBlank() || band.getLabel().length() > SeverityBand.LABEL_MAX) {
                violations.add(RuleViolation.onField("bands", "instrument.bands.label"));
                break;
            }
            previous = band.getLowerBound();
        }
        List<Subscale> subscales = instrument.getSubscales();
        if (subscales.size() > Subscale.MAX_COUNT) {
            violations.add(RuleViolation.onField("subscales", "instrument.subscales.count", Subscale.MAX_COUNT));
        }
        for (int i = 0; i < subscales.size() && i < Subscale.MAX_COUNT; i++) {
            Subscale subscale = subscales.get(i);
            if (subscale.getPosition() != i + 1 || subscale.getName() == null || subscale.getName().isBlank()
                    || subscale.getMinScore() > subscale.getMaxScore()) {
                violations.add(RuleViolation.onField("subscales", "instrument.subscales.invalid"));
                break;
            }
        }
        if (instrument.getSafetyItemMax() != null && instrument.getSafetyItemMax() < 1) {
            violations.add(RuleViolation.onField("safetyItemMax", "instrument.safetyItem.range"));
        }
        return violations;
    }
}
