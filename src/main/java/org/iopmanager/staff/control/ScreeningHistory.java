package org.iopmanager.staff.control;

import java.util.List;

import org.iopmanager.staff.entity.StaffMember;

/**
 * Where the credential file reads a staff member's exclusion screenings from. The screening feature (OIG LEIE
 * import, screening runs, review queue) provides the one implementation as a CDI bean; until it is deployed
 * the file says that no screening is on record. Called inside the credential file's transaction, after the
 * caller's access to the staff member was checked.
 */
public interface ScreeningHistory {

    /** The staff member's screenings, newest first. */
    List<ScreeningLine> of(StaffMember staff);
}
