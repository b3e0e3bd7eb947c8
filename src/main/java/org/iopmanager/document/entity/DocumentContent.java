package org.iopmanager.document.entity;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.iopmanager.platform.entity.AuditIgnored;
import org.iopmanager.platform.entity.Redacted;

/**
 * The bytes of one {@link Document}, in a table of their own and loaded only for a download. Written once
 * with its document and never changed, hence no {@code @Version}. Left out of the change audit: the
 * document's own CREATE line already names its size and SHA-256, and file bytes never go into the trail
 * ({@code @Redacted} as well, should the class ever be audited).
 */
@Entity
@AuditIgnored
@Table(name = "document_content")
public class DocumentContent implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Redacted
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    protected DocumentContent() {
    }

    /** For a document that has its id already (persisted). */
    public DocumentContent(Document document, byte[] content) {
        if (document.getId() == null) {
            throw new IllegalStateException("Persist the document before its content");
        }
        this.documentId = document.getId();
        this.content = content;
    }

    public Long getDocumentId() {
        return documentId;
    }

    /** The stored bytes, not copied: they can be many megabytes and are only ever streamed out. */
    public byte[] bytes() {
        return content;
    }
}
