package org.iopmanager.site.entity;

/** Programmes a site offers and an accreditation or licence covers. Stored by name. */
public enum Programme {
    ADULT_IOP,
    ADOLESCENT_IOP,
    CO_OCCURRING_IOP,
    PARTIAL_HOSPITALISATION,
    OUTPATIENT
}
