package org.iopmanager.audit.control;

import org.iopmanager.audit.entity.AuditAction;

/** An audit line about to be written; who and from where are added by the writer. */
public record AuditRecord(AuditAction action, String entityType, String entityId, Long siteId,
        String summary, String detail) {

    public static AuditRecord of(AuditAction action, String entityType, Object entityId, Long siteId, String summary) {
        return new AuditRecord(action, entityType, entityId == null ? null : String.valueOf(entityId), siteId, summary, null);
    }
}
