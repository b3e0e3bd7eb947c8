package org.iopmanager.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Idle sessions end after {@code iop.session.timeout.minutes} (HIPAA automatic logoff; default 15). */
@WebListener
public class SessionTimeout implements HttpSessionListener {

    @Inject
    @ConfigProperty(name = "iop.session.timeout.minutes", defaultValue = "15")
    int minutes;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(minutes * 60);
    }
}
