package org.iopmanager.staff.entity;

/** Why a list row was taken for a possible match: the same NPI, or the same name and date of birth. */
public enum MatchBasis {
    NPI,
    NAME_DOB
}
