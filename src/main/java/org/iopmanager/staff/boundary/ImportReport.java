package org.iopmanager.staff.boundary;

import java.io.Serializable;
import java.util.List;

import org.iopmanager.staff.control.ImportError;

/**
 * What a dry run found: every error by row and column, and what an import would write (the people and credentials
 * of the valid rows).
 */
public record ImportReport(String fileName, int rows, long validRows, long rowsWithErrors, long people, long credentials,
        List<ImportError> errors) implements Serializable {

    public ImportReport {
        errors = List.copyOf(errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}
