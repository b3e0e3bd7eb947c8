package org.iopmanager.document.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.iopmanager.document.entity.DocumentType;
import org.iopmanager.platform.control.RuleViolation;

class ContentSnifferTest {

    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};

    @Test
    void pdfPngAndJpegAreKnownByTheirFirstBytes() {
        assertThat(ContentSniffer.sniff(PDF)).contains(DocumentType.PDF);
        assertThat(ContentSniffer.sniff(PNG)).contains(DocumentType.PNG);
        assertThat(ContentSniffer.sniff(JPEG)).contains(DocumentType.JPEG);
        assertThat(ContentSniffer.require(PDF).mediaType()).isEqualTo("application/pdf");
        assertThat(ContentSniffer.require(PNG).mediaType()).isEqualTo("image/png");
        assertThat(ContentSniffer.require(JPEG).mediaType()).isEqualTo("image/jpeg");
    }

    @Test
    void aPdfRenamedPngIsStillAPdfBecauseTheNameIsNeverAsked() {
        String name = "scan.png";
        assertThat(ContentSniffer.sniff(PDF)).as(name).contains(DocumentType.PDF);
        assertThat(FileNames.forDownload(name, ContentSniffer.require(PDF))).isEqualTo("scan.png.pdf");
    }

    @Test
    void webPagesExecutablesAndArchivesAreRefusedWhateverTheyAreCalled() {
        assertRefused("<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertRefused("<html><body>%PDF-1.7</body></html>".getBytes(StandardCharsets.UTF_8));
        assertRefused("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"
                .getBytes(StandardCharsets.UTF_8));
        assertRefused(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});
        assertRefused(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0});
        assertRefused(new byte[] {'P', 'K', 3, 4, 0x14, 0, 6, 0});
        assertRefused(" %PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        assertRefused("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertRefused(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertRefused(new byte[] {(byte) 0xFF, (byte) 0xD8});
    }

    @Test
    void anEmptyFileHasItsOwnMessage() {
        assertThat(ContentSniffer.sniff(new byte[0])).isEmpty();
        assertThatThrownBy(() -> ContentSniffer.require(new byte[0])).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.getField()).isEqualTo("file");
            assertThat(v.getMessageKey()).isEqualTo("document.file.empty");
        });
    }

    private static void assertRefused(byte[] content) {
        assertThat(ContentSniffer.sniff(content)).isEmpty();
        assertThatThrownBy(() -> ContentSniffer.require(content)).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.getField()).isEqualTo("file");
            assertThat(v.getMessageKey()).isEqualTo("document.file.unsupported");
        });
    }
}
