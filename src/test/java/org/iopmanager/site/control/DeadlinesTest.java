package org.iopmanager.site.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.iopmanager.site.entity.BodyType;

class DeadlinesTest {

    private final Deadlines defaults = new Deadlines(60, 90, 60);
    private final LocalDate report = LocalDate.of(2026, 3, 10);

    @Test
    void theJointCommissionWantsEvidenceOfStandardsComplianceWithin60DaysOfTheReport() {
        assertThat(defaults.correctionDue(BodyType.JOINT_COMMISSION, report)).isEqualTo(LocalDate.of(2026, 5, 9));
    }

    @Test
    void carfWantsItsQualityImprovementPlanWithin90Days() {
        assertThat(defaults.correctionDue(BodyType.CARF, report)).isEqualTo(LocalDate.of(2026, 6, 8));
    }

    @Test
    void otherBodiesGetTheDefaultAndEveryNumberComesFromSettings() {
        assertThat(defaults.correctionDue(BodyType.STATE_AGENCY, report)).isEqualTo(report.plusDays(60));
        assertThat(new Deadlines(30, 45, 14).correctionDue(BodyType.CARF, report)).isEqualTo(report.plusDays(45));
        assertThat(new Deadlines(30, 45, 14).correctionDue(BodyType.COA, report)).isEqualTo(report.plusDays(14));
    }

    @Test
    void withoutAReportDateThereIsNoDefault() {
        assertThat(defaults.correctionDue(BodyType.JOINT_COMMISSION, null)).isNull();
    }

    @Test
    void theAnnualConformanceReportFallsOnEachAnniversaryOnOrAfterToday() {
        LocalDate effective = LocalDate.of(2024, 6, 15);
        assertThat(Deadlines.nextAnniversary(effective, LocalDate.of(2024, 6, 15))).isEqualTo(LocalDate.of(2025, 6, 15));
        assertThat(Deadlines.nextAnniversary(effective, LocalDate.of(2025, 6, 14))).isEqualTo(LocalDate.of(2025, 6, 15));
        assertThat(Deadlines.nextAnniversary(effective, LocalDate.of(2025, 6, 15))).isEqualTo(LocalDate.of(2025, 6, 15));
        assertThat(Deadlines.nextAnniversary(effective, LocalDate.of(2025, 6, 16))).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(Deadlines.nextAnniversary(null, LocalDate.of(2025, 6, 16))).isNull();
    }

    @Test
    void aTwentyNinthOfFebruaryFallsOnTheTwentyEighthInCommonYearsAndComesBackInLeapYears() {
        LocalDate leap = LocalDate.of(2024, 2, 29);
        assertThat(Deadlines.nextAnniversary(leap, LocalDate.of(2024, 3, 1))).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(Deadlines.nextAnniversary(leap, LocalDate.of(2025, 3, 1))).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(Deadlines.nextAnniversary(leap, LocalDate.of(2027, 3, 1))).isEqualTo(LocalDate.of(2028, 2, 29));
    }
}
