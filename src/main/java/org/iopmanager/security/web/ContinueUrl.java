package org.iopmanager.security.web;

import java.lang.reflect.Method;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Where to go after sign-in when a protected page sent the user to sign in: the page they asked for. Read
 * from the request Soteria (Jakarta Security on Payara) saved, before sign-in clears it; we redirect there
 * ourselves because Soteria's own continuation loses the caller's roles for EJB calls on that first request.
 * Only a path of this application is accepted, never another host (no open redirect).
 */
final class ContinueUrl {

    private static final String SAVED_REQUEST = "org.glassfish.soteria.original.request";

    private ContinueUrl() {
    }

    static String of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object saved = session == null ? null : session.getAttribute(SAVED_REQUEST);
        if (saved == null) {
            return null;
        }
        try {
            Method method = saved.getClass().getMethod("getFullRequestURL");
            URI uri = URI.create(String.valueOf(method.invoke(saved)));
            String path = uri.getRawPath();
            String context = request.getContextPath();
            if (path == null || !path.startsWith(context + "/") || path.contains("/login.xhtml") || path.contains("/api/")) {
                return null;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            return null;
        }
    }
}
