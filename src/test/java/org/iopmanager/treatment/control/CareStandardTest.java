package org.iopmanager.treatment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.iopmanager.participant.entity.LevelOfCare;
import org.iopmanager.participant.entity.Track;
import org.iopmanager.treatment.entity.CareSettings;

class CareStandardTest {

    @Test
    void asamMinimumsAreNineHoursForAdultsSixForAdolescentsAndTwentyAtTwoPointFive() {
        CareStandard standard = CareStandard.DEFAULT;
        assertThat(standard.weeklyMinimumMinutes(LevelOfCare.ASAM_2_1, Track.ADULT_IOP)).isEqualTo(540);
        assertThat(standard.weeklyMinimumMinutes(LevelOfCare.ASAM_2_1, Track.CO_OCCURRING_IOP)).isEqualTo(540);
        assertThat(standard.weeklyMinimumMinutes(LevelOfCare.ASAM_2_1, Track.ADOLESCENT_IOP)).isEqualTo(360);
        assertThat(standard.weeklyMinimumMinutes(LevelOfCare.ASAM_2_5, Track.ADOLESCENT_IOP)).isEqualTo(1200);
        assertThat(standard.weeklyMinimumMinutes(LevelOfCare.ASAM_1_0, Track.ADULT_IOP)).isZero();
    }

    @Test
    void exactlyTheMinimumIsNotShortOneMinuteLessIs() {
        assertThat(CareStandard.DEFAULT.isShort(540, LevelOfCare.ASAM_2_1, Track.ADULT_IOP)).isFalse();
        assertThat(CareStandard.DEFAULT.isShort(539, LevelOfCare.ASAM_2_1, Track.ADULT_IOP)).isTrue();
        assertThat(CareStandard.DEFAULT.isShort(359, LevelOfCare.ASAM_2_1, Track.ADOLESCENT_IOP)).isTrue();
        assertThat(CareStandard.DEFAULT.isShort(360, LevelOfCare.ASAM_2_1, Track.ADOLESCENT_IOP)).isFalse();
    }

    @Test
    void dueDatesCountFromAdmissionAndFromTheLastReviewAcrossMonthAndLeapDayEnds() {
        assertThat(CareStandard.DEFAULT.firstPlanDue(LocalDate.of(2028, 2, 25))).isEqualTo(LocalDate.of(2028, 3, 3));
        assertThat(CareStandard.DEFAULT.reviewDue(LocalDate.of(2028, 1, 31))).isEqualTo(LocalDate.of(2028, 3, 1));
    }

    @Test
    void aSiteOverridesOnlyTheValuesItSets() {
        CareSettings own = new CareSettings(1L);
        own.setFirstPlanDays(3);
        own.setAsam21AdolescentMinutes(420);
        CareStandard standard = own.over(CareStandard.DEFAULT);
        assertThat(standard.firstPlanDays()).isEqualTo(3);
        assertThat(standard.reviewDays()).isEqualTo(30);
        assertThat(standard.weeklyMinimumMinutes(LevelOfCare.ASAM_2_1, Track.ADOLESCENT_IOP)).isEqualTo(420);
        assertThat(standard.weeklyMinimumMinutes(LevelOfCare.ASAM_2_1, Track.ADULT_IOP)).isEqualTo(540);
    }

    @Test
    void impossibleValuesAreRefused() {
        assertThatThrownBy(() -> new CareStandard(0, 30, 540, 360, 1200, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CareStandard(7, 30, -1, 360, 1200, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CareStandard(7, 30, 540, 360, 2401, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
