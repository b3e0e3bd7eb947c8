package org.iopmanager.audit.control;

import java.security.Principal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;

import org.iopmanager.security.entity.Role;

/**
 * Who is acting and from where, for the audit trail. Reads only the security context and the request,
 * never the database, because it is asked in the middle of a flush.
 */
@RequestScoped
public class AuditContext {

    public static final String SYSTEM = "system";
    public static final String ANONYMOUS = "anonymous";

    @Inject
    SecurityContext securityContext;

    @Inject
    HttpServletRequest request;

    private String actorOverride;
    private String reason;

    /** For sign-in events, where the caller is not yet (or never) authenticated. */
    public void actAs(String username) {
        this.actorOverride = username;
    }

    /**
     * Why the changes of this request are made (NCQA credentialing information integrity): every audit line
     * written after this call, in this request, carries the reason.
     */
    public void because(String reason) {
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public String reason() {
        return reason;
    }

    public String actor() {
        if (actorOverride != null) {
            return actorOverride;
        }
        Principal principal;
        try {
            principal = securityContext.getCallerPrincipal();
        } catch (IllegalStateException e) {
            // a start-up job writing from a singleton's @PostConstruct, where the container allows no caller question
            return SYSTEM;
        }
        if (principal != null) {
            return principal.getName();
        }
        return address() == null ? SYSTEM : ANONYMOUS;
    }

    public String role() {
        try {
            for (Role role : Role.values()) {
                if (securityContext.isCallerInRole(role.name())) {
                    return role.name();
                }
            }
        } catch (IllegalStateException e) {
            // no caller to ask at start-up (see actor())
        }
        return null;
    }

    public String address() {
        try {
            return request.getRemoteAddr();
        } catch (RuntimeException noHttpRequest) {
            return null;
        }
    }
}
