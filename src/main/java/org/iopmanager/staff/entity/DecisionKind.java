package org.iopmanager.staff.entity;

/** Whether a credentialing decision was the first one or a recredentialing. Stored by name. */
public enum DecisionKind {
    INITIAL,
    RECREDENTIALING
}
