package org.iopmanager.staff.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.iopmanager.platform.control.NpiCheck;
import org.iopmanager.platform.control.RuleViolation;

class StaffImportReaderTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    static final String NPI_1 = npi("123456789");
    static final String NPI_2 = npi("198765432");
    static final String HEADER = "first_name,middle_name,last_name,date_of_birth,npi,email,discipline,home_site,sites,"
            + "employment_start,credential_type,credential_number,issuer,state,issue_date,expiry_date\r\n";

    private final StaffImportReader reader = new StaffImportReader();

    @Test
    void goodRowsAreReadWithoutErrors() {
        ImportFile file = csv(HEADER
                + "Ada,,Lovelace,1980-12-10," + NPI_1 + ",ada@example.org,LCSW,BOS,BOS;CAM,2024-01-15,LCSW,12345,MA Board,ma,2023-01-01,2027-01-01\r\n"
                + "Ben,J,Okafor,1975-05-02,,,PEER,CAM,,2025-02-01,,,,,,\r\n");

        assertThat(file.errors()).isEmpty();
        assertThat(file.isValid()).isTrue();
        assertThat(file.people()).hasSize(2);
        ImportRow ada = file.rows().get(0);
        assertThat(ada.row()).as("header is row 1").isEqualTo(2);
        assertThat(ada.text(StaffImportReader.MIDDLE_NAME)).isNull();
        assertThat(ada.siteCodes()).containsExactly("BOS", "CAM");
        assertThat(ada.date(StaffImportReader.EXPIRY_DATE)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(ada.hasCredential()).isTrue();
        assertThat(file.rows().get(1).hasCredential()).isFalse();
    }

    @Test
    void headerNamesAreCaseInsensitiveAndInAnyOrderAndOptionalColumnsMayBeMissing() {
        ImportFile file = csv(" Last_Name ,FIRST_NAME,Home_Site,Discipline,Employment_Start,Date_Of_Birth\n"
                + "Lovelace,Ada,BOS,LCSW,2024-01-15,1980-12-10\n");

        assertThat(file.errors()).isEmpty();
        assertThat(file.rows().get(0).text(StaffImportReader.FIRST_NAME)).isEqualTo("Ada");
    }

    @Test
    void eachKindOfBadValueIsReportedWithRowAndColumn() {
        String longName = "x".repeat(61);
        ImportFile file = csv(HEADER
                + ",," + longName + ",1980-02-30,1234567890,not-an-email,LCSW,BOS,,15/01/2024,,,,,,\r\n"
                + "Ada,,Lovelace,2026-03-01,,,,,,,LCSW,,,Mass,2025-01-01,2024-12-31\r\n");

        assertThat(file.errors()).extracting(ImportError::row, ImportError::column, ImportError::messageKey).containsExactly(
                tuple(2, "first_name", "staffImport.value.required"),
                tuple(2, "last_name", "staffImport.value.size"),
                tuple(2, "date_of_birth", "staffImport.date.invalid"),
                tuple(2, "npi", "staffImport.npi.invalid"),
                tuple(2, "email", "staffImport.email.invalid"),
                tuple(2, "employment_start", "staffImport.date.invalid"),
                tuple(3, "date_of_birth", "staffImport.dateOfBirth.past"),
                tuple(3, "discipline", "staffImport.value.required"),
                tuple(3, "home_site", "staffImport.value.required"),
                tuple(3, "employment_start", "staffImport.value.required"),
                tuple(3, "credential_number", "staffImport.value.required"),
                tuple(3, "issuer", "staffImport.value.required"),
                tuple(3, "state", "staffImport.state.invalid"),
                tuple(3, "expiry_date", "staffImport.expiry.beforeIssue"));
        assertThat(file.errors().get(1).arguments()).containsExactly("60");
        assertThat(file.errors().get(2).arguments()).containsExactly("1980-02-30");
        assertThat(file.validRows()).isZero();
        assertThat(file.rowsWithErrors()).isEqualTo(2);
    }

    @Test
    void aByteOrderMarkIsSkippedAndQuotedFieldsKeepCommasQuotesAndLineBreaks() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String body = HEADER + "\"Ada, Jr.\",\"the \"\"Countess\"\"\",Lovelace,1980-12-10,,,LCSW,BOS,\"BOS;\nCAM\",2024-01-15,,,,,,\n"
                + "Ben,,Okafor,1975-05-02,,,PEER,CAM,,2025-02-01,,,,,,\n";
        ImportFile file = reader.read("staff.csv", concat(bom, body.getBytes(StandardCharsets.UTF_8)), TODAY);

        assertThat(file.errors()).isEmpty();
        ImportRow ada = file.rows().get(0);
        assertThat(ada.text(StaffImportReader.FIRST_NAME)).isEqualTo("Ada, Jr.");
        assertThat(ada.text(StaffImportReader.MIDDLE_NAME)).isEqualTo("the \"Countess\"");
        assertThat(ada.siteCodes()).containsExactly("BOS", "CAM");
        assertThat(file.rows().get(1).row()).as("records are numbered, not lines").isEqualTo(3);
    }

    @Test
    void furtherRowsOfTheSameNpiOrNameAndBirthDateAddCredentialsToOnePerson() {
        ImportFile file = csv(HEADER
                + "Ada,,Lovelace,1980-12-10," + NPI_1 + ",,LCSW,BOS,,2024-01-15,LCSW,1,MA Board,MA,,2027-01-01\n"
                + "Ben,,Okafor,1975-05-02,,,PEER,CAM,,2025-02-01,CPRS,9,Cert Board,,,\n"
                + "ada,,LOVELACE,1980-12-10," + NPI_1 + ",,,,,,DEA,FL123,DEA,,,2028-01-01\n"
                + "Ben,,Okafor,1975-05-02,,,,,,,CPR,77,Red Cross,,,2026-12-01\n");

        assertThat(file.errors()).isEmpty();
        assertThat(file.people()).hasSize(2);
        assertThat(file.people().get(0).rows()).extracting(ImportRow::row).containsExactly(2, 4);
        assertThat(file.people().get(1).rows()).extracting(ImportRow::row).containsExactly(3, 5);
        assertThat(file.people().get(0).validCredentialRows()).hasSize(2);
    }

    @Test
    void theSameNpiForAnotherPersonAConflictingDetailAndARepeatedPersonAreErrors() {
        ImportFile file = csv(HEADER
                + "Ada,,Lovelace,1980-12-10," + NPI_1 + ",,LCSW,BOS,,2024-01-15,LCSW,1,MA Board,MA,,\n"
                + "Eve,,Other,1990-01-01," + NPI_1 + ",,LCSW,BOS,,2024-01-15,,,,,,\n"
                + "Ada,,Lovelace,1980-12-10," + NPI_1 + ",,LPC,,,,DEA,2,DEA,,,\n"
                + "Ada,,Lovelace,1980-12-10," + NPI_1 + ",,,,,,,,,,,\n"
                + "Ada,,Lovelace,1980-12-10," + NPI_1 + ",,,,,,,,,,,\n");

        assertThat(file.errors()).extracting(ImportError::row, ImportError::column, ImportError::messageKey).containsExactly(
                tuple(3, "npi", "staffImport.npi.duplicate"),
                tuple(4, "discipline", "staffImport.person.conflict"),
                tuple(5, null, "staffImport.person.repeated"),
                tuple(6, null, "staffImport.person.repeated"));
        assertThat(file.errors().get(0).arguments()).containsExactly("2");
    }

    @Test
    void whenThePersonRowIsWrongTheirCredentialRowsCannotBeImportedEither() {
        ImportFile file = csv(HEADER
                + "Ada,,Lovelace,1980-12-10," + NPI_2 + ",,,BOS,,2024-01-15,LCSW,1,MA Board,MA,,\n"
                + "Ada,,Lovelace,1980-12-10," + NPI_2 + ",,,,,,DEA,2,DEA,,,\n");

        assertThat(file.errors()).extracting(ImportError::row, ImportError::messageKey)
                .containsExactly(tuple(2, "staffImport.value.required"), tuple(3, "staffImport.person.invalid"));
        assertThat(file.people()).hasSize(1);
        assertThat(file.people().get(0).isValid()).isFalse();
    }

    @Test
    void badFilesAreRefusedAsAWhole() {
        assertFileRefused("".getBytes(StandardCharsets.UTF_8), "staffImport.file.empty");
        assertFileRefused(HEADER.getBytes(StandardCharsets.UTF_8), "staffImport.file.noRows");
        assertFileRefused("first_name,last_name,shoe_size\nA,B,9\n".getBytes(StandardCharsets.UTF_8), "staffImport.file.unknownColumn");
        assertFileRefused("first_name,last_name\nA,B\n".getBytes(StandardCharsets.UTF_8), "staffImport.file.missingColumns");
        assertFileRefused((HEADER + "\"Ada,Lovelace\n").getBytes(StandardCharsets.UTF_8), "staffImport.file.openQuote");
        assertFileRefused(new byte[] {'a', (byte) 0xC3, '\n'}, "staffImport.file.notUtf8");
        assertFileRefused(new byte[] {'P', 'K', 3, 4, 0, 0}, "staffImport.file.unreadable");
    }

    @Test
    void anXlsxSheetIsReadWithRealDateCellsAndNumericNpis() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Staff");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            row(sheet, 0, "First_Name", "Last_Name", "Date_of_Birth", "NPI", "Discipline", "Home_Site", "Employment_Start",
                    "Credential_Type", "Credential_Number", "Issuer", "Expiry_Date");
            Row ada = row(sheet, 1, "Ada", "Lovelace", null, null, "LCSW", "BOS", "2024-01-15", "LCSW", null, "MA Board", null);
            date(ada, 2, LocalDate.of(1980, 12, 10), dateStyle);
            ada.createCell(3).setCellValue(Double.parseDouble(NPI_1));
            ada.createCell(8).setCellValue(12345);
            date(ada, 10, LocalDate.of(2027, 6, 30), dateStyle);
            row(sheet, 3, "Ben", "Okafor", "1975-02-30", null, "PEER", "CAM", "2025-02-01");
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        ImportFile file = reader.read("staff.xlsx", xlsx, TODAY);

        assertThat(file.rows()).hasSize(2);
        ImportRow first = file.rows().get(0);
        assertThat(first.isValid()).as(first.errors().toString()).isTrue();
        assertThat(first.date(StaffImportReader.DATE_OF_BIRTH)).isEqualTo(LocalDate.of(1980, 12, 10));
        assertThat(first.date(StaffImportReader.EXPIRY_DATE)).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(first.text(StaffImportReader.NPI)).isEqualTo(NPI_1);
        assertThat(first.text(StaffImportReader.CREDENTIAL_NUMBER)).isEqualTo("12345");
        assertThat(file.errors()).extracting(ImportError::row, ImportError::column, ImportError::messageKey)
                .as("Excel's row numbers, blank row skipped").containsExactly(tuple(4, "date_of_birth", "staffImport.date.invalid"));
    }

    private ImportFile csv(String text) {
        return reader.read("staff.csv", text.getBytes(StandardCharsets.UTF_8), TODAY);
    }

    private void assertFileRefused(byte[] bytes, String key) {
        assertThatThrownBy(() -> reader.read("bad.csv", bytes, TODAY)).isInstanceOf(RuleViolation.class)
                .satisfies(e -> {
                    assertThat(((RuleViolation) e).getMessageKey()).isEqualTo(key);
                    assertThat(((RuleViolation) e).getField()).isEqualTo("file");
                });
    }

    private static Row row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
        return row;
    }

    private static void date(Row row, int column, LocalDate value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static String npi(String firstNine) {
        return firstNine + NpiCheck.checkDigit(firstNine);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
