package org.iopmanager.aftercare.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.iopmanager.aftercare.entity.FollowUpOutcome;
import org.iopmanager.platform.control.RuleViolation;

class FollowUpRulesTest {

    static final LocalDate DISCHARGED = LocalDate.of(2026, 3, 10);
    static final FollowUpSettings DEFAULTS = new FollowUpSettings(List.of(7, 30), 3, 3, 7);

    @Test
    void checksAreDueSevenAndThirtyDaysAfterDischargeWithTheToleranceEitherSide() {
        List<FollowUpRules.CheckDates> checks = FollowUpRules.checks(DISCHARGED, DEFAULTS);
        assertThat(checks).containsExactly(
                new FollowUpRules.CheckDates(7, DISCHARGED, LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 20)),
                new FollowUpRules.CheckDates(30, LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 9), LocalDate.of(2026, 4, 12)));
    }

    @Test
    void aLaterCheckNeverOpensBeforeTheEarlierOneIsDue() {
        FollowUpSettings wide = new FollowUpSettings(List.of(14, 7), 10, 3, 7);
        assertThat(wide.days()).containsExactly(7, 14);
        List<FollowUpRules.CheckDates> checks = FollowUpRules.checks(DISCHARGED, wide);
        assertThat(checks.get(1).opensOn()).isEqualTo(DISCHARGED.plusDays(8));
        assertThat(checks.get(1).windowEnd()).isEqualTo(DISCHARGED.plusDays(24));
    }

    @Test
    void settingsAreParsedAndOutOfRangeDaysRefused() {
        assertThat(FollowUpSettings.parseDays(" 7, 30 ,")).containsExactly(7, 30);
        assertThatThrownBy(() -> FollowUpSettings.parseDays("7;30")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FollowUpSettings(List.of(0, 30), 3, 3, 7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FollowUpSettings(List.of(), 3, 3, 7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FollowUpSettings(List.of(7), 3, 0, 7)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withinSevenDaysMeansAReachedContactOnOrBeforeDischargePlusSeven() {
        assertThat(FollowUpRules.reachedWithin(0, 7)).as("on the discharge day").isTrue();
        assertThat(FollowUpRules.reachedWithin(7, 7)).as("the eighth day counting the discharge day").isTrue();
        assertThat(FollowUpRules.reachedWithin(8, 7)).isFalse();
        assertThat(FollowUpRules.reachedWithin(null, 7)).as("nobody reached").isFalse();
        assertThat(FollowUpRules.reachedWithin(30, 30)).isTrue();
        assertThat(FollowUpRules.reachedWithin(31, 30)).isFalse();
    }

    @Test
    void aCheckIsUpcomingDueOverdueInsideItsWindowAndMissedAfter() {
        LocalDate due = DISCHARGED.plusDays(7);
        LocalDate end = due.plusDays(3);
        assertThat(FollowUpRules.state(due, end, null, null, due.minusDays(1))).isEqualTo(FollowUpState.UPCOMING);
        assertThat(FollowUpRules.state(due, end, null, null, due)).isEqualTo(FollowUpState.DUE_TODAY);
        assertThat(FollowUpRules.state(due, end, null, null, end)).isEqualTo(FollowUpState.OVERDUE);
        assertThat(FollowUpRules.state(due, end, null, null, end.plusDays(1))).isEqualTo(FollowUpState.MISSED);
        assertThat(FollowUpRules.state(due, end, due.minusDays(2), null, end.plusDays(1))).isEqualTo(FollowUpState.DONE);
        assertThat(FollowUpRules.state(due, end, null, FollowUpOutcome.READMITTED, due)).isEqualTo(FollowUpState.CLOSED);
        assertThat(FollowUpRules.state(due, end, null, FollowUpOutcome.ENGAGED_IN_AFTERCARE, due))
                .as("an engaged participant still gets the call").isEqualTo(FollowUpState.DUE_TODAY);
    }

    @Test
    void aReachedContactDoesTheEarliestOpenCheckWhoseWindowHoldsItsDay() {
        record Check(FollowUpRules.CheckDates dates, boolean done) {
        }
        List<FollowUpRules.CheckDates> dates = FollowUpRules.checks(DISCHARGED, DEFAULTS);
        List<Check> open = List.of(new Check(dates.get(0), false), new Check(dates.get(1), false));
        assertThat(FollowUpRules.doneBy(open, DISCHARGED.plusDays(2), Check::dates, Check::done)).contains(open.get(0));
        assertThat(FollowUpRules.doneBy(open, DISCHARGED.plusDays(10), Check::dates, Check::done)).as("late, inside the tolerance")
                .contains(open.get(0));
        assertThat(FollowUpRules.doneBy(open, DISCHARGED.plusDays(15), Check::dates, Check::done)).as("between the windows").isEmpty();
        assertThat(FollowUpRules.doneBy(open, DISCHARGED.plusDays(29), Check::dates, Check::done)).contains(open.get(1));
        List<Check> firstDone = List.of(new Check(dates.get(0), true), new Check(dates.get(1), false));
        assertThat(FollowUpRules.doneBy(firstDone, DISCHARGED.plusDays(3), Check::dates, Check::done)).isEmpty();
    }

    @Test
    void attemptsAreDatedFromTheDischargeDayToToday() {
        LocalDate today = DISCHARGED.plusDays(5);
        FollowUpRules.checkAttemptDay(DISCHARGED, DISCHARGED, today);
        FollowUpRules.checkAttemptDay(today, DISCHARGED, today);
        assertThatThrownBy(() -> FollowUpRules.checkAttemptDay(DISCHARGED.minusDays(1), DISCHARGED, today))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("followUp.attempt.beforeDischarge");
        assertThatThrownBy(() -> FollowUpRules.checkAttemptDay(today.plusDays(1), DISCHARGED, today))
                .hasMessageContaining("followUp.attempt.future");
        assertThatThrownBy(() -> FollowUpRules.checkAttemptDay(null, DISCHARGED, today))
                .hasMessageContaining("followUp.attempt.at.required");
    }

    @Test
    void lostToFollowUpAfterTheConfiguredUnreachedAttemptsInARowOrOnceEveryWindowClosed() {
        assertThat(FollowUpRules.lostAfter(2, null, DEFAULTS)).isFalse();
        assertThat(FollowUpRules.lostAfter(3, null, DEFAULTS)).isTrue();
        assertThat(FollowUpRules.lostAfter(3, FollowUpOutcome.ENGAGED_IN_AFTERCARE, DEFAULTS)).as("an outcome stands").isFalse();

        LocalDate lastEnd = DISCHARGED.plusDays(33);
        assertThat(FollowUpRules.effectiveOutcome(null, null, lastEnd, lastEnd)).isEmpty();
        assertThat(FollowUpRules.effectiveOutcome(null, null, lastEnd, lastEnd.plusDays(1))).contains(FollowUpOutcome.LOST_TO_FOLLOW_UP);
        assertThat(FollowUpRules.effectiveOutcome(null, DISCHARGED.plusDays(3), lastEnd, lastEnd.plusDays(1))).isEmpty();
        assertThat(FollowUpRules.effectiveOutcome(FollowUpOutcome.DECLINED, null, lastEnd, lastEnd.plusDays(1)))
                .contains(FollowUpOutcome.DECLINED);
    }

    @Test
    void anOutcomeIsDatedBetweenDischargeAndToday() {
        LocalDate today = DISCHARGED.plusDays(20);
        FollowUpRules.checkOutcome(null, null, DISCHARGED, today);
        FollowUpRules.checkOutcome(FollowUpOutcome.READMITTED, today, DISCHARGED, today);
        assertThatThrownBy(() -> FollowUpRules.checkOutcome(FollowUpOutcome.READMITTED, null, DISCHARGED, today))
                .hasMessageContaining("followUp.outcomeOn.required");
        assertThatThrownBy(() -> FollowUpRules.checkOutcome(FollowUpOutcome.DECLINED, today.plusDays(1), DISCHARGED, today))
                .hasMessageContaining("followUp.outcomeOn.range");
    }

    @Test
    void percentagesAreWholeNumbersAndEmptyWithoutDischarges() {
        assertThat(FollowUpRules.percent(1, 3)).isEqualTo(33);
        assertThat(FollowUpRules.percent(2, 3)).isEqualTo(67);
        assertThat(FollowUpRules.percent(0, 0)).isNull();
    }

    @Test
    void onlyReadmissionRefusalAndLosingTouchEndTheContacts() {
        assertThat(FollowUpOutcome.READMITTED.endsContact()).isTrue();
        assertThat(FollowUpOutcome.DECLINED.endsContact()).isTrue();
        assertThat(FollowUpOutcome.LOST_TO_FOLLOW_UP.endsContact()).isTrue();
        assertThat(FollowUpOutcome.ENGAGED_IN_AFTERCARE.endsContact()).isFalse();
        assertThat(FollowUpOutcome.ATTENDING_ALUMNI_GROUP.endsContact()).isFalse();
    }
}
