package org.iopmanager.document.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file the app keeps, as found in the file's first bytes. The media type sent on download and
 * the download's extension come from here, never from the name or the browser's claim, so a stored file is
 * always served as what it really is.
 */
public enum DocumentType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg");

    private final String mediaType;
    private final List<String> extensions;

    DocumentType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /** The extension a download gets. */
    public String extension() {
        return extensions.get(0);
    }

    /** Whether {@code fileName} already ends with an extension of this type (any case). */
    public boolean hasExtension(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(ext -> lower.endsWith("." + ext));
    }

    public static Optional<DocumentType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
    }
}
