package org.iopmanager.participant.entity;

/** ASAM level of care: 2.1 intensive outpatient; 2.5 partial hospitalisation and 1.0 outpatient for step-up and step-down. Stored by name. */
public enum LevelOfCare {
    ASAM_1_0,
    ASAM_2_1,
    ASAM_2_5
}
