package org.iopmanager.aftercare.entity;

/**
 * What a referral discloses and a consent allows. A category that tells of substance use disorder diagnosis or
 * treatment (or that the person was a patient of the programme in a way that names it) is SUD information under
 * 42 CFR Part 2; demographics and measures alone are not.
 */
public enum DisclosureCategory {
    DEMOGRAPHICS(false),
    DIAGNOSIS(true),
    SUD_TREATMENT(true),
    TREATMENT_PLAN_SUMMARY(true),
    MEDICATIONS(true),
    ATTENDANCE_SUMMARY(true),
    MEASURES(false),
    DISCHARGE_SUMMARY(true);

    private final boolean sud;

    DisclosureCategory(boolean sud) {
        this.sud = sud;
    }

    public boolean isSud() {
        return sud;
    }
}
