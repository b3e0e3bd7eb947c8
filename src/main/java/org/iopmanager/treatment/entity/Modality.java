package org.iopmanager.treatment.entity;

import org.iopmanager.staff.entity.ClinicalService;

/** How an intervention is delivered; each is a clinical service the responsible staff member must be cleared for. Stored by name. */
public enum Modality {
    INDIVIDUAL_COUNSELLING(ClinicalService.INDIVIDUAL_COUNSELLING),
    GROUP_THERAPY(ClinicalService.GROUP_THERAPY),
    FAMILY_THERAPY(ClinicalService.FAMILY_THERAPY),
    EDUCATIONAL_WORKSHOP(ClinicalService.EDUCATIONAL_WORKSHOP),
    MEDICATION_MANAGEMENT(ClinicalService.MEDICATION_MANAGEMENT);

    private final ClinicalService service;

    Modality(ClinicalService service) {
        this.service = service;
    }

    public ClinicalService service() {
        return service;
    }
}
