package org.iopmanager.staff.entity;

/** Whether a staff member currently works for the provider. Stored by name. */
public enum EmploymentStatus {
    ACTIVE,
    ON_LEAVE,
    ENDED
}
