package org.iopmanager.staff.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One data row of an import file: its values by column (trimmed, blanks as null, dates as yyyy-MM-dd) and what
 * is wrong with it. The reader finds the syntax errors; the service adds those that need the database.
 */
public final class ImportRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int row;
    private final Map<String, String> values;
    private final List<ImportError> errors = new ArrayList<>();

    public ImportRow(int row, Map<String, String> values) {
        this.row = row;
        this.values = Map.copyOf(values);
    }

    public int row() {
        return row;
    }

    public String text(String column) {
        return values.get(column);
    }

    /** A date the reader checked; null when blank or invalid. */
    public LocalDate date(String column) {
        String value = values.get(column);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException invalid) {
            return null;
        }
    }

    public List<String> siteCodes() {
        String value = values.get(StaffImportReader.SITES);
        return value == null ? List.of()
                : Arrays.stream(value.split(";")).map(String::strip).filter(code -> !code.isEmpty()).toList();
    }

    public boolean hasCredential() {
        return StaffImportReader.CREDENTIAL_COLUMNS.stream().anyMatch(column -> values.get(column) != null);
    }

    public void addError(String column, String messageKey, Object... arguments) {
        errors.add(ImportError.of(row, column, messageKey, arguments));
    }

    public boolean hasError(String column) {
        return errors.stream().anyMatch(error -> column.equals(error.column()));
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public List<ImportError> errors() {
        return List.copyOf(errors);
    }
}
