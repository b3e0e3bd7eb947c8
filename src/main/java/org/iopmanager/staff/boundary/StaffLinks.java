package org.iopmanager.staff.boundary;

import java.io.Serializable;
import java.util.List;

/** The relations of a staff member as a page or the API names them: by id, resolved and checked by the service. */
public record StaffLinks(Long disciplineId, Long homeSiteId, List<Long> siteIds, Long supervisorId) implements Serializable {

    public StaffLinks {
        siteIds = siteIds == null ? List.of() : List.copyOf(siteIds);
    }
}
