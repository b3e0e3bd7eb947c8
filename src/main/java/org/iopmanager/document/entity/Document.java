package org.iopmanager.document.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.platform.entity.SiteOwned;

/**
 * A file of evidence attached to a record of another feature (an accreditation record, a survey finding, a
 * plan of correction, a credential), named by owner type and id. Only metadata: the bytes are in
 * {@link DocumentContent}, read on download alone, so lists of documents stay cheap.
 * <p>
 * The site is kept as an id, not a relation: sites and staff will attach documents, so this shared piece must
 * not depend on them. The type is what the content turned out to be; the original name is kept, made safe,
 * for display only. The SHA-256 lets anyone check later that the stored file is the one that was uploaded.
 */
@Entity
@Table(name = "document")
public class Document extends BaseEntity implements SiteOwned {

    private static final long serialVersionUID = 1L;

    public static final int OWNER_TYPE_MAX = 60;
    public static final int NAME_MAX = 255;
    public static final int CONTENT_TYPE_MAX = 100;
    public static final int UPLOADED_BY_MAX = 60;

    @NotNull
    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @NotBlank(message = "{document.ownerType.required}")
    @Size(max = OWNER_TYPE_MAX, message = "{document.ownerType.size}")
    @Pattern(regexp = "[A-Za-z][A-Za-z0-9_]*", message = "{document.ownerType.pattern}")
    @Column(name = "owner_type", nullable = false, updatable = false, length = OWNER_TYPE_MAX)
    private String ownerType;

    @NotNull(message = "{document.ownerId.required}")
    @Column(name = "owner_id", nullable = false, updatable = false)
    private Long ownerId;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "original_name", nullable = false, length = NAME_MAX)
    private String originalName;

    @NotBlank
    @Size(max = CONTENT_TYPE_MAX)
    @Column(name = "content_type", nullable = false, updatable = false, length = CONTENT_TYPE_MAX)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @NotNull
    @Pattern(regexp = "[0-9a-f]{64}")
    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @NotBlank
    @Size(max = UPLOADED_BY_MAX)
    @Column(name = "uploaded_by", nullable = false, updatable = false, length = UPLOADED_BY_MAX)
    private String uploadedBy;

    @NotNull
    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected Document() {
    }

    public Document(Long siteId, String ownerType, Long ownerId, String originalName, DocumentType type, long sizeBytes,
            String sha256, String uploadedBy, Instant uploadedAt) {
        this.siteId = siteId;
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        this.originalName = originalName;
        this.contentType = type.mediaType();
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    @Override
    public Long owningSiteId() {
        return siteId;
    }

    /** What the content is; a stored type the app no longer knows would be a broken row, not a user error. */
    public DocumentType type() {
        return DocumentType.ofMediaType(contentType)
                .orElseThrow(() -> new IllegalStateException("Document " + getId() + " has unknown type " + contentType));
    }

    public Long getSiteId() {
        return siteId;
    }

    public String getOwnerType() {
        return ownerType;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
