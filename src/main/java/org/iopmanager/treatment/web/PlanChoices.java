package org.iopmanager.treatment.web;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.iopmanager.participant.entity.AsamDimension;
import org.iopmanager.treatment.entity.Modality;
import org.iopmanager.treatment.entity.ObjectiveStatus;

/** The fixed choices of the plan page's drop-downs. */
@Named("planChoices")
@ApplicationScoped
public class PlanChoices {

    public List<AsamDimension> getDimensions() {
        return List.of(AsamDimension.values());
    }

    public List<Modality> getModalities() {
        return List.of(Modality.values());
    }

    public List<ObjectiveStatus> getObjectiveStatuses() {
        return List.of(ObjectiveStatus.values());
    }
}
