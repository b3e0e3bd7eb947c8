package org.iopmanager.staff.control;

/**
 * The 18 columns of the OIG LEIE file, by their header names, with the widest value the database keeps
 * (generous against the published widths, so a future widening does not reject the whole file).
 */
public enum LeieColumn {
    LASTNAME(100),
    FIRSTNAME(100),
    MIDNAME(100),
    BUSNAME(200),
    GENERAL(100),
    SPECIALTY(100),
    UPIN(20),
    NPI(10),
    DOB(8),
    ADDRESS(200),
    CITY(100),
    STATE(10),
    ZIP(10),
    EXCLTYPE(20),
    EXCLDATE(8),
    REINDATE(8),
    WAIVERDATE(8),
    WVRSTATE(10);

    private final int maxLength;

    LeieColumn(int maxLength) {
        this.maxLength = maxLength;
    }

    public int maxLength() {
        return maxLength;
    }
}
