package org.iopmanager.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-08T06:59:59Z");
    private final LockoutPolicy policy = new LockoutPolicy(5, Duration.ofMinutes(15));

    @Test
    void theFifthFailureInARowLocksForTheConfiguredTime() {
        int failures = 0;
        Instant lockedUntil = null;
        for (int attempt = 1; attempt <= 4; attempt++) {
            LockoutPolicy.Failure failure = policy.afterFailure(failures, lockedUntil, NOW);
            assertThat(failure.lockedNow()).as("attempt %d", attempt).isFalse();
            failures = failure.failures();
            lockedUntil = failure.lockedUntil();
        }
        LockoutPolicy.Failure fifth = policy.afterFailure(failures, lockedUntil, NOW);
        assertThat(fifth.lockedNow()).isTrue();
        assertThat(fifth.failures()).isEqualTo(5);
        assertThat(fifth.lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
    }

    @Test
    void aLockHoldsUntilItsLastInstantAndNotAfter() {
        Instant until = NOW.plusSeconds(900);
        assertThat(policy.isLocked(until, until.minusNanos(1))).isTrue();
        assertThat(policy.isLocked(until, until)).isFalse();
        assertThat(policy.isLocked(null, NOW)).isFalse();
    }

    @Test
    void aFailureAfterAnExpiredLockStartsCountingAgain() {
        Instant expired = NOW.minusSeconds(1);
        LockoutPolicy.Failure failure = policy.afterFailure(5, expired, NOW);
        assertThat(failure.failures()).isEqualTo(1);
        assertThat(failure.lockedNow()).isFalse();
    }

    @Test
    void aConfiguredLimitOfThreeLocksOnTheThird() {
        LockoutPolicy strict = new LockoutPolicy(3, Duration.ofHours(1));
        assertThat(strict.afterFailure(2, null, NOW).lockedNow()).isTrue();
        assertThat(strict.afterFailure(1, null, NOW).lockedNow()).isFalse();
    }
}
