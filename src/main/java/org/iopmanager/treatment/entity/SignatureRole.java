package org.iopmanager.treatment.entity;

/**
 * Who signs a plan version: the participant (or, on the adolescent track, a guardian by name), the responsible
 * clinician, and the clinician's supervisor while the clinician practises under supervision.
 */
public enum SignatureRole {
    PARTICIPANT,
    CLINICIAN,
    SUPERVISOR
}
