package org.iopmanager.staff.control;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/** An import file as read: its data rows in file order and the same rows grouped by person. */
public record ImportFile(String fileName, List<ImportRow> rows, List<ImportPerson> people) implements Serializable {

    public ImportFile {
        rows = List.copyOf(rows);
        people = List.copyOf(people);
    }

    public boolean isValid() {
        return rows.stream().allMatch(ImportRow::isValid);
    }

    public long validRows() {
        return rows.stream().filter(ImportRow::isValid).count();
    }

    public long rowsWithErrors() {
        return rows.size() - validRows();
    }

    /** Every error, by row and then in the order of the columns (errors of the whole row first). */
    public List<ImportError> errors() {
        return rows.stream().flatMap(row -> row.errors().stream())
                .sorted(Comparator.comparingInt(ImportError::row)
                        .thenComparingInt(error -> error.column() == null ? -1 : StaffImportReader.COLUMNS.indexOf(error.column())))
                .toList();
    }
}
