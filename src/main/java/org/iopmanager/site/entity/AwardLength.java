package org.iopmanager.site.entity;

/** The length of an award where the body has named ones (CARF's are the best known). */
public enum AwardLength {
    THREE_YEAR,
    ONE_YEAR,
    PROVISIONAL,
    PRELIMINARY,
    FOUR_YEAR,
    ANNUAL_LICENCE,
    OTHER
}
