package org.iopmanager.security.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.iopmanager.audit.boundary.AuditLog;
import org.iopmanager.platform.control.NotFound;
import org.iopmanager.platform.entity.SiteOwned;

/**
 * The shared site-scope check every service calls on every load by id. A record of a site the caller may
 * not see answers {@link NotFound}, exactly like a missing one, and the attempt is audited in a
 * transaction of its own so that it survives the caller's rollback.
 */
@RequestScoped
public class SiteScope {

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog auditLog;

    public Scope current() {
        return currentUser.scope();
    }

    public <T extends SiteOwned> T check(T record, Object id) {
        if (record == null) {
            throw new NotFound("record", id);
        }
        if (!current().allows(record.owningSiteId())) {
            auditLog.recordDenied(record.getClass().getSimpleName(), String.valueOf(id), record.owningSiteId());
            throw new NotFound(record.getClass().getSimpleName(), id);
        }
        return record;
    }

    public void checkSite(Long siteId) {
        if (!current().allows(siteId)) {
            auditLog.recordDenied("Site", String.valueOf(siteId), siteId);
            throw new NotFound("Site", siteId);
        }
    }
}
