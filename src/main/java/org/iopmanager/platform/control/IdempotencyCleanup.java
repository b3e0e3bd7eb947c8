package org.iopmanager.platform.control;

import java.time.Duration;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Forgets the idempotency claims (REST keys and page submits) older than a day, every hour. It used to run inside every
 * claim, so that each guarded create paid for a delete over the whole table. In a cluster every node's timer fires
 * and the job lease lets one of them run it each hour. Only the container calls it.
 */
@Singleton
@PermitAll
public class IdempotencyCleanup {

    static final String JOB = "idempotency-cleanup";
    private static final Duration HOLD = Duration.ofMinutes(50);

    @Inject
    IdempotencyStore store;

    @Inject
    JobLeases leases;

    @Inject
    Logger log;

    @Schedule(hour = "*", minute = "25", persistent = false)
    void hourly() {
        JobLeases.runIfTaken(leases, JOB, HOLD, log, () -> {
            int forgotten = store.forgetExpired();
            log.fine(() -> "Idempotency: " + forgotten + " claims older than a day forgotten");
        });
    }
}
