package org.iopmanager.treatment.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.iopmanager.participant.entity.AsamDimension;
import org.iopmanager.treatment.entity.PlanGoal;
import org.iopmanager.treatment.entity.TreatmentPlan;

class PlanQualityTest {

    @Test
    void aCompletePlanHasNoFindings() {
        assertThat(PlanQuality.check(Plans.plan(3, 180), Map.of(), Set.of(), Plans.TODAY)).isEmpty();
    }

    @Test
    void aGoalWithoutOwnWordsAndAnObjectiveWithoutMeasureOrTargetAreFoundWhereTheyAre() {
        TreatmentPlan plan = Plans.plan(3, 180);
        PlanGoal second = Plans.goal("Manage cravings", "  ");
        second.getObjectives().add(Plans.objective("Use a coping skill when craving", null, null));
        plan.getProblems().get(0).getGoals().add(second);

        List<Finding> findings = PlanQuality.check(plan, Map.of(), Set.of(), Plans.TODAY);
        assertThat(findings).extracting(Finding::key, Finding::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("plan.quality.ownWords", "P1.G2"),
                org.assertj.core.groups.Tuple.tuple("plan.quality.measure", "P1.G2.O1"),
                org.assertj.core.groups.Tuple.tuple("plan.quality.targetDate", "P1.G2.O1"));
    }

    @Test
    void aDimensionRatedTwoOrMoreMustBeAddressedOneRatedLessNeedNot() {
        Map<AsamDimension, Integer> ratings = new EnumMap<>(AsamDimension.class);
        ratings.put(AsamDimension.D1, 1);
        ratings.put(AsamDimension.D3, 2);
        ratings.put(AsamDimension.D5, 4);
        ratings.put(AsamDimension.D6, null);
        List<Finding> findings = PlanQuality.check(Plans.plan(3, 180), ratings, Set.of(), Plans.TODAY);
        assertThat(findings).extracting(Finding::key).containsExactly("plan.quality.dimension");
        assertThat(findings.get(0).arguments()).containsExactly("3", "2");
    }

    @Test
    void noDischargeCriteriaTextCopiedFromAnotherPlanAndAnOverdueReviewAreFound() {
        TreatmentPlan plan = Plans.plan(3, 180);
        plan.setDischargeCriteria(" ");
        Set<String> copied = Set.of(TextKey.of("ATTEND two   mutual-help meetings a WEEK"));
        TreatmentPlan signed = Plans.copy(plan);
        signed.activate(Plans.TODAY.minusDays(40), Plans.TODAY.minusDays(10));

        assertThat(PlanQuality.check(signed, Map.of(), copied, Plans.TODAY)).extracting(Finding::key, Finding::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("plan.quality.copied", "P1.G1.O1"),
                        org.assertj.core.groups.Tuple.tuple("plan.quality.dischargeCriteria", ""),
                        org.assertj.core.groups.Tuple.tuple("plan.quality.reviewOverdue", ""));
        assertThat(PlanQuality.check(signed, Map.of(), Set.of(), Plans.TODAY.minusDays(10)))
                .as("due today is not overdue").extracting(Finding::key).containsExactly("plan.quality.dischargeCriteria");
    }

    @Test
    void textKeysIgnoreCaseAndSpaces() {
        assertThat(TextKey.of(" Build a  sober\tnetwork ")).isEqualTo(TextKey.of("build a sober network")).isEqualTo("buildasobernetwork");
    }
}
