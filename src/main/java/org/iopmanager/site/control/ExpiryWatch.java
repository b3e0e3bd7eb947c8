package org.iopmanager.site.control;

import java.time.Duration;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.iopmanager.platform.control.JobLeases;
import org.iopmanager.site.boundary.Accreditations;

/**
 * Saves the expiry of records whose date has come, at start-up and every hour (site time zones turn the day
 * at different hours). What users see never waits for it: pages derive the status from the date. In a cluster
 * every node's timer fires and the job lease lets one of them run it each hour.
 */
@Startup
@Singleton
@PermitAll
@DependsOn("Database")
public class ExpiryWatch {

    @Inject
    Accreditations accreditations;

    static final String JOB = "accreditation-expiry";
    private static final Duration HOLD = Duration.ofMinutes(50);

    @Inject
    JobLeases leases;

    @Inject
    Logger log;

    @PostConstruct
    void atStartup() {
        run();
    }

    @Schedule(hour = "*", minute = "5", persistent = false)
    void hourly() {
        run();
    }

    private void run() {
        JobLeases.runIfTaken(leases, JOB, HOLD, log, () -> {
            int expired = accreditations.expireDue();
            if (expired > 0) {
                log.info(() -> expired + " accreditation records expired by date");
            }
        });
    }
}
