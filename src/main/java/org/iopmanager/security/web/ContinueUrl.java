package org.iopmanager.security.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.iopmanager.security.control.SessionAuthentication;

/**
 * Where to go after sign-in when a protected page sent the user to sign in: the page they asked for, as
 * {@link SessionAuthentication} remembered it. Only a path of this application is accepted, never another
 * host (no open redirect), and never the API or the sign-in page itself.
 */
public final class ContinueUrl {

    private ContinueUrl() {
    }

    public static String of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object saved = session == null ? null : session.getAttribute(SessionAuthentication.CONTINUE);
        if (session != null) {
            session.removeAttribute(SessionAuthentication.CONTINUE);
        }
        if (saved == null) {
            return null;
        }
        try {
            URI uri = URI.create(String.valueOf(saved));
            String path = uri.getRawPath();
            String context = request.getContextPath();
            if (uri.getScheme() != null || uri.getRawAuthority() != null || path == null || !path.startsWith(context + "/")
                    || path.contains("/login.xhtml") || path.contains("/api/") || path.contains("..")) {
                return null;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
