package org.iopmanager.security.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.iopmanager.platform.web.Messages;
import org.iopmanager.security.boundary.SignIn;
import org.iopmanager.security.control.LockoutPolicy;
import org.iopmanager.security.control.OidcSettings;

/**
 * The sign-in form. The session id is renewed as the credentials arrive, so a session id planted before
 * sign-in never becomes an authenticated one (session fixation). When a protected page asked for sign-in,
 * the user goes on to that page afterwards ({@link ContinueUrl}).
 */
@Named("login")
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    SignIn signIn;

    @Inject
    LockoutPolicy lockout;

    @Inject
    Messages messages;

    @Inject
    OidcSettings oidc;

    private String username;
    private String password;

    public void submit() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        request.getSession(true);
        request.changeSessionId();
        String continueTo = ContinueUrl.of(request);
        AuthenticationStatus status = securityContext.authenticate(request, response, withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password == null ? "" : password)))
                .newAuthentication(true));
        password = null;
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(continueTo != null ? continueTo : external.getRequestContextPath() + "/index.xhtml");
            default -> refused();
        }
    }

    private void refused() {
        if (signIn.isLocked(username)) {
            messages.error(null, "login.locked", lockout.getLockDuration().toMinutes());
        } else {
            messages.error(null, "login.failed");
        }
    }

    /** Whether the page offers sign-in with the hospital's account (OpenID Connect is configured). */
    public boolean isOpenIdConnect() {
        return oidc.enabled();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
