package org.iopmanager.schedule.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.platform.control.RuleViolations;
import org.iopmanager.schedule.entity.SessionKind;
import org.iopmanager.schedule.entity.WorkshopTopic;

class SessionPlanTest {

    static SessionPlan plan(SessionKind kind, WorkshopTopic topic, Integer capacity, Long co, Integer duration) {
        return new SessionPlan(kind, topic, " Process group ", 1L, co, null, capacity, LocalDate.of(2026, 12, 1),
                LocalTime.of(9, 0), duration, List.of());
    }

    @Test
    void aGroupPlanWithEverythingPasses() {
        SessionPlan group = plan(SessionKind.GROUP_THERAPY, null, 12, 2L, 180);
        group.check();
        assertThat(group.title()).isEqualTo("Process group");
        assertThat(group.seats()).isEqualTo(12);
        assertThat(plan(SessionKind.INDIVIDUAL_COUNSELLING, null, null, null, 50).seats()).isEqualTo(1);
    }

    @Test
    void reportsEveryBrokenRuleWithItsField() {
        assertThatThrownBy(() -> plan(SessionKind.EDUCATIONAL_WORKSHOP, null, 0, 1L, 10).check())
                .isInstanceOfSatisfying(RuleViolations.class, e -> assertThat(e.getViolations())
                        .extracting(RuleViolation::getField)
                        .containsExactly("topic", "coFacilitator", "capacity", "durationMinutes"));
        assertThatThrownBy(() -> plan(SessionKind.GROUP_THERAPY, WorkshopTopic.MINDFULNESS, 12, null, 180).check())
                .isInstanceOfSatisfying(RuleViolations.class, e -> assertThat(e.getViolations())
                        .extracting(RuleViolation::getMessageKey).containsExactly("schedule.session.topic.workshopOnly"));
        SessionPlan familyOnGroup = new SessionPlan(SessionKind.GROUP_THERAPY, null, "t", 1L, null, null, 5,
                LocalDate.of(2026, 12, 1), LocalTime.NOON, 60, List.of(7L));
        assertThatThrownBy(familyOnGroup::check).isInstanceOfSatisfying(RuleViolations.class,
                e -> assertThat(e.getViolations()).extracting(RuleViolation::getField).containsExactly("familyMembers"));
    }

    @Test
    void aPlanWithoutTheFamilyListLeavesTheInvitationsAlone() {
        SessionPlan unsaid = new SessionPlan(SessionKind.FAMILY_THERAPY, null, "Family", 1L, null, null, null,
                LocalDate.of(2026, 12, 1), LocalTime.NOON, 60, null);
        unsaid.check();
        assertThat(unsaid.namesFamily()).isFalse();
        assertThat(unsaid.familyMemberIds()).isNull();
        SessionPlan none = new SessionPlan(SessionKind.FAMILY_THERAPY, null, "Family", 1L, null, null, null,
                LocalDate.of(2026, 12, 1), LocalTime.NOON, 60, List.of());
        assertThat(none.namesFamily()).as("an empty list invites nobody").isTrue();
        new SessionPlan(SessionKind.GROUP_THERAPY, null, "Group", 1L, null, null, 5, LocalDate.of(2026, 12, 1),
                LocalTime.NOON, 60, null).check();
    }
}
