package org.iopmanager.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import org.iopmanager.security.entity.Role;

/**
 * What the menu offers the signed-in role. Only what to show: each page and service checks access itself.
 */
@Named("menu")
@RequestScoped
public class MenuBacking {

    @Inject
    SecurityContext securityContext;

    public boolean isUsers() {
        return in(Role.ADMIN);
    }

    public boolean isAudit() {
        return in(Role.ADMIN) || in(Role.AUDITOR);
    }

    public boolean isSites() {
        return securityContext.getCallerPrincipal() != null;
    }

    public String getUsername() {
        return securityContext.getCallerPrincipal() == null ? null : securityContext.getCallerPrincipal().getName();
    }

    public Role getRole() {
        for (Role role : Role.values()) {
            if (in(role)) {
                return role;
            }
        }
        return null;
    }

    private boolean in(Role role) {
        return securityContext.isCallerInRole(role.name());
    }
}
