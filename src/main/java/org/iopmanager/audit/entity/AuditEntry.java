package org.iopmanager.audit.entity;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.ReadOnly;

/**
 * One line of the append-only audit trail, as read back. Rows are written by
 * {@link org.iopmanager.audit.control.AuditWriter} inside the transaction of the change they describe and
 * never changed afterwards: the entity is read-only for EclipseLink, and on PostgreSQL a trigger refuses
 * update, delete and truncate. Hence no {@code @Version}: nothing edits it.
 */
@Entity
@ReadOnly
@Table(name = "audit_event")
public class AuditEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String actor;

    @Column(name = "actor_role")
    private String actorRole;

    private String address;

    @Column(name = "site_id")
    private Long siteId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditAction action;

    @Column(name = "entity_type")
    private String entityType;

    @Column(name = "entity_id")
    private String entityId;

    private String summary;

    private String detail;

    private String reason;

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getActorRole() {
        return actorRole;
    }

    public String getAddress() {
        return address;
    }

    public Long getSiteId() {
        return siteId;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getSummary() {
        return summary;
    }

    public String getDetail() {
        return detail;
    }

    public String getReason() {
        return reason;
    }
}
