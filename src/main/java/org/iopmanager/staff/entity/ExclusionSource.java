package org.iopmanager.staff.entity;

/** Which exclusion list a version came from. Stored by name; SAM.gov and state lists would be added here. */
public enum ExclusionSource {
    OIG_LEIE
}
