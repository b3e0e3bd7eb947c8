package org.iopmanager.aftercare.entity;

/**
 * How a follow-up after discharge ended up. Readmission, a refusal and losing touch end the contacts; a participant
 * engaged in aftercare or attending the alumni group still gets the remaining checks (the 30-day call).
 */
public enum FollowUpOutcome {
    ENGAGED_IN_AFTERCARE, ATTENDING_ALUMNI_GROUP, READMITTED, DECLINED, LOST_TO_FOLLOW_UP;

    public boolean endsContact() {
        return this == READMITTED || this == DECLINED || this == LOST_TO_FOLLOW_UP;
    }
}
