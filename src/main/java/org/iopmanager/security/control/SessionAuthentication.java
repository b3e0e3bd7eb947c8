package org.iopmanager.security.control;

import java.io.Serializable;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Form sign-in through our own page ({@code /login.xhtml}), or OpenID Connect sign-in with the hospital's account
 * ({@link OidcCallback}, {@link OpenIdConnect}), remembered in the HTTP session. An unauthenticated
 * request for a protected page is sent to that page, and the page it asked for (a GET) is remembered so that
 * sign-in can continue there.
 * <p>
 * Written out instead of {@code @CustomFormAuthenticationMechanismDefinition} because that mechanism's
 * session (Soteria's {@code @AutoApplySession}) hands the caller's groups to Payara through a thread-bound
 * "additional principal" that is sometimes missing under load (payara/Payara#6145): a signed-in user then
 * got 403 on pages they may see. Here every request names the caller and their groups explicitly.
 * Jakarta Security allows one mechanism per application, so OpenID Connect runs inside this one instead of
 * {@code @OpenIdAuthenticationMechanismDefinition}.
 */
@ApplicationScoped
public class SessionAuthentication implements HttpAuthenticationMechanism {

    static final String CALLER = SessionAuthentication.class.getName() + ".caller";
    /** The page a signed-out user asked for, as a path of this application with its query. */
    public static final String CONTINUE = SessionAuthentication.class.getName() + ".continue";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    OpenIdConnect openIdConnect;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof OidcCallback) {
            return openIdConnect.complete(request).map(caller -> signedIn(request, context, caller))
                    .orElse(AuthenticationStatus.SEND_FAILURE);
        }
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            return signedIn(request, context, new Caller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        }
        HttpSession session = request.getSession(false);
        Object remembered = session == null ? null : session.getAttribute(CALLER);
        if (remembered instanceof Caller caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            request.getSession(true).setAttribute(CONTINUE, request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        return context.redirect(request.getContextPath() + "/login.xhtml");
    }

    private static AuthenticationStatus signedIn(HttpServletRequest request, HttpMessageContext context, Caller caller) {
        request.getSession(true).setAttribute(CALLER, caller);
        return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }

    /** Who signed in on this session and their groups (the role). */
    record Caller(String name, Set<String> groups) implements Serializable {
    }
}
