package org.iopmanager.aftercare.control;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Episodes discharged before follow-ups existed (or loaded without the discharge event, as the demo's are) get their
 * follow-up at start-up, from the settings of the day: a migration could not read the configured days. Idempotent;
 * the container alone calls it (it has no public method).
 */
@Startup
@Singleton
@PermitAll
@DependsOn("DemoStartup")
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class FollowUpBackfill {

    private static final int BATCH = 500;

    @Inject
    FollowUpPlanner planner;

    @Inject
    Logger log;

    @PostConstruct
    void backfill() {
        int made = planner.backfill(BATCH);
        if (made > 0) {
            log.info("Follow-ups made for " + made + " episodes discharged before follow-ups existed");
        }
    }
}
