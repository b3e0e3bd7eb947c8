package org.iopmanager.participant.boundary;

import java.io.Serializable;
import java.time.LocalDate;

import org.iopmanager.participant.entity.LevelOfCare;
import org.iopmanager.participant.entity.Track;

/**
 * One line of the participant list, read in one query with the open episode and its primary clinician (no query
 * per row): who, the current episode if any, and whether an unacknowledged safety flag waits.
 */
public record ParticipantRow(Long id, String recordNumber, String firstName, String lastName, String preferredName,
        LocalDate dateOfBirth, Long episodeId, Track track, LevelOfCare levelOfCare, LocalDate admissionDate,
        String clinicianName, boolean flagged) implements Serializable {

    /** The name the participant goes by, then the legal name. */
    public String displayName() {
        return preferredName == null ? firstName + " " + lastName : preferredName + " (" + firstName + ") " + lastName;
    }

    public boolean isInCare() {
        return episodeId != null;
    }
}
