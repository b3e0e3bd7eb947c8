package org.iopmanager.security.boundary;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.iopmanager.security.control.OidcCallback;
import org.iopmanager.security.control.OidcRefusal;
import org.iopmanager.security.control.OpenIdConnect;
import org.iopmanager.security.web.ContinueUrl;

/**
 * Sign-in with the hospital's account (OpenID Connect). {@code /oidc/start} sends the browser to the provider;
 * {@code /oidc/callback} is where the provider sends it back, and hands the answer to the application's one
 * authentication mechanism. The session id is renewed before, as for the sign-in form (session fixation); then the user
 * goes on to the page that asked for sign-in, or home. Any refusal lands on the sign-in page with a message, never an
 * error page.
 */
@WebServlet(urlPatterns = {"/oidc/start", "/oidc/callback"})
public class OidcServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(OidcServlet.class.getName());

    @Inject
    OpenIdConnect openIdConnect;

    @Inject
    SecurityContext securityContext;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (request.getServletPath().endsWith("/start")) {
            start(request, response);
        } else {
            callback(request, response);
        }
    }

    private void start(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            response.sendRedirect(openIdConnect.start(request));
        } catch (OidcRefusal refusal) {
            LOG.log(Level.WARNING, "OpenID Connect sign-in could not start: {0}", refusal.getMessage());
            response.sendRedirect(request.getContextPath() + "/login.xhtml?oidc=" + OpenIdConnect.FAILED);
        }
    }

    private void callback(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.getSession(true);
        request.changeSessionId();
        String continueTo = ContinueUrl.of(request);
        AuthenticationStatus status = securityContext.authenticate(request, response,
                withParams().credential(new OidcCallback()).newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            response.sendRedirect(continueTo != null ? continueTo : request.getContextPath() + "/index.xhtml");
        } else if (!response.isCommitted()) {
            Object outcome = request.getAttribute(OpenIdConnect.OUTCOME);
            response.sendRedirect(request.getContextPath() + "/login.xhtml?oidc="
                    + (OpenIdConnect.REFUSED.equals(outcome) ? OpenIdConnect.REFUSED : OpenIdConnect.FAILED));
        }
    }
}
