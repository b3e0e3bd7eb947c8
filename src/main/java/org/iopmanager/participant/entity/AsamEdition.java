package org.iopmanager.participant.entity;

/**
 * Which edition of the ASAM Criteria an assessment uses. The 4th edition (2023, adults) renamed dimensions 1, 4, 5
 * and 6; adolescents stay on the 3rd edition until a youth volume ships. Stored by name.
 */
public enum AsamEdition {
    THIRD,
    FOURTH
}
