package org.iopmanager.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableExportTest {

    private static final List<String> HEADER = List.of("Staff", "Number", "Expiry");
    private static final List<List<String>> ROWS = List.of(
            List.of("Ada Lovelace", "LCSW-1", "2026-03-01"),
            List.of("=HYPERLINK(\"http://evil\")", "+1, two", "2026-04-01"));

    @Test
    void csvHasAHeaderAndDefusesFormulasAndQuotesCommas() {
        String csv = new String(TableExport.bytes(TableExport.Format.CSV, "Expiring", HEADER, ROWS), StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).containsExactly("Staff,Number,Expiry", "Ada Lovelace,LCSW-1,2026-03-01",
                "\"'=HYPERLINK(\"\"http://evil\"\")\",\"'+1, two\",2026-04-01");
    }

    @Test
    void excelHoldsEveryCellAsTextNeverAsAFormula() throws Exception {
        byte[] xlsx = TableExport.bytes(TableExport.Format.XLSX, "Expiring: 30/60 days", HEADER, ROWS);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(workbook.getSheetName(0)).isEqualTo("Expiring  30 60 days");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Staff");
            assertThat(sheet.getRow(2).getCell(0).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void pdfHasTheTitleHeaderAndRows() throws Exception {
        byte[] pdf = TableExport.bytes(TableExport.Format.PDF, "Expiring credentials", HEADER, ROWS);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("Expiring credentials").contains("Staff").contains("Ada Lovelace").contains("LCSW-1");
    }
}
