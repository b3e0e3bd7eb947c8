package org.iopmanager.staff.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.iopmanager.platform.entity.BaseEntity;

/**
 * One imported version of an exclusion list file. A re-import adds a version and makes it the current one;
 * older versions are kept, because every screening must still show which list it was checked against. The
 * SHA-256 identifies the exact file.
 */
@Entity
@Table(name = "exclusion_list")
public class ExclusionList extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int FILE_NAME_MAX = 255;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private ExclusionSource source;

    @Column(name = "file_name", nullable = false, updatable = false, length = FILE_NAME_MAX)
    private String fileName;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, updatable = false, length = 60)
    private String importedBy;

    @Column(name = "row_count", nullable = false)
    private int rowCount;

    @Column(name = "error_count", nullable = false)
    private int errorCount;

    @Column(name = "is_current", nullable = false)
    private boolean current;

    protected ExclusionList() {
    }

    public ExclusionList(ExclusionSource source, String fileName, String sha256, Instant importedAt, String importedBy) {
        this.source = source;
        this.fileName = fileName;
        this.sha256 = sha256;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
    }

    /** Called once the rows are in: the counts, and this version takes over from the previous one. */
    public void complete(int rows, int errors) {
        this.rowCount = rows;
        this.errorCount = errors;
        this.current = true;
    }

    public void retire() {
        this.current = false;
    }

    public ExclusionSource getSource() {
        return source;
    }

    public String getFileName() {
        return fileName;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public int getRowCount() {
        return rowCount;
    }

    public int getErrorCount() {
        return errorCount;
    }

    public boolean isCurrent() {
        return current;
    }
}
