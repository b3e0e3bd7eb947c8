package org.iopmanager.participant.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

import org.iopmanager.participant.entity.AsamAssessment;
import org.iopmanager.participant.entity.AsamDimension;
import org.iopmanager.participant.entity.AsamEdition;
import org.iopmanager.participant.entity.Track;
import org.iopmanager.platform.control.RuleViolation;

class AssessmentRulesTest {

    private static final LocalDate ADMITTED = LocalDate.of(2026, 3, 2);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    @Test
    void aCompleteAssessmentOnADayOfTheEpisodeIsAccepted() {
        assertThat(AssessmentRules.check(complete(ADMITTED), ADMITTED, null, TODAY)).isEmpty();
        assertThat(AssessmentRules.check(complete(TODAY), ADMITTED, null, TODAY)).isEmpty();
    }

    @Test
    void theDateIsRequiredNotInTheFutureNotBeforeAdmissionNorAfterDischarge() {
        assertThat(fields(complete(null))).containsExactly("assessedOn:assessment.assessedOn.required");
        assertThat(fields(complete(TODAY.plusDays(1)))).containsExactly("assessedOn:assessment.assessedOn.future");
        assertThat(fields(complete(ADMITTED.minusDays(1)))).containsExactly("assessedOn:assessment.assessedOn.beforeAdmission");
        assertThat(AssessmentRules.check(complete(TODAY), ADMITTED, TODAY.minusDays(1), TODAY)).extracting(RuleViolation::getMessageKey)
                .containsExactly("assessment.assessedOn.afterDischarge");
        assertThat(AssessmentRules.check(complete(TODAY.minusDays(1)), ADMITTED, TODAY.minusDays(1), TODAY)).isEmpty();
    }

    @Test
    void everyDimensionIsRatedZeroToFourAndTheEditionIsRequired() {
        AsamAssessment draft = complete(TODAY);
        draft.setEdition(null);
        draft.rate(AsamDimension.D2, null);
        draft.rate(AsamDimension.D5, 5);
        draft.rate(AsamDimension.D6, -1);
        draft.rate(AsamDimension.D1, 0);
        draft.rate(AsamDimension.D3, 4);
        assertThat(fields(draft)).containsExactly("edition:assessment.edition.required", "d2Rating:assessment.rating.required",
                "d5Rating:assessment.rating.range", "d6Rating:assessment.rating.range");
    }

    @Test
    void theFourthEditionForAnAdolescentIsAWarningOnly() {
        assertThat(AssessmentRules.warnings(AsamEdition.FOURTH, Track.ADOLESCENT_IOP))
                .containsExactly("assessment.edition.adolescentFourth");
        assertThat(AssessmentRules.warnings(AsamEdition.THIRD, Track.ADOLESCENT_IOP)).isEmpty();
        assertThat(AssessmentRules.warnings(AsamEdition.FOURTH, Track.ADULT_IOP)).isEmpty();
        assertThat(AssessmentRules.warnings(AsamEdition.FOURTH, Track.CO_OCCURRING_IOP)).isEmpty();
    }

    @Test
    void everyDimensionHasANameInBothEditionsAndTheNamesDiffer() {
        ResourceBundle bundle = ResourceBundle.getBundle("org.iopmanager.i18n.messages");
        for (AsamDimension dimension : AsamDimension.values()) {
            for (AsamEdition edition : AsamEdition.values()) {
                String key = AssessmentRules.dimensionKey(edition, dimension);
                assertThat(bundle.containsKey(key)).as(key).isTrue();
                assertThat(bundle.getString(key)).startsWith(dimension.name() + " ");
            }
            assertThat(bundle.containsKey("AsamEdition.THIRD") && bundle.containsKey("AsamEdition.FOURTH")).isTrue();
        }
        assertThat(bundle.getString("AsamDimension.THIRD.D4")).contains("Readiness to change");
        assertThat(bundle.getString("AsamDimension.FOURTH.D4")).contains("Substance use-related risks");
        assertThat(bundle.getString("AsamDimension.FOURTH.D6")).contains("Person-centered considerations");
        assertThat(bundle.getString("AsamDimension.THIRD.D6")).contains("Recovery/living environment");
    }

    private static AsamAssessment complete(LocalDate on) {
        AsamAssessment draft = new AsamAssessment();
        draft.setAssessedOn(on);
        draft.setEdition(AsamEdition.THIRD);
        for (AsamDimension dimension : AsamDimension.values()) {
            draft.rate(dimension, dimension.ordinal() % 5);
        }
        return draft;
    }

    private static java.util.List<String> fields(AsamAssessment draft) {
        return AssessmentRules.check(draft, ADMITTED, null, TODAY).stream()
                .map((RuleViolation v) -> v.getField() + ":" + v.getMessageKey()).toList();
    }
}
