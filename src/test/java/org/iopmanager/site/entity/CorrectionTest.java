package org.iopmanager.site.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.security.entity.AppUser;
import org.iopmanager.security.entity.Role;
import org.iopmanager.site.control.SurveyRules;

class CorrectionTest {

    @ParameterizedTest
    @CsvSource({
            "OPEN, SUBMITTED, true", "SUBMITTED, ACCEPTED, true", "SUBMITTED, OPEN, true", "ACCEPTED, CLOSED, true",
            "OPEN, OPEN, true", "OPEN, ACCEPTED, false", "OPEN, CLOSED, false", "SUBMITTED, CLOSED, false",
            "ACCEPTED, OPEN, false", "ACCEPTED, SUBMITTED, false", "CLOSED, OPEN, false", "CLOSED, ACCEPTED, false"})
    void statusMovesOnlyOneStepForwardOrBackFromSubmitted(CorrectionStatus from, CorrectionStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @Test
    void anIllegalStepIsAFieldMessageOnStatus() {
        Correction plan = plan(CorrectionStatus.CLOSED);
        plan.setEvidenceNote("done");
        assertThat(SurveyRules.check(plan, CorrectionStatus.OPEN)).extracting(RuleViolation::getField, RuleViolation::getMessageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("status", "correction.status.transition"));
    }

    @Test
    void aNewPlanStartsOpenAndClosingNeedsTheEvidenceNote() {
        assertThat(SurveyRules.check(plan(CorrectionStatus.SUBMITTED), null)).extracting(RuleViolation::getMessageKey)
                .containsExactly("correction.status.transition");
        assertThat(SurveyRules.check(plan(CorrectionStatus.OPEN), null)).isEmpty();
        assertThat(SurveyRules.check(plan(CorrectionStatus.CLOSED), CorrectionStatus.ACCEPTED)).extracting(RuleViolation::getField)
                .containsExactly("evidenceNote");
    }

    @Test
    void aPlanNeedsActionsOwnerAndDueDate() {
        Correction empty = new Correction();
        assertThat(SurveyRules.check(empty, null)).extracting(RuleViolation::getField)
                .containsExactlyInAnyOrder("actions", "owner", "dueDate");
    }

    @Test
    void overdueStartsTheDayAfterTheDueDateInTheSitesTimeZoneAndNeverForAcceptedOrClosedPlans() {
        Correction plan = plan(CorrectionStatus.OPEN);
        plan.setDueDate(LocalDate.of(2026, 5, 9));
        ZoneId honolulu = ZoneId.of("Pacific/Honolulu");
        Instant lastMinute = LocalDate.of(2026, 5, 9).atTime(23, 59).atZone(honolulu).toInstant();
        Instant nextMorning = LocalDate.of(2026, 5, 10).atStartOfDay(honolulu).toInstant();
        assertThat(plan.isOverdueOn(LocalDate.ofInstant(lastMinute, honolulu))).isFalse();
        assertThat(plan.isOverdueOn(LocalDate.ofInstant(lastMinute, ZoneId.of("UTC")))).as("already the 10th in UTC").isTrue();
        assertThat(plan.isOverdueOn(LocalDate.ofInstant(nextMorning, honolulu))).isTrue();
        plan.setStatus(CorrectionStatus.SUBMITTED);
        assertThat(plan.isOverdueOn(LocalDate.of(2026, 6, 1))).isTrue();
        plan.setStatus(CorrectionStatus.ACCEPTED);
        assertThat(plan.isOverdueOn(LocalDate.of(2026, 6, 1))).isFalse();
        plan.setStatus(CorrectionStatus.CLOSED);
        assertThat(plan.isOverdueOn(LocalDate.of(2026, 6, 1))).isFalse();
    }

    @Test
    void surveyDatesAreNotInTheFutureAndTheReportComesAfterTheSurvey() {
        Survey survey = new Survey();
        survey.setType(SurveyType.UNANNOUNCED);
        LocalDate today = LocalDate.of(2026, 5, 9);
        survey.setSurveyDate(today.plusDays(1));
        survey.setReportDate(today);
        assertThat(SurveyRules.check(survey, today)).extracting(RuleViolation::getMessageKey)
                .containsExactlyInAnyOrder("survey.body.required", "survey.surveyDate.future", "survey.reportDate.beforeSurvey");
    }

    private static Correction plan(CorrectionStatus status) {
        Correction plan = new Correction();
        plan.setActions("Retrain staff");
        plan.setOwner(new AppUser("owner", "Owner", Role.SITE_ADMIN, Instant.now()));
        plan.setDueDate(LocalDate.of(2026, 5, 9));
        plan.setStatus(status);
        return plan;
    }
}
