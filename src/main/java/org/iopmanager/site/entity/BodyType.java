package org.iopmanager.site.entity;

/** What kind of body grants a record; deadlines after a survey depend on it. */
public enum BodyType {
    JOINT_COMMISSION,
    CARF,
    COA,
    STATE_AGENCY,
    OTHER
}
