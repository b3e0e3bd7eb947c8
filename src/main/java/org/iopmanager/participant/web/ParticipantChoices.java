package org.iopmanager.participant.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.iopmanager.participant.entity.AsamDimension;
import org.iopmanager.participant.entity.AsamEdition;
import org.iopmanager.participant.entity.DischargeReason;
import org.iopmanager.participant.entity.Focus;
import org.iopmanager.participant.entity.LevelOfCare;
import org.iopmanager.participant.entity.ReferralSource;
import org.iopmanager.participant.entity.Track;

/** The fixed choices of the participant pages (labels from the bundle: {@code <Enum>.<CONSTANT>}). */
@Named("participantChoices")
@ApplicationScoped
public class ParticipantChoices {

    private static final int[] RATINGS = {0, 1, 2, 3, 4};

    public Track[] getTracks() {
        return Track.values();
    }

    public LevelOfCare[] getLevels() {
        return LevelOfCare.values();
    }

    public Focus[] getFocuses() {
        return Focus.values();
    }

    public ReferralSource[] getReferralSources() {
        return ReferralSource.values();
    }

    public DischargeReason[] getDischargeReasons() {
        return DischargeReason.values();
    }

    public AsamEdition[] getEditions() {
        return AsamEdition.values();
    }

    public AsamDimension[] getDimensions() {
        return AsamDimension.values();
    }

    public int[] getRatings() {
        return RATINGS.clone();
    }
}
