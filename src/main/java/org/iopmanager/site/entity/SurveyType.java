package org.iopmanager.site.entity;

/** What kind of visit a survey was: the first, the regular cycle, unannounced, a focused follow-up, or a state inspection. */
public enum SurveyType {
    INITIAL,
    TRIENNIAL,
    UNANNOUNCED,
    FOCUSED,
    LICENSING_INSPECTION
}
