package org.iopmanager.staff.entity;

/** The services clearance answers for; treatment plans and schedules ask about these. Stored by name. */
public enum ClinicalService {
    INDIVIDUAL_COUNSELLING,
    GROUP_THERAPY,
    FAMILY_THERAPY,
    EDUCATIONAL_WORKSHOP,
    MEDICATION_MANAGEMENT,
    SUPERVISION
}
