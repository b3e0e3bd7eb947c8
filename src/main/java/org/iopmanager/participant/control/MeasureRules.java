package org.iopmanager.participant.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.iopmanager.participant.entity.Instrument;
import org.iopmanager.participant.entity.MeasureResult;
import org.iopmanager.participant.entity.SafetyFlag;
import org.iopmanager.participant.entity.Subscale;
import org.iopmanager.platform.control.RuleViolation;

/**
 * What a measure result must be, and what it means: administered on a day of the episode (not in the future, not
 * before admission, not after discharge); a total score
 * within the instrument's range when it has one; a score for every sub-scale within that sub-scale's range; the
 * safety item answered (0 to its maximum) when the instrument has one. A safety item above 0 raises a safety flag.
 */
public final class MeasureRules {

    private MeasureRules() {
    }

    public static List<RuleViolation> check(Instrument instrument, MeasureResult draft, LocalDate admission, LocalDate discharge,
            LocalDate today) {
        List<RuleViolation> violations = new ArrayList<>();
        LocalDate on = draft.getAdministeredOn();
        if (on == null) {
            violations.add(RuleViolation.onField("administeredOn", "measure.administeredOn.required"));
        } else if (on.isAfter(today)) {
            violations.add(RuleViolation.onField("administeredOn", "measure.administeredOn.future"));
        } else if (admission != null && on.isBefore(admission)) {
            violations.add(RuleViolation.onField("administeredOn", "measure.administeredOn.beforeAdmission", admission));
        } else if (discharge != null && on.isAfter(discharge)) {
            violations.add(RuleViolation.onField("administeredOn", "measure.administeredOn.afterDischarge", discharge));
        }
        if (instrument.hasTotal()) {
            inRange(violations, "totalScore", draft.getTotalScore(), instrument.getMinScore(), instrument.getMaxScore());
        } else if (draft.getTotalScore() != null) {
            violations.add(RuleViolation.onField("totalScore", "measure.totalScore.none", instrument.getCode()));
        }
        for (Subscale subscale : instrument.getSubscales()) {
            inRange(violations, "subScore" + subscale.getPosition(), draft.subScore(subscale.getPosition()),
                    subscale.getMinScore(), subscale.getMaxScore());
        }
        if (instrument.hasSafetyItem()) {
            inRange(violations, "safetyItem", draft.getSafetyItem(), 0, instrument.getSafetyItemMax());
        }
        return violations;
    }

    private static void inRange(List<RuleViolation> violations, String field, Integer score, int min, int max) {
        if (score == null) {
            violations.add(RuleViolation.onField(field, "measure.score.required"));
        } else if (score < min || score > max) {
            violations.add(RuleViolation.onField(field, "measure.score.range", min, max));
        }
    }

    /** Whether the result raises a safety flag: the instrument's safety item answered above 0. */
    public static boolean raisesFlag(Instrument instrument, MeasureResult result) {
        return instrument.hasSafetyItem() && result.getSafetyItem() != null && result.getSafetyItem() > 0;
    }

    /** What acknowledging a safety flag needs: a flag still open, and a note of what the clinician did. */
    public static List<RuleViolation> acknowledgement(SafetyFlag flag, String note) {
        List<RuleViolation> violations = new ArrayList<>();
        if (!flag.isOpen()) {
            violations.add(new RuleViolation("flag.acknowledged.already"));
        }
        if (note == null || note.isBlank()) {
            violations.add(RuleViolation.onField("note", "flag.note.required"));
        } else if (note.strip().length() > SafetyFlag.NOTE_MAX) {
            violations.add(RuleViolation.onField("note", "flag.note.size", SafetyFlag.NOTE_MAX));
        }
        return violations;
    }
}
