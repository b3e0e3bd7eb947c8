package org.iopmanager.participant.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.iopmanager.participant.entity.Instrument;
import org.iopmanager.participant.entity.MeasureResult;
import org.iopmanager.participant.entity.SafetyFlag;
import org.iopmanager.participant.entity.SeverityBand;
import org.iopmanager.participant.entity.Subscale;
import org.iopmanager.platform.control.RuleViolation;

class MeasureRulesTest {

    private static final LocalDate ADMITTED = LocalDate.of(2026, 3, 2);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    static Instrument phq9() {
        Instrument phq = new Instrument("PHQ-9");
        phq.setName("PHQ-9");
        phq.setRange(0, 27);
        phq.setSafetyItemMax(3);
        phq.setBands(List.of(new SeverityBand(0, "Minimal"), new SeverityBand(5, "Mild"), new SeverityBand(10, "Moderate"),
                new SeverityBand(15, "Moderately severe"), new SeverityBand(20, "Severe")));
        return phq;
    }

    static Instrument gad7() {
        Instrument gad = new Instrument("GAD-7");
        gad.setName("GAD-7");
        gad.setRange(0, 21);
        gad.setBands(List.of(new SeverityBand(0, "Minimal"), new SeverityBand(5, "Mild"), new SeverityBand(10, "Moderate"),
                new SeverityBand(15, "Severe")));
        return gad;
    }

    static Instrument bam() {
        Instrument bam = new Instrument("BAM");
        bam.setName("BAM");
        bam.setSubscales(List.of(new Subscale(1, "Use", 0, 12), new Subscale(2, "Risk", 0, 28), new Subscale(3, "Protective", 0, 24)));
        return bam;
    }

    @Test
    void aPhq9NeedsItsTotalWithinZeroToTwentySevenAndItem9WithinZeroToThree() {
        assertThat(fields(phq9(), result(TODAY, 27, 3))).isEmpty();
        assertThat(fields(phq9(), result(ADMITTED, 0, 0))).isEmpty();
        assertThat(fields(phq9(), result(TODAY, 28, 4))).containsExactly("totalScore:measure.score.range",
                "safetyItem:measure.score.range");
        assertThat(fields(phq9(), result(TODAY, -1, null))).containsExactly("totalScore:measure.score.range",
                "safetyItem:measure.score.required");
        assertThat(fields(phq9(), result(TODAY, null, 0))).containsExactly("totalScore:measure.score.required");
    }

    @Test
    void theDateIsADayOfTheEpisode() {
        assertThat(fields(gad7(), result(null, 3, null))).containsExactly("administeredOn:measure.administeredOn.required");
        assertThat(fields(gad7(), result(TODAY.plusDays(1), 3, null))).containsExactly("administeredOn:measure.administeredOn.future");
        assertThat(fields(gad7(), result(ADMITTED.minusDays(1), 3, null)))
                .containsExactly("administeredOn:measure.administeredOn.beforeAdmission");
        assertThat(fields(gad7(), result(TODAY, 22, null))).containsExactly("totalScore:measure.score.range");
        assertThat(MeasureRules.check(gad7(), result(TODAY, 3, null), ADMITTED, TODAY.minusDays(2), TODAY))
                .extracting(RuleViolation::getMessageKey).containsExactly("measure.administeredOn.afterDischarge");
    }

    @Test
    void theBamHasNoTotalButEachOfItsThreeSubScoresWithinItsOwnRange() {
        MeasureResult bam = result(TODAY, null, null);
        bam.score(1, 12);
        bam.score(2, 29);
        assertThat(fields(bam(), bam)).containsExactly("subScore2:measure.score.range", "subScore3:measure.score.required");
        bam.score(2, 28);
        bam.score(3, 0);
        assertThat(fields(bam(), bam)).isEmpty();
        bam.setTotalScore(5);
        assertThat(fields(bam(), bam)).containsExactly("totalScore:measure.totalScore.none");
    }

    @Test
    void onlyAPositiveSafetyItemRaisesAFlag() {
        assertThat(MeasureRules.raisesFlag(phq9(), result(TODAY, 12, 1))).isTrue();
        assertThat(MeasureRules.raisesFlag(phq9(), result(TODAY, 12, 3))).isTrue();
        assertThat(MeasureRules.raisesFlag(phq9(), result(TODAY, 27, 0))).isFalse();
        assertThat(MeasureRules.raisesFlag(gad7(), result(TODAY, 21, 2))).as("GAD-7 has no safety item").isFalse();
    }

    @Test
    void theSeverityIsTheBandTheTotalFallsIn() {
        Instrument phq = phq9();
        assertThat(phq.severityOf(0)).contains("Minimal");
        assertThat(phq.severityOf(4)).contains("Minimal");
        assertThat(phq.severityOf(5)).contains("Mild");
        assertThat(phq.severityOf(14)).contains("Moderate");
        assertThat(phq.severityOf(15)).contains("Moderately severe");
        assertThat(phq.severityOf(20)).contains("Severe");
        assertThat(phq.severityOf(27)).contains("Severe");
        assertThat(phq.severityOf(null)).isEmpty();
        assertThat(gad7().severityOf(9)).contains("Mild");
        assertThat(gad7().severityOf(15)).contains("Severe");
        assertThat(bam().severityOf(3)).as("no bands").isEmpty();
    }

    @Test
    void aFlagIsAcknowledgedOnceAndWithANote() {
        MeasureResult positive = result(TODAY, 12, 1);
        SafetyFlag flag = new SafetyFlag();
        assertThat(MeasureRules.acknowledgement(flag, " ")).extracting(RuleViolation::getMessageKey)
                .containsExactly("flag.note.required");
        assertThat(MeasureRules.acknowledgement(flag, "x".repeat(SafetyFlag.NOTE_MAX + 1))).extracting(RuleViolation::getMessageKey)
                .containsExactly("flag.note.size");
        assertThat(MeasureRules.acknowledgement(flag, "Safety plan reviewed")).isEmpty();
        flag.acknowledge("cl", Instant.EPOCH, "Safety plan reviewed");
        assertThat(MeasureRules.acknowledgement(flag, "Again")).extracting(RuleViolation::getMessageKey)
                .containsExactly("flag.acknowledged.already");
        assertThat(positive.getSafetyItem()).isEqualTo(1);
    }

    private static MeasureResult result(LocalDate on, Integer total, Integer item9) {
        MeasureResult result = new MeasureResult();
        result.setAdministeredOn(on);
        result.setTotalScore(total);
        result.setSafetyItem(item9);
        return result;
    }

    private static List<String> fields(Instrument instrument, MeasureResult draft) {
        return MeasureRules.check(instrument, draft, ADMITTED, null, TODAY).stream()
                .map(v -> v.getField() + ":" + v.getMessageKey()).toList();
    }
}
