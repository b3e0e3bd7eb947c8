package org.iopmanager.participant.entity;

/** What the episode treats. Stored by name. */
public enum Focus {
    MENTAL_HEALTH,
    SUBSTANCE_USE,
    CO_OCCURRING
}
