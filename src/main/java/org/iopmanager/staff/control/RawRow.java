package org.iopmanager.staff.control;

import java.util.List;

/** The cells of one row of a CSV or spreadsheet, as text, with the row number the user sees (header = 1). */
record RawRow(int number, List<String> cells) {

    String cell(int index) {
        return index < cells.size() ? cells.get(index) : null;
    }

    boolean isBlank() {
        return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
    }
}
