package org.iopmanager.audit.control;

import java.security.Principal;
import java.util.Objects;

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
    private boolean roleKnown;
    private String roleOf;
    private String role;

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

    /**
     * The caller's role, asked of the container once per caller and request: up to five role checks for each audit line
     * were a third of the processor time of a screening of 6,000 staff (12,000 lines; benchmark, issue 7). Asked again
     * when the caller changes within the request (the sign-in).
     */
    public String role() {
        Principal caller;
        try {
            caller = securityContext.getCallerPrincipal();
        } catch (IllegalStateException e) {
            return null; // no caller to ask at start-up (see actor())
        }
        String name = caller == null ? null : caller.getName();
        if (roleKnown && Objects.equals(name, roleOf)) {
            return role;
        }
        String found = null;
        try {
            for (Role candidate : Role.values()) {
                if (securityContext.isCallerInRole(candidate.name())) {
                    found = candidate.name();
                    break;
                }
            }
        } catch (IllegalStateException e) {
            // no caller to ask at start-up (see actor())
        }
        role = found;
        roleOf = name;
        roleKnown = true;
        return found;
    }

    public String address() {
        try {
            return request.getRemoteAddr();
        } catch (RuntimeException noHttpRequest) {
            return null;
        }
    }
}
