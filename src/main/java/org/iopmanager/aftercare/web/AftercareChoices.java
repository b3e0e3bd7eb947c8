package org.iopmanager.aftercare.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.iopmanager.aftercare.entity.ClosingOutcome;
import org.iopmanager.aftercare.entity.ConfirmationMethod;
import org.iopmanager.aftercare.entity.CoveredEntity;
import org.iopmanager.aftercare.entity.ResourceType;
import org.iopmanager.aftercare.entity.SignedBy;
import org.iopmanager.aftercare.entity.VisitConfirmer;

/** The fixed choices of the aftercare pages (labels from the bundle by enum name). */
@Named("aftercareChoices")
@ApplicationScoped
public class AftercareChoices {

    public ClosingOutcome[] getOutcomes() {
        return ClosingOutcome.values();
    }

    public VisitConfirmer[] getConfirmers() {
        return VisitConfirmer.values();
    }

    public ConfirmationMethod[] getMethods() {
        return ConfirmationMethod.values();
    }

    public ResourceType[] getTypes() {
        return ResourceType.values();
    }

    public SignedBy[] getSigners() {
        return SignedBy.values();
    }

    public CoveredEntity[] getCoveredEntities() {
        return CoveredEntity.values();
    }
}
