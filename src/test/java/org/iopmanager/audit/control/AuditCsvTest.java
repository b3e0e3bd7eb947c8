package org.iopmanager.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void plainValuesStayAsTheyAre() {
        assertThat(AuditCsv.cell("admin")).isEqualTo("admin");
        assertThat(AuditCsv.cell(42L)).isEqualTo("42");
        assertThat(AuditCsv.cell(null)).isEmpty();
    }

    @Test
    void separatorsAndQuotesAreQuotedPerRfc4180() {
        assertThat(AuditCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(AuditCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AuditCsv.cell("line1\nline2")).isEqualTo("\"line1\nline2\"");
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreDefused() {
        assertThat(AuditCsv.cell("=HYPERLINK(\"http://evil\")")).startsWith("\"'=HYPERLINK");
        assertThat(AuditCsv.cell("+1")).isEqualTo("'+1");
        assertThat(AuditCsv.cell("-2+3+cmd|' /C calc'!A0")).startsWith("'-2");
        assertThat(AuditCsv.cell("-2")).as("a plain negative number is data, not a formula").isEqualTo("-2");
        assertThat(AuditCsv.cell("-0.5")).isEqualTo("-0.5");
        assertThat(AuditCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void longAuditValuesAreCutVisiblyNotSilently() {
        String cut = AuditWriter.cut("x".repeat(600), 500);
        assertThat(cut).hasSize(500).endsWith("…[cut]");
        assertThat(AuditWriter.cut("short", 500)).isEqualTo("short");
        assertThat(AuditWriter.cut(null, 500)).isNull();
    }
}
