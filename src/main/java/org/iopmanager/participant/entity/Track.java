package org.iopmanager.participant.entity;

/** The programme track of an episode. Stored by name. */
public enum Track {
    ADULT_IOP,
    ADOLESCENT_IOP,
    CO_OCCURRING_IOP
}
