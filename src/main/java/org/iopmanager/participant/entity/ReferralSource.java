package org.iopmanager.participant.entity;

/** Who referred the participant (including transitions from inpatient or residential care). Stored by name. */
public enum ReferralSource {
    SELF,
    FAMILY,
    PRIMARY_CARE,
    COURT,
    EMPLOYER,
    INPATIENT_TRANSITION,
    RESIDENTIAL_TRANSITION,
    OTHER
}
