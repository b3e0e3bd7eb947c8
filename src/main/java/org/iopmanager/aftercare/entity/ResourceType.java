package org.iopmanager.aftercare.entity;

/** The kind of service a participant is referred to after discharge. Stored by name. */
public enum ResourceType {
    ALUMNI_GROUP,
    OUTPATIENT_COUNSELLING,
    STEP_DOWN_OUTPATIENT,
    PEER_SUPPORT,
    MAT_PRESCRIBER,
    PSYCHIATRIC_FOLLOW_UP,
    SOBER_LIVING,
    PRIMARY_CARE,
    OTHER
}
