package org.iopmanager.staff.control;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One exclusion screening of a staff member as the credential file prints it: when, against which list (and
 * version), what came out (already in the reader's words), who ran or reviewed it, and a note.
 */
public record ScreeningLine(LocalDate screenedOn, String list, String result, String by, String note) implements Serializable {
}
