package org.iopmanager.treatment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.iopmanager.participant.entity.EpisodeDischarged;
import org.iopmanager.treatment.boundary.TreatmentPlans;

/** A discharge closes the episode's plan versions still in writing or in force, in the same transaction. */
@ApplicationScoped
public class PlansCloseAtDischarge {

    @Inject
    TreatmentPlans plans;

    void onDischarge(@Observes EpisodeDischarged discharged) {
        plans.closeForDischarge(discharged.episodeId());
    }
}
