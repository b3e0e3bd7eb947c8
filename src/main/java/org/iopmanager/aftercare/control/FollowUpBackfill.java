package org.iopmanager.aftercare.control;

import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.participant.entity.Episode;

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
    private static final int MAX_BATCHES = 200;

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    FollowUpPlanner planner;

    @Inject
    Logger log;

    @PostConstruct
    void backfill() {
        int made = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<Episode> missing = planner.missing(BATCH);
            missing.forEach(planner::planFor);
            em.flush();
            em.clear();
            made += missing.size();
            if (missing.size() < BATCH) {
                break;
            }
        }
        if (made > 0) {
            log.info("Follow-ups made for " + made + " episodes discharged before follow-ups existed");
        }
    }
}
