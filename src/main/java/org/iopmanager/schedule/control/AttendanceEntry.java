package org.iopmanager.schedule.control;

import java.io.Serializable;
import java.util.List;

import org.iopmanager.schedule.entity.AttendanceStatus;

/**
 * One row of a group's attendance form: the episode, the version of its attendance as loaded (null when none was
 * recorded yet), how they attended, minutes where they count, and for a family session who of the family came.
 */
public record AttendanceEntry(Long episodeId, Long version, AttendanceStatus status, Integer minutes,
        List<Long> familyMemberIds) implements Serializable {

    public AttendanceEntry {
        familyMemberIds = familyMemberIds == null ? List.of() : List.copyOf(familyMemberIds);
    }
}
