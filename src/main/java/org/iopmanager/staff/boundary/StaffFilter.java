package org.iopmanager.staff.boundary;

import java.io.Serializable;

/** Narrowing of the staff list: name or NPI fragment, a site they work at, discipline, active or not, excluded only. */
public record StaffFilter(String text, Long siteId, Long disciplineId, Boolean active, boolean excludedOnly)
        implements Serializable {

    public static final StaffFilter ALL = new StaffFilter(null, null, null, null, false);
}
