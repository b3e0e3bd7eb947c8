package org.iopmanager.staff.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.iopmanager.platform.control.NpiCheck;
import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.staff.entity.Credential;
import org.iopmanager.staff.entity.StaffMember;

/**
 * Reads a staff import file (CSV or .xlsx, header row first, columns in any order, header names in any case) and
 * checks every row on its own: required values, dates, NPI check digit, e-mail, lengths as the entities allow.
 * Rows of the same person (same NPI or, without NPI, same name and date of birth) are grouped: the first row
 * carries the person, every row may carry one credential. What is wrong with the file as a whole (not a CSV or
 * workbook, no header, unknown or missing columns) is a {@link RuleViolation} on the field {@code file}; what is
 * wrong with a row stays on the row, so the user sees every problem at once.
 */
public class StaffImportReader {

    public static final String FIRST_NAME = "first_name";
    public static final String MIDDLE_NAME = "middle_name";
    public static final String LAST_NAME = "last_name";
    public static final String DATE_OF_BIRTH = "date_of_birth";
    public static final String NPI = "npi";
    public static final String EMAIL = "email";
    public static final String DISCIPLINE = "discipline";
    public static final String HOME_SITE = "home_site";
    public static final String SITES = "sites";
    public static final String EMPLOYMENT_START = "employment_start";
    public static final String CREDENTIAL_TYPE = "credential_type";
    public static final String CREDENTIAL_NUMBER = "credential_number";
    public static final String ISSUER = "issuer";
    public static final String STATE = "state";
    public static final String ISSUE_DATE = "issue_date";
    public static final String EXPIRY_DATE = "expiry_date";

    public static final List<String> COLUMNS = List.of(FIRST_NAME, MIDDLE_NAME, LAST_NAME, DATE_OF_BIRTH, NPI, EMAIL,
            DISCIPLINE, HOME_SITE, SITES, EMPLOYMENT_START, CREDENTIAL_TYPE, CREDENTIAL_NUMBER, ISSUER, STATE, ISSUE_DATE,
            EXPIRY_DATE);
    public static final List<String> REQUIRED_COLUMNS = List.of(FIRST_NAME, LAST_NAME, DATE_OF_BIRTH, DISCIPLINE,
            HOME_SITE, EMPLOYMENT_START);
    static final List<String> CREDENTIAL_COLUMNS = List.of(CREDENTIAL_TYPE, CREDENTIAL_NUMBER, ISSUER, STATE, ISSUE_DATE,
            EXPIRY_DATE);
    /** Person details a further row of the same person may repeat but not change. */
    static final List<String> PERSON_COLUMNS = List.of(FIRST_NAME, MIDDLE_NAME, LAST_NAME, DATE_OF_BIRTH, NPI, EMAIL,
            DISCIPLINE, HOME_SITE, SITES, EMPLOYMENT_START);

    public static final int MAX_ROWS = 5000;
    public static final int CODE_MAX = 20;
    public static final int EMAIL_MAX = 254;

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    /** What Bean Validation's {@code @Email} lets through, less the oddities nobody types (no spaces, one @, a dot). */
    private static final Pattern EMAIL_PATTERN = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern STATE_PATTERN = Pattern.compile("[A-Z]{2}");
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    /** @param today the day dates of birth must lie before */
    public ImportFile read(String fileName, byte[] bytes, LocalDate today) {
        if (bytes == null || bytes.length == 0) {
            throw RuleViolation.onField("file", "staffImport.file.empty");
        }
        List<RawRow> table = isZip(bytes) ? XlsxTable.read(bytes) : CsvTable.read(bytes);
        List<RawRow> nonBlank = table.stream().filter(row -> !row.isBlank()).toList();
        if (nonBlank.isEmpty()) {
            throw RuleViolation.onField("file", "staffImport.file.empty");
        }
        Map<Integer, String> header = header(nonBlank.get(0));
        List<RawRow> data = nonBlank.subList(1, nonBlank.size());
        if (data.isEmpty()) {
            throw RuleViolation.onField("file", "staffImport.file.noRows");
        }
        if (data.size() > MAX_ROWS) {
            throw RuleViolation.onField("file", "staffImport.file.tooManyRows", MAX_ROWS);
        }
        List<ImportRow> rows = new ArrayList<>();
        for (RawRow raw : data) {
            ImportRow row = new ImportRow(raw.number(), values(raw, header));
            check(row, today);
            rows.add(row);
        }
        return new ImportFile(fileName, rows, group(rows));
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length >= ZIP.length && bytes[0] == ZIP[0] && bytes[1] == ZIP[1] && bytes[2] == ZIP[2] && bytes[3] == ZIP[3];
    }

