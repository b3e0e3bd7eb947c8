package org.iopmanager.document.boundary;

import org.iopmanager.document.control.FileNames;
import org.iopmanager.document.entity.Document;

/** A document with its bytes, as handed out for one download (already scope-checked and audited). */
public record Download(Document document, byte[] content) {

    /** The name to save under: the safe original name with the extension of what the file really is. */
    public String fileName() {
        return FileNames.forDownload(document.getOriginalName(), document.type());
    }
}
