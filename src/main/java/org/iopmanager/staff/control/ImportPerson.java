package org.iopmanager.staff.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one person in an import file: the first row carries the person's details, every row may carry a
 * credential. Rows belong to the same person when they share the NPI or, without NPI, the name and date of birth.
 */
public final class ImportPerson implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String INVALID_PERSON = "staffImport.person.invalid";

    private final List<ImportRow> rows = new ArrayList<>();

    ImportPerson(ImportRow first) {
        rows.add(first);
    }

    void add(ImportRow row) {
        rows.add(row);
    }

    /** When the person's details row is wrong, none of their credential rows can be imported either: says so on them. */
    public void settle() {
        if (first().isValid()) {
            return;
        }
        for (ImportRow row : rows.subList(1, rows.size())) {
            if (row.errors().stream().noneMatch(error -> INVALID_PERSON.equals(error.messageKey()))) {
                row.addError(null, INVALID_PERSON, first().row());
            }
        }
    }

    public ImportRow first() {
        return rows.get(0);
    }

    public List<ImportRow> rows() {
        return List.copyOf(rows);
    }

    /** Whether the person can be created: the details row is valid. */
    public boolean isValid() {
        return first().isValid();
    }

    /** The rows whose credential can be imported with the person. */
    public List<ImportRow> validCredentialRows() {
        return rows.stream().filter(row -> row.isValid() && row.hasCredential()).toList();
    }
}
