package org.iopmanager.schedule.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.iopmanager.participant.entity.LevelOfCare;
import org.iopmanager.participant.entity.Track;
import org.iopmanager.treatment.control.CareStandard;

class WeeklyHoursTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @Test
    void aFullWeekAsksTheFullMinimum() {
        assertThat(WeeklyHours.openDays(MONDAY, MONDAY.minusWeeks(3), null)).isEqualTo(7);
        assertThat(WeeklyHours.requiredMinutes(540, MONDAY, MONDAY.minusWeeks(3), null)).isEqualTo(540);
        assertThat(WeeklyHours.requiredMinutes(540, MONDAY, MONDAY, MONDAY.plusDays(6))).isEqualTo(540);
    }

    @Test
    void theAdmissionWeekIsProratedByTheDaysOpenRoundedUp() {
        LocalDate friday = MONDAY.plusDays(4);
        assertThat(WeeklyHours.openDays(MONDAY, friday, null)).isEqualTo(3);
        assertThat(WeeklyHours.requiredMinutes(540, MONDAY, friday, null)).as("540 * 3 / 7 = 231.4").isEqualTo(232);
        assertThat(WeeklyHours.requiredMinutes(540, MONDAY, MONDAY.plusDays(6), null)).isEqualTo(78);
    }

    @Test
    void aMidWeekDischargeCountsTheDischargeDay() {
        assertThat(WeeklyHours.openDays(MONDAY, MONDAY.minusWeeks(4), MONDAY.plusDays(1))).isEqualTo(2);
        assertThat(WeeklyHours.requiredMinutes(360, MONDAY, MONDAY.minusWeeks(4), MONDAY.plusDays(1))).isEqualTo(103);
        assertThat(WeeklyHours.openDays(MONDAY, MONDAY.minusWeeks(4), MONDAY.minusDays(1))).isZero();
        assertThat(WeeklyHours.openDays(MONDAY, MONDAY.plusDays(7), null)).isZero();
        assertThat(WeeklyHours.requiredMinutes(540, MONDAY, MONDAY.plusDays(7), null)).isZero();
    }

    @Test
    void aShortfallIsDeliveredUnderRequired() {
        HoursRow row = new HoursRow(1L, 2L, "Test, Riley", "MRN", LevelOfCare.ASAM_2_1, Track.ADULT_IOP, MONDAY, null, 450, 540);
        assertThat(row.isShort()).isTrue();
        assertThat(row.getShortBy()).isEqualTo("1:30");
        assertThat(row.getDelivered()).isEqualTo("7:30");
        assertThat(new HoursRow(1L, 2L, "n", "r", LevelOfCare.ASAM_2_1, Track.ADULT_IOP, MONDAY, null, 540, 540).isShort())
                .isFalse();
    }

    @Test
    void complianceIsTheShareOfParticipantWeeksAtTheMinimum() {
        LocalDate from = MONDAY.minusWeeks(3);
        LocalDate to = MONDAY.minusWeeks(1);
        Compliance.EpisodeSpan adult = new Compliance.EpisodeSpan(1L, LevelOfCare.ASAM_2_1, Track.ADULT_IOP, from.minusWeeks(5), null);
        Compliance.EpisodeSpan teen = new Compliance.EpisodeSpan(2L, LevelOfCare.ASAM_2_1, Track.ADOLESCENT_IOP,
                from.plusWeeks(1).plusDays(4), null);
        Compliance.EpisodeSpan gone = new Compliance.EpisodeSpan(3L, LevelOfCare.ASAM_2_1, Track.ADULT_IOP,
                from.minusWeeks(9), from.minusDays(1));
        Map<Long, Map<LocalDate, Integer>> minutes = Map.of(
                1L, Map.of(from, 540, from.plusWeeks(1), 539, to, 600),
                2L, Map.of(from.plusWeeks(1), 155, to, 300));
        Compliance rate = Compliance.of(from, to, List.of(adult, teen, gone), minutes, CareStandard.DEFAULT);
        // adult: 3 weeks, 2 met; teen: admitted on a Friday (3 days: 155 of 155 needed), then 300 of 360; gone: none
        assertThat(rate.participantWeeks()).isEqualTo(5);
        assertThat(rate.metWeeks()).isEqualTo(3);
        assertThat(rate.percent()).isEqualTo(60);
        assertThat(Compliance.of(from, to, List.of(), Map.of(), CareStandard.DEFAULT).percent()).isNull();
    }
}
