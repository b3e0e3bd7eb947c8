package org.iopmanager.participant.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One line of a site's safety flag list, read in one query with the participant and the instrument. */
public record FlagRow(Long id, long version, Long participantId, String recordNumber, String participantName,
        String instrumentCode, LocalDate raisedOn, int itemValue, Instant raisedAt, String acknowledgedBy,
        Instant acknowledgedAt, String note) implements Serializable {

    public boolean isOpen() {
        return acknowledgedAt == null;
    }
}
