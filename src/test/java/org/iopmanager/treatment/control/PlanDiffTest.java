package org.iopmanager.treatment.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.iopmanager.treatment.control.PlanDiff.Change;
import org.iopmanager.treatment.control.PlanDiff.ChangeKind;
import org.iopmanager.treatment.entity.TreatmentPlan;

class PlanDiffTest {

    @Test
    void identicalVersionsDifferInNothing() {
        TreatmentPlan v1 = Plans.copy(Plans.plan(3, 180));
        assertThat(PlanDiff.between(v1, Plans.copy(v1))).isEmpty();
    }

    @Test
    void changedFieldsAddedGoalsAndRemovedInterventionsAreListedWithBeforeAndAfter() {
        TreatmentPlan v1 = Plans.copy(Plans.plan(3, 180, 1, 60));
        TreatmentPlan v2 = Plans.copy(v1);
        v2.setDischargeCriteria("Sixty days sober");
        v2.getProblems().get(0).getGoals().get(0).getObjectives().get(0).getInterventions().remove(1);
        v2.getProblems().get(0).getGoals().get(0).getObjectives().get(0).getInterventions().get(0).setMinutesPerSession(200);
        v2.getProblems().get(0).getGoals().add(Plans.goal("Sleep seven hours", "I want to sleep"));

        List<Change> changes = PlanDiff.between(v1, v2);
        assertThat(changes).extracting(Change::kind, Change::path, Change::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ChangeKind.CHANGED, "", "dischargeCriteria"),
                org.assertj.core.groups.Tuple.tuple(ChangeKind.CHANGED, "P1.G1.O1.I1", "minutesPerSession"),
                org.assertj.core.groups.Tuple.tuple(ChangeKind.REMOVED, "P1.G1.O1.I2", null),
                org.assertj.core.groups.Tuple.tuple(ChangeKind.ADDED, "P1.G2", null));
        assertThat(changes.get(0).before()).isEqualTo("Ninety days sober and a sponsor");
        assertThat(changes.get(0).after()).isEqualTo("Sixty days sober");
        assertThat(changes.get(1).before()).isEqualTo("180");
        assertThat(changes.get(1).after()).isEqualTo("200");
        assertThat(changes.get(3).after()).isEqualTo("Sleep seven hours · I want to sleep");
    }
}
