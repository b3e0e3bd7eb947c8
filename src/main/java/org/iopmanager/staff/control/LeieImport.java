package org.iopmanager.staff.control;

import java.util.List;

import org.iopmanager.staff.control.LeieProblem;
import org.iopmanager.staff.entity.ExclusionList;

/**
 * What an import made: the new current list version (with its row and error counts) and the first
 * {@link ExclusionScreening#MAX_PROBLEMS} skipped lines, for the user to see.
 */
public record LeieImport(ExclusionList list, List<LeieProblem> problems) {
}
