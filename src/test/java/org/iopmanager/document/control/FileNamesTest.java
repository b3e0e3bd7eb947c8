package org.iopmanager.document.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.iopmanager.document.entity.DocumentType;

class FileNamesTest {

    @Test
    void anOrdinaryNameStaysAsTheUserGaveIt() {
        assertThat(FileNames.safe("Joint Commission survey 2026.pdf")).isEqualTo("Joint Commission survey 2026.pdf");
        assertThat(FileNames.safe("Zertifikat Zürich – Müller.pdf")).isEqualTo("Zertifikat Zürich – Müller.pdf");
    }

    @Test
    void pathsAreStrippedWhicheverSeparatorTheyUse() {
        assertThat(FileNames.safe("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.safe("C:\\x\\y.pdf")).isEqualTo("y.pdf");
        assertThat(FileNames.safe("/var/tmp/../report.pdf")).isEqualTo("report.pdf");
        assertThat(FileNames.safe("a\\b/c\\d.png")).isEqualTo("d.png");
        assertThat(FileNames.safe("folder/")).isEqualTo(FileNames.FALLBACK);
    }

    @Test
    void controlCharactersAndNulAreRemoved() {
        assertThat(FileNames.safe("report.pdf\u0000.exe")).isEqualTo("report.pdf.exe");
        assertThat(FileNames.safe("line\r\nbreak\t.pdf")).isEqualTo("linebreak.pdf");
        assertThat(FileNames.safe("bell\u0007\u007F\u0085.pdf")).isEqualTo("bell.pdf");
    }

    @Test
    void directionOverridesAndIsolatesCannotDisguiseTheName() {
        assertThat(FileNames.safe("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
        assertThat(FileNames.safe("\u202A\u202B\u202C\u202D\u202Ea\u2066\u2067\u2068\u2069b.pdf")).isEqualTo("ab.pdf");
    }

    @Test
    void zeroWidthCharactersAreRemoved() {
        assertThat(FileNames.safe("re\u200Bpo\u200Crt\u200D\u2060\uFEFF.pdf")).isEqualTo("report.pdf");
    }

    @Test
    void leadingAndTrailingDotsAndSpacesGo() {
        assertThat(FileNames.safe("  .hidden.pdf. . ")).isEqualTo("hidden.pdf");
        assertThat(FileNames.safe("\u00A0report.pdf\u3000")).isEqualTo("report.pdf");
    }

    @Test
    void nothingLeftMeansTheFallbackName() {
        assertThat(FileNames.safe("...")).isEqualTo("document");
        assertThat(FileNames.safe(". . .")).isEqualTo("document");
        assertThat(FileNames.safe("..")).isEqualTo("document");
        assertThat(FileNames.safe("")).isEqualTo("document");
        assertThat(FileNames.safe(null)).isEqualTo("document");
        assertThat(FileNames.safe("\u202E\u200B\u0000")).isEqualTo("document");
    }

    @Test
    void longNamesAreCutTo255CharactersWithoutSplittingACharacter() {
        assertThat(FileNames.safe("a".repeat(300) + ".pdf")).hasSize(255).isEqualTo("a".repeat(255));
        String emoji = "\uD83D\uDCC4";
        String cut = FileNames.safe("a".repeat(254) + emoji + "b");
        assertThat(cut).isEqualTo("a".repeat(254));
        assertThat(FileNames.safe("a".repeat(254) + ".pdf")).as("no trailing dot after the cut").isEqualTo("a".repeat(254));
    }

    @Test
    void theDownloadGetsTheExtensionOfTheRealType() {
        assertThat(FileNames.forDownload("report.pdf", DocumentType.PDF)).isEqualTo("report.pdf");
        assertThat(FileNames.forDownload("REPORT.PDF", DocumentType.PDF)).isEqualTo("REPORT.PDF");
        assertThat(FileNames.forDownload("photo.jpeg", DocumentType.JPEG)).isEqualTo("photo.jpeg");
        assertThat(FileNames.forDownload("photo", DocumentType.JPEG)).isEqualTo("photo.jpg");
        assertThat(FileNames.forDownload("page.html", DocumentType.PNG)).isEqualTo("page.html.png");
        assertThat(FileNames.forDownload("a".repeat(255), DocumentType.PDF)).hasSize(255).endsWith("a.pdf");
        assertThat(FileNames.forDownload("...", DocumentType.PNG)).isEqualTo("document.png");
    }
}
