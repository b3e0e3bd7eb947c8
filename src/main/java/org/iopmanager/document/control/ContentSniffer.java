package org.iopmanager.document.control;

import java.util.Optional;

import org.iopmanager.document.entity.DocumentType;
import org.iopmanager.platform.control.RuleViolation;

/**
 * Decides what a file is from its first bytes (its signature), never from its name or the content type the
 * browser claims: an HTML or SVG page renamed {@code .pdf} would otherwise be served back as something a
 * browser may run. Only PDF, PNG and JPEG are kept; everything else, executables and ZIP-based Office files
 * included, is refused.
 */
public final class ContentSniffer {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private ContentSniffer() {
    }

    public static Optional<DocumentType> sniff(byte[] content) {
        if (startsWith(content, PDF)) {
            return Optional.of(DocumentType.PDF);
        }
        if (startsWith(content, PNG)) {
            return Optional.of(DocumentType.PNG);
        }
        if (startsWith(content, JPEG)) {
            return Optional.of(DocumentType.JPEG);
        }
        return Optional.empty();
    }

    /** The type of an upload, or the refusal the user sees next to the file field. */
    public static DocumentType require(byte[] content) {
        if (content == null || content.length == 0) {
            throw RuleViolation.onField("file", "document.file.empty");
        }
        return sniff(content).orElseThrow(() -> RuleViolation.onField("file", "document.file.unsupported"));
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        if (content == null || content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
