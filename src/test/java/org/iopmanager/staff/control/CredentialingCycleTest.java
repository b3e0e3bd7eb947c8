package org.iopmanager.staff.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CredentialingCycleTest {

    @Test
    void recredentialingFallsDue36MonthsAfterTheDecisionWithNoGrace() {
        assertThat(CredentialingCycle.DEFAULT.recredentialDue(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(CredentialingCycle.DEFAULT.recredentialDue(LocalDate.of(2025, 7, 1))).isEqualTo(LocalDate.of(2028, 7, 1));
    }

    @Test
    void theDueListOpens150DaysAhead() {
        assertThat(CredentialingCycle.DEFAULT.dueListUntil(LocalDate.of(2026, 11, 28))).isEqualTo(LocalDate.of(2027, 4, 27));
    }

    @Test
    void monthlyChecksAreOverdueAfter31Days() {
        assertThat(CredentialingCycle.DEFAULT.monitoringOverdueBefore(LocalDate.of(2026, 11, 28))).isEqualTo(LocalDate.of(2026, 10, 28));
    }

    @Test
    void thePractitionerIsToldWithin30Days() {
        assertThat(CredentialingCycle.DEFAULT.notifyBy(LocalDate.of(2026, 11, 28))).isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void intervalsMustBePositive() {
        assertThatThrownBy(() -> new CredentialingCycle(0, 150, 31, 30)).isInstanceOf(IllegalArgumentException.class);
    }
}
