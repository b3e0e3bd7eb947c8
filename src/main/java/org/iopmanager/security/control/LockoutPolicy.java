package org.iopmanager.security.control;

import java.time.Duration;
import java.time.Instant;

/**
 * After {@code maxFailures} wrong passwords in a row an account is locked for {@code lockDuration}, or
 * until an administrator unlocks it (OWASP ASVS 2.2.1, HIPAA login monitoring). A lock that has run out
 * starts the count again.
 */
public final class LockoutPolicy {

    /** The state after one more failed attempt. */
    public record Failure(int failures, Instant lockedUntil, boolean lockedNow) {
    }

    private final int maxFailures;
    private final Duration lockDuration;

    public LockoutPolicy(int maxFailures, Duration lockDuration) {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    public boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Failure afterFailure(int failuresSoFar, Instant lockedUntil, Instant now) {
        int previous = lockedUntil != null && !isLocked(lockedUntil, now) ? 0 : failuresSoFar;
        int failures = previous + 1;
        if (failures >= maxFailures) {
            return new Failure(failures, now.plus(lockDuration), true);
        }
        return new Failure(failures, null, false);
    }

    public int getMaxFailures() {
        return maxFailures;
    }

    public Duration getLockDuration() {
        return lockDuration;
    }
}
