package org.iopmanager.site.entity;

/**
 * How serious a finding is, on one scale for every body (The Joint Commission's SAFER likelihood of harm,
 * CARF's recommendation weight, a state's citation level), from low to an immediate threat to life.
 */
public enum FindingLevel {
    LOW,
    MODERATE,
    HIGH,
    IMMEDIATE_THREAT
}
