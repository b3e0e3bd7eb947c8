package org.iopmanager.participant.entity;

/**
 * The six ASAM dimensions by number; their names depend on the edition (bundle keys
 * {@code AsamDimension.<EDITION>.<CONSTANT>}). Treatment plan problems name the dimension they address.
 * Stored by name.
 */
public enum AsamDimension {
    D1,
    D2,
    D3,
    D4,
    D5,
    D6;

    /** 1 to 6. */
    public int number() {
        return ordinal() + 1;
    }
}
