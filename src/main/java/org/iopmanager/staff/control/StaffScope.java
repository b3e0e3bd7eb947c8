package org.iopmanager.staff.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.iopmanager.audit.boundary.AuditLog;
import org.iopmanager.platform.control.NotFound;
import org.iopmanager.security.control.Scope;
import org.iopmanager.security.control.SiteScope;
import org.iopmanager.security.entity.Role;
import org.iopmanager.staff.entity.StaffMember;

/**
 * Who may see a staff member's file: provider-wide roles see everyone; a site administrator sees those who
 * work at one of their sites. Anything else answers {@link NotFound}, like a missing id, and is audited.
 * Staff work at several sites, so the one-site check of {@link SiteScope} does not fit them.
 */
@RequestScoped
public class StaffScope {

    @Inject
    SiteScope siteScope;

    @Inject
    AuditLog auditLog;

    public Scope current() {
        return siteScope.current();
    }

    public StaffMember check(StaffMember staff, Object id) {
        if (staff == null) {
            throw new NotFound("StaffMember", id);
        }
        if (!allows(staff)) {
            auditLog.recordDenied("StaffMember", String.valueOf(id), staff.getHomeSite().getId());
            throw new NotFound("StaffMember", id);
        }
        return staff;
    }

    public boolean allows(StaffMember staff) {
        Scope scope = current();
        if (scope.coversAllSites()) {
            return true;
        }
        return scope.role() == Role.SITE_ADMIN && staff.getSites().stream().anyMatch(site -> scope.allows(site.getId()));
    }
}
