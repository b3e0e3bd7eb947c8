package org.iopmanager.schedule.entity;

import org.iopmanager.staff.entity.ClinicalService;

/**
 * What a session is, and so which clearance its facilitator needs. Groups and workshops take many participants;
 * an individual or family session takes one. Stored by name.
 */
public enum SessionKind {
    GROUP_THERAPY(ClinicalService.GROUP_THERAPY, false),
    EDUCATIONAL_WORKSHOP(ClinicalService.EDUCATIONAL_WORKSHOP, false),
    INDIVIDUAL_COUNSELLING(ClinicalService.INDIVIDUAL_COUNSELLING, true),
    FAMILY_THERAPY(ClinicalService.FAMILY_THERAPY, true);

    private final ClinicalService service;
    private final boolean single;

    SessionKind(ClinicalService service, boolean single) {
        this.service = service;
        this.single = single;
    }

    public ClinicalService service() {
        return service;
    }

    /** One participant only (individual and family sessions). */
    public boolean isSingle() {
        return single;
    }
}
