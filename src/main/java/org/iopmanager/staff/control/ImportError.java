package org.iopmanager.staff.control;

import java.io.Serializable;
import java.util.List;

/**
 * One thing wrong in an import file: the row as the user sees it (the header is row 1), the column (null for the
 * whole row) and a bundle key with its arguments.
 */
public record ImportError(int row, String column, String messageKey, List<String> arguments) implements Serializable {

    public ImportError {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public static ImportError of(int row, String column, String messageKey, Object... arguments) {
        return new ImportError(row, column, messageKey, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