    private static Map<Integer, String> header(RawRow row) {
        Map<Integer, String> header = new LinkedHashMap<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String name = row.cell(i) == null ? "" : row.cell(i).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (!COLUMNS.contains(name)) {
                throw RuleViolation.onField("file", "staffImport.file.unknownColumn", row.cell(i).strip());
            }
            if (header.containsValue(name)) {
                throw RuleViolation.onField("file", "staffImport.file.duplicateColumn", name);
            }
            header.put(i, name);
        }
        List<String> missing = REQUIRED_COLUMNS.stream().filter(column -> !header.containsValue(column)).toList();
        if (!missing.isEmpty()) {
            throw RuleViolation.onField("file", "staffImport.file.missingColumns", String.join(", ", missing));
        }
        return header;
    }

    private static Map<String, String> values(RawRow raw, Map<Integer, String> header) {
        Map<String, String> values = new HashMap<>();
        header.forEach((index, column) -> {
            String value = raw.cell(index);
            if (value != null && !value.isBlank()) {
                values.put(column, value.strip());
            }
        });
        return values;
    }

    private static void check(ImportRow row, LocalDate today) {
        required(row, FIRST_NAME);
        required(row, LAST_NAME);
        for (String name : List.of(FIRST_NAME, MIDDLE_NAME, LAST_NAME)) {
            length(row, name, StaffMember.NAME_MAX);
        }
        LocalDate born = date(row, DATE_OF_BIRTH, true);
        if (born != null && !born.isBefore(today)) {
            row.addError(DATE_OF_BIRTH, "staffImport.dateOfBirth.past");
        }
        String npi = row.text(NPI);
        if (npi != null && !NpiCheck.isValid(npi)) {
            row.addError(NPI, "staffImport.npi.invalid");
        }
        String email = row.text(EMAIL);
        if (email != null && !length(row, EMAIL, EMAIL_MAX) && !EMAIL_PATTERN.matcher(email).matches()) {
            row.addError(EMAIL, "staffImport.email.invalid");
        }
        length(row, DISCIPLINE, CODE_MAX);
        length(row, HOME_SITE, CODE_MAX);
        row.siteCodes().stream().filter(code -> code.length() > CODE_MAX).findFirst()
                .ifPresent(code -> row.addError(SITES, "staffImport.code.size", code, CODE_MAX));
        date(row, EMPLOYMENT_START, false);
        if (row.hasCredential()) {
            checkCredential(row);
        }
    }

    private static void checkCredential(ImportRow row) {
        required(row, CREDENTIAL_TYPE);
        required(row, CREDENTIAL_NUMBER);
        required(row, ISSUER);
        length(row, CREDENTIAL_TYPE, CODE_MAX);
        length(row, CREDENTIAL_NUMBER, Credential.NUMBER_MAX);
        length(row, ISSUER, Credential.ISSUER_MAX);
        String state = row.text(STATE);
        if (state != null && !STATE_PATTERN.matcher(state.toUpperCase(Locale.ROOT)).matches()) {
            row.addError(STATE, "staffImport.state.invalid");
        }
        LocalDate issued = date(row, ISSUE_DATE, false);
        LocalDate expires = date(row, EXPIRY_DATE, false);
        if (issued != null && expires != null && !expires.isAfter(issued)) {
            row.addError(EXPIRY_DATE, "staffImport.expiry.beforeIssue");
        }
    }

    private static boolean required(ImportRow row, String column) {
        if (row.text(column) == null) {
            row.addError(column, "staffImport.value.required");
            return true;
        }
        return false;
    }

    /** Adds an error when the value is too long; answers whether it did. */
    private static boolean length(ImportRow row, String column, int max) {
        String value = row.text(column);
        if (value != null && value.length() > max) {
            row.addError(column, "staffImport.value.size", max);
            return true;
        }
        return false;
    }

    private static LocalDate date(ImportRow row, String column, boolean required) {
        String value = row.text(column);
        if (value == null) {
            if (required) {
                required(row, column);
            }
            return null;
        }
        try {
            return LocalDate.parse(value, ISO_DATE);
        } catch (DateTimeParseException invalid) {
            row.addError(column, "staffImport.date.invalid", value);
            return null;
        }
    }

    /**
     * Groups rows by person. A further row must agree with the person's first row on every detail it repeats; the
     * same NPI with another name or date of birth is a duplicate NPI. When the first row is wrong, so are the others.
     */
    private static List<ImportPerson> group(List<ImportRow> rows) {
        Map<String, ImportPerson> byKey = new LinkedHashMap<>();
        List<ImportPerson> people = new ArrayList<>();
        for (ImportRow row : rows) {
            String key = personKey(row);
            ImportPerson person = key == null ? null : byKey.get(key);
            if (person == null) {
                person = new ImportPerson(row);
                people.add(person);
                if (key != null) {
                    byKey.put(key, person);
                }
                checkPersonDetails(row);
            } else {
                joinPerson(person, row);
            }
        }
        return people;
    }

    private static void checkPersonDetails(ImportRow row) {
        required(row, DISCIPLINE);
        required(row, HOME_SITE);
        required(row, EMPLOYMENT_START);
    }

    private static void joinPerson(ImportPerson person, ImportRow row) {
        ImportRow first = person.first();
        boolean sameIdentity = same(first, row, FIRST_NAME) && same(first, row, LAST_NAME) && same(first, row, DATE_OF_BIRTH);
        if (!sameIdentity) {
            row.addError(NPI, "staffImport.npi.duplicate", first.row());
            return;
        }
        for (String column : PERSON_COLUMNS) {
            if (row.text(column) != null && !same(first, row, column)) {
                row.addError(column, "staffImport.person.conflict", first.row());
            }
        }
        if (!row.hasCredential()) {
            row.addError(null, "staffImport.person.repeated", first.row());
        }
        person.add(row);
        person.settle();
    }

    private static boolean same(ImportRow a, ImportRow b, String column) {
        String x = a.text(column);
        String y = b.text(column);
        return x == null ? y == null : y != null && x.equalsIgnoreCase(y);
    }

    /** NPI when valid, else name and date of birth when those are valid; null when the row cannot be matched. */
    static String personKey(ImportRow row) {
        if (row.text(NPI) != null) {
            return row.hasError(NPI) ? null : "npi:" + row.text(NPI);
        }
        if (row.hasError(FIRST_NAME) || row.hasError(LAST_NAME) || row.hasError(DATE_OF_BIRTH)) {
            return null;
        }
        return "name:" + row.text(FIRST_NAME).toLowerCase(Locale.ROOT) + "|" + row.text(LAST_NAME).toLowerCase(Locale.ROOT)
                + "|" + row.text(DATE_OF_BIRTH);
    }
}
