package org.iopmanager.aftercare.entity;

/** Who confirmed that the participant went to the first visit. */
public enum VisitConfirmer {
    RECEIVING_SERVICE,
    PARTICIPANT,
    OTHER
}
