package org.iopmanager.schedule.entity;

/** The topic of an educational workshop; CUSTOM takes its name from the session's title. Stored by name. */
public enum WorkshopTopic {
    STRESS_MANAGEMENT,
    HEALTHY_LIFESTYLE,
    MINDFULNESS,
    RELAPSE_PREVENTION,
    COPING_SKILLS,
    FAMILY_EDUCATION,
    CUSTOM
}
