package org.iopmanager.staff.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.iopmanager.platform.control.RuleViolation;

/**
 * RFC 4180 CSV in UTF-8 (a byte order mark is skipped): comma-separated, fields in double quotes may hold
 * commas, line breaks and doubled quotes; CRLF or LF ends a record. Rows are numbered by record, header = 1, which
 * is what a spreadsheet shows when it opens the file.
 */
final class CsvTable {

    private CsvTable() {
    }

    static List<RawRow> read(byte[] bytes) {
        String text = decode(bytes);
        List<RawRow> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        while (i < text.length()) {
            char c = text.charAt(i++);
            if (quoted) {
                if (c != '"') {
                    cell.append(c);
                } else if (i < text.length() && text.charAt(i) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '"' && cell.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                rows.add(new RawRow(rows.size() + 1, List.copyOf(cells)));
                cells.clear();
                cell.setLength(0);
                wasQuoted = false;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw RuleViolation.onField("file", "staffImport.file.openQuote", rows.size() + 1);
        }
        if (cell.length() > 0 || !cells.isEmpty() || wasQuoted) {
            cells.add(cell.toString());
            rows.add(new RawRow(rows.size() + 1, List.copyOf(cells)));
        }
        return rows;
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw RuleViolation.onField("file", "staffImport.file.notUtf8");
        }
    }
}
