package org.iopmanager.security.control;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

import org.iopmanager.security.entity.Role;

/**
 * The application's roles. Sign-in itself is {@link SessionAuthentication}.
 */
@DeclareRoles({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CREDENTIALING_NAME, Role.CLINICIAN_NAME, Role.AUDITOR_NAME})
@ApplicationScoped
public class SecurityConfiguration {
}
