package org.iopmanager.staff.control;

import java.io.Serializable;

/**
 * A staff member offered in a "who delivers this" choice (primary clinician, responsible staff of an intervention,
 * facilitator of a session): who they are and whether they are cleared for the service, with the answer's reasons.
 */
public record StaffChoice(Long staffId, String name, Clearance clearance) implements Serializable {

    public boolean allowed() {
        return clearance.allowed();
    }
}
