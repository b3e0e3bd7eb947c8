package org.iopmanager.staff.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.iopmanager.platform.control.RuleViolation;

/**
 * Reads the OIG LEIE CSV file as published (a header row naming the 18 columns, fields optionally in double
 * quotes that may hold commas, dates as YYYYMMDD) one row at a time, so an 80,000-row file never sits in
 * memory. A bad line is reported with its line number and skipped: one typo in the government's file must not
 * stop a month's screening. Only a file without the LEIE header is refused as a whole.
 */
public final class LeieParser {

    private final Reader in;
    /**
     * The parser's own buffer, read from {@code in} in blocks: {@code BufferedReader.read()} and
     * {@code PushbackReader.read()} take a lock per character, which made the 16-million-character LEIE file cost
     * more in locking than in parsing (benchmark, issue 7).
     */
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int limit;
    private final Map<LeieColumn, Integer> positions = new EnumMap<>(LeieColumn.class);
    private int headerSize;
    private int line = 1;
    private int recordLine;
    private boolean unterminated;

    private LeieParser(Reader reader) {
        this.in = reader;
    }

    /**
     * Parses {@code content} (UTF-8, a byte-order mark is skipped), handing each good row and each problem to
     * the consumers in file order. Answers the number of good rows.
     *
     * @throws RuleViolation on the field "file" when the file is empty or lacks LEIE columns
     */
    public static int parse(InputStream content, Consumer<LeieRow> rows, Consumer<LeieProblem> problems) throws IOException {
        LeieParser parser = new LeieParser(new InputStreamReader(content, StandardCharsets.UTF_8));
        parser.readHeader();
        int count = 0;
        for (List<String> fields = parser.readRecord(); fields != null; fields = parser.readRecord()) {
            if (fields.size() == 1 && fields.get(0).isBlank() && !parser.unterminated) {
                continue;
            }
            try {
                rows.accept(parser.toRow(fields));
                count++;
            } catch (BadRow bad) {
                problems.accept(new LeieProblem(parser.recordLine, bad.reason, bad.detail));
            }
        }
        return count;
    }

    private void readHeader() throws IOException {
        List<String> header = readRecord();
        if (header == null) {
            throw RuleViolation.onField("file", "document.file.empty");
        }
        headerSize = header.size();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).replace("\uFEFF", "").strip().toUpperCase(Locale.ROOT);
            for (LeieColumn column : LeieColumn.values()) {
                if (column.name().equals(name)) {
                    positions.putIfAbsent(column, i);
                }
            }
        }
        if (positions.size() < LeieColumn.values().length) {
            String missing = java.util.Arrays.stream(LeieColumn.values()).filter(c -> !positions.containsKey(c))
                    .map(Enum::name).collect(Collectors.joining(", "));
            throw RuleViolation.onField("file", "exclusion.file.header", missing);
        }
    }

    /**
     * The fields of the next record, or null at the end. A quoted field ends at the end of its line at the
     * latest (marked unterminated): the LEIE never breaks lines inside a field, and a stray quote must cost one
     * line, not the rest of the file.
     */
    private List<String> readRecord() throws IOException {
        List<String> fields = new ArrayList<>(LeieColumn.values().length);
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        unterminated = false;
        recordLine = line;
        int c;
        while ((c = next()) != -1) {
            any = true;
            if (c == '\n') {
                line++;
                unterminated = quoted;
                fields.add(field.toString());
                return fields;
            }
            if (quoted) {
                if (c == '"') {
                    if (peek() == '"') {
                        position++;
                        field.append('"');
                    } else {
                        quoted = false;
                    }
                } else if (c != '\r') {
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c != '\r') {
                field.append((char) c);
            }
        }
        if (!any) {
            return null;
        }
        unterminated = quoted;
        fields.add(field.toString());
        return fields;
    }

    /** The next character, or -1 at the end. */
    private int next() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++];
    }

    /** The next character without taking it, or -1 at the end. */
    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    private LeieRow toRow(List<String> fields) {
        if (unterminated) {
            throw new BadRow(LeieProblem.Reason.UNTERMINATED_QUOTE, null);
        }
        if (fields.size() != headerSize) {
            throw new BadRow(LeieProblem.Reason.FIELD_COUNT, String.valueOf(fields.size()));
        }
        Map<LeieColumn, String> v = new EnumMap<>(LeieColumn.class);
        for (LeieColumn column : LeieColumn.values()) {
            String value = fields.get(positions.get(column)).strip();
            if (value.length() > column.maxLength()) {
                throw new BadRow(LeieProblem.Reason.TOO_LONG, column.name());
            }
            v.put(column, value.isEmpty() ? null : value);
        }
        if (v.get(LeieColumn.LASTNAME) == null && v.get(LeieColumn.BUSNAME) == null) {
            throw new BadRow(LeieProblem.Reason.NO_NAME, null);
        }
        return new LeieRow(recordLine, v.get(LeieColumn.LASTNAME), v.get(LeieColumn.FIRSTNAME), v.get(LeieColumn.MIDNAME),
                v.get(LeieColumn.BUSNAME), v.get(LeieColumn.GENERAL), v.get(LeieColumn.SPECIALTY), v.get(LeieColumn.UPIN),
                npi(v.get(LeieColumn.NPI)), date(v, LeieColumn.DOB), v.get(LeieColumn.ADDRESS), v.get(LeieColumn.CITY),
                v.get(LeieColumn.STATE), v.get(LeieColumn.ZIP), v.get(LeieColumn.EXCLTYPE), date(v, LeieColumn.EXCLDATE),
                date(v, LeieColumn.REINDATE), date(v, LeieColumn.WAIVERDATE), v.get(LeieColumn.WVRSTATE));
    }

    /** The LEIE writes "no NPI" as 0 or ten zeros. */
    private static String npi(String value) {
        if (value == null || value.chars().allMatch(ch -> ch == '0')) {
            return null;
        }
        if (value.length() != 10 || !value.chars().allMatch(Character::isDigit)) {
            throw new BadRow(LeieProblem.Reason.BAD_NPI, LeieColumn.NPI.name());
        }
        return value;
    }

    /**
     * Before any birth or exclusion date of the list: a year such as 0000 is a typing error, and PostgreSQL has no year
     * 0, so one such row would fail the whole import instead of being one skipped line.
     */
    static final int EARLIEST_YEAR = 1800;

    /** The LEIE writes "no date" as empty or 00000000. */
    private static LocalDate date(Map<LeieColumn, String> values, LeieColumn column) {
        String value = values.get(column);
        if (value == null || "00000000".equals(value)) {
            return null;
        }
        // By hand rather than with a DateTimeFormatter: three dates on each of 80,000 rows.
        if (value.length() != 8 || !value.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            throw new BadRow(LeieProblem.Reason.BAD_DATE, column.name());
        }
        int year = Integer.parseInt(value, 0, 4, 10);
        if (year < EARLIEST_YEAR) {
            throw new BadRow(LeieProblem.Reason.BAD_DATE, column.name());
        }
        try {
            return LocalDate.of(year, Integer.parseInt(value, 4, 6, 10), Integer.parseInt(value, 6, 8, 10));
        } catch (DateTimeException e) {
            throw new BadRow(LeieProblem.Reason.BAD_DATE, column.name());
        }
    }

    /** Control flow for one skipped line; no stack trace, there may be thousands. */
    private static final class BadRow extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final LeieProblem.Reason reason;
        private final String detail;

        BadRow(LeieProblem.Reason reason, String detail) {
            super(reason.name(), null, false, false);
            this.reason = reason;
            this.detail = detail;
        }
    }
}
