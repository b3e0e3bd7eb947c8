package org.iopmanager.reporting.control;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.iopmanager.audit.control.AuditCsv;

/**
 * A report table (title, header, rows of text already in the reader's words) as a file: CSV (RFC 4180, cells a
 * spreadsheet would run as a formula defused as in the audit export), Excel (streamed, so 10,000 rows stay
 * small in memory; every cell a string, never a formula) or PDF (landscape, header repeated on every page).
 */
public final class TableExport {

    public enum Format {
        CSV("text/csv; charset=UTF-8", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        PDF("application/pdf", "pdf");

        private final String contentType;
        private final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }
    }

    private TableExport() {
    }

    public static void write(Format format, String title, List<String> header, List<List<String>> rows, OutputStream out)
            throws IOException {
        switch (format) {
            case CSV -> csv(header, rows, out);
            case XLSX -> xlsx(title, header, rows, out);
            case PDF -> pdf(title, header, rows, out);
        }
    }

    public static byte[] bytes(Format format, String title, List<String> header, List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(format, title, header, rows, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static void csv(List<String> header, List<List<String>> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        line(writer, header);
        for (List<String> row : rows) {
            line(writer, row);
        }
        writer.flush();
    }

    private static void line(Writer writer, List<String> cells) throws IOException {
        writer.write(String.join(",", cells.stream().map(AuditCsv::cell).toList()));
        writer.write("\r\n");
    }

    static void xlsx(String title, List<String> header, List<List<String>> rows, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Sheet sheet = workbook.createSheet(sheetName(title));
            CellStyle bold = workbook.createCellStyle();
            org.apache.poi.ss.usermodel.Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                top.createCell(c).setCellValue(header.get(c));
                top.getCell(c).setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c) == null ? "" : cells.get(c));
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /** Excel allows 31 characters and none of : \ / ? * [ ] in a sheet name. */
    static String sheetName(String title) {
        String name = title.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        return name.isEmpty() ? "Sheet1" : name.substring(0, Math.min(31, name.length()));
    }

    static void pdf(String title, List<String> header, List<List<String>> rows, OutputStream out) {
        Document document = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
        PdfWriter.getInstance(document, out);
        document.open();
        document.addTitle(title);
        document.add(new Paragraph(title, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13)));
        document.add(new Paragraph(" "));
        PdfPTable table = new PdfPTable(Math.max(1, header.size()));
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        Font headFont = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
        Font cellFont = FontFactory.getFont(FontFactory.HELVETICA, 8);
        for (String cell : header) {
            PdfPCell head = new PdfPCell(new Phrase(cell, headFont));
            head.setBackgroundColor(new Color(0xEE, 0xF1, 0xF4));
            table.addCell(head);
        }
        for (List<String> row : rows) {
            for (String cell : row) {
                PdfPCell body = new PdfPCell(new Phrase(cell == null ? "" : cell, cellFont));
                body.setVerticalAlignment(Element.ALIGN_TOP);
                table.addCell(body);
            }
        }
        document.add(table);
        document.close();
    }
}
