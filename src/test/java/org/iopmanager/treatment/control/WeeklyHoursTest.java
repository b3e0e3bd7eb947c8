package org.iopmanager.treatment.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.iopmanager.participant.entity.LevelOfCare;
import org.iopmanager.participant.entity.Track;

class WeeklyHoursTest {

    @Test
    void plannedMinutesAreSessionsTimesMinutesOverEveryIntervention() {
        assertThat(WeeklyHours.plannedMinutes(Plans.plan(3, 180, 1, 60))).isEqualTo(600);
        assertThat(WeeklyHours.plannedMinutes(Plans.plan())).isZero();
    }

    @Test
    void anAdultPlanUnderNineHoursIsShortAndSaysByHowMuch() {
        WeeklyHours hours = WeeklyHours.of(Plans.plan(3, 150, 1, 60), CareStandard.DEFAULT, LevelOfCare.ASAM_2_1, Track.ADULT_IOP);
        assertThat(hours.plannedMinutes()).isEqualTo(510);
        assertThat(hours.isShort()).isTrue();
        assertThat(hours.shortByMinutes()).isEqualTo(30);
        assertThat(hours.getPlannedHours()).isEqualTo("8.5");
        assertThat(hours.getMinimumHours()).isEqualTo("9");
    }

    @Test
    void anAdolescentPlanOfExactlySixHoursMeetsTheMinimumOneMinuteLessDoesNot() {
        WeeklyHours six = WeeklyHours.of(Plans.plan(3, 120), CareStandard.DEFAULT, LevelOfCare.ASAM_2_1, Track.ADOLESCENT_IOP);
        assertThat(six.minimumMinutes()).isEqualTo(360);
        assertThat(six.isShort()).isFalse();
        WeeklyHours under = WeeklyHours.of(Plans.plan(3, 100, 1, 59), CareStandard.DEFAULT, LevelOfCare.ASAM_2_1,
                Track.ADOLESCENT_IOP);
        assertThat(under.plannedMinutes()).isEqualTo(359);
        assertThat(under.isShort()).isTrue();
        assertThat(WeeklyHours.of(Plans.plan(3, 120), CareStandard.DEFAULT, LevelOfCare.ASAM_2_1, Track.ADULT_IOP).isShort())
                .as("the same six hours are short for an adult").isTrue();
    }

    @Test
    void hoursShowWithoutNeedlessDecimals() {
        assertThat(WeeklyHours.hours(450)).isEqualTo("7.5");
        assertThat(WeeklyHours.hours(540)).isEqualTo("9");
        assertThat(WeeklyHours.hours(100)).isEqualTo("1.67");
    }
}
