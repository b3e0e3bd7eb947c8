package org.iopmanager.security.control;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

import org.iopmanager.security.entity.Role;

/**
 * Form sign-in through our own page ({@code /login.xhtml}); an unauthenticated request for any other page
 * is redirected there and continues where it was going after sign-in.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CREDENTIALING_NAME, Role.CLINICIAN_NAME, Role.AUDITOR_NAME})
@ApplicationScoped
public class SecurityConfiguration {
}
