package org.iopmanager.participant.control;

import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.iopmanager.audit.boundary.AuditLog;
import org.iopmanager.audit.entity.AuditAction;

/**
 * Audits a view of a participant's record once per request: a record page reads the participant, family, episodes,
 * assessments, measures and flags through several service calls, and the trail should say once that the record was
 * opened, not six times. A new request (a reload, an Ajax update, an API call) is a new view.
 */
@RequestScoped
public class ViewAudit {

    @Inject
    AuditLog auditLog;

    private final Set<String> viewed = new HashSet<>();

    public void viewed(String entityType, Long id, Long siteId, String summary) {
        if (viewed.add(entityType + "#" + id)) {
            auditLog.record(AuditAction.VIEW, entityType, id, siteId, summary);
        }
    }
}
