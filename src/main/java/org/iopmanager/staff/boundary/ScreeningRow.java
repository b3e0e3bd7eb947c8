package org.iopmanager.staff.boundary;

import java.time.Instant;
import java.time.LocalDate;

import org.iopmanager.staff.entity.ScreeningResult;

/** One screening of a staff member, with the list version it used, for the staff page. */
public record ScreeningRow(Long id, LocalDate screenedOn, ScreeningResult result, Long listId, String listFile,
        Instant listImportedAt) implements java.io.Serializable {
}
