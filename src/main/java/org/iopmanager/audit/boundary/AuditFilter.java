package org.iopmanager.audit.boundary;

import java.io.Serializable;
import java.time.LocalDate;

import org.iopmanager.audit.entity.AuditAction;

/** What the audit browser narrows to; blank parts match everything. Dates are UTC days, inclusive. */
public class AuditFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String actor;
    private AuditAction action;
    private String entityType;
    private String entityId;
    private Long siteId;
    private LocalDate from;
    private LocalDate to;

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = blankToNull(actor);
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = blankToNull(entityType);
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = blankToNull(entityId);
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
