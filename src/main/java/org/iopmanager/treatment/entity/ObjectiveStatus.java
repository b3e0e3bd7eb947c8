package org.iopmanager.treatment.entity;

/** Progress on a measurable objective. Stored by name. */
public enum ObjectiveStatus {
    NOT_STARTED,
    IN_PROGRESS,
    MET,
    REVISED,
    DISCONTINUED
}
