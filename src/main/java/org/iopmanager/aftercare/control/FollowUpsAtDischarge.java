package org.iopmanager.aftercare.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.participant.entity.Episode;
import org.iopmanager.participant.entity.EpisodeDischarged;

/** A discharge makes the episode's follow-up (checks due at 7 and 30 days), in the discharge's transaction. */
@ApplicationScoped
public class FollowUpsAtDischarge {

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    FollowUpPlanner planner;

    void onDischarge(@Observes EpisodeDischarged discharged) {
        planner.planFor(em.find(Episode.class, discharged.episodeId()));
        em.flush();
    }
}
