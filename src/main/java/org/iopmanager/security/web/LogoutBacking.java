package org.iopmanager.security.web;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.iopmanager.security.boundary.SignIn;

/** Sign-out, by the user or by the idle monitor: the session is destroyed, not just forgotten. */
@Named("logout")
@RequestScoped
public class LogoutBacking {

    @Inject
    SignIn signIn;

    public void submit() throws IOException, ServletException {
        end("loggedOut");
    }

    public void idle() throws IOException, ServletException {
        end("expired");
    }

    private void end(String reason) throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getUserPrincipal() != null) {
            signIn.signedOut(request.getUserPrincipal().getName());
        }
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?" + reason + "=true");
    }
}
