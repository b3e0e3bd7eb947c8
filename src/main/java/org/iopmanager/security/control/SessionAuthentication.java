package org.iopmanager.security.control;

import java.io.Serializable;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Form sign-in through our own page ({@code /login.xhtml}), remembered in the HTTP session. An unauthenticated
 * request for any other page goes to that page ({@link LoginToContinue}).
 * <p>
 * Written out instead of {@code @CustomFormAuthenticationMechanismDefinition} because that mechanism's
 * session (Soteria's {@code @AutoApplySession}) hands the caller's groups to Payara through a thread-bound
 * "additional principal" that is sometimes missing under load (payara/Payara#6145): a signed-in user then
 * gets 403 on a page they may see. Here every request names the caller and their groups explicitly.
 */
@ApplicationScoped
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
public class SessionAuthentication implements HttpAuthenticationMechanism {

    static final String CALLER = SessionAuthentication.class.getName() + ".caller";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return context.responseUnauthorized();
            }
            request.getSession(true).setAttribute(CALLER, new Caller(result.getCallerPrincipal().getName(),
                    Set.copyOf(result.getCallerGroups())));
            return context.notifyContainerAboutLogin(result.getCallerPrincipal().getName(), result.getCallerGroups());
        }
        HttpSession session = request.getSession(false);
        Object remembered = session == null ? null : session.getAttribute(CALLER);
        if (remembered instanceof Caller caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        return context.doNothing();
    }

    /** Who signed in on this session and their groups (the role). */
    record Caller(String name, Set<String> groups) implements Serializable {
    }
}
