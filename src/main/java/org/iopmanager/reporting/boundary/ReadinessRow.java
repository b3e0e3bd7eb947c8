package org.iopmanager.reporting.boundary;

import java.io.Serializable;
import java.util.Map;

/** One site of the readiness matrix, with its cells by body id (absent: no current record with that body). */
public record ReadinessRow(Long siteId, String code, String name, String state, Map<Long, ReadinessCell> cells)
        implements Serializable {

    public ReadinessCell cell(Long bodyId) {
        return cells.get(bodyId);
    }
}
