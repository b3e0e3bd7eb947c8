package org.iopmanager.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Idle timeout figures the layout's idle monitor needs: warn, then sign out just before the server would. */
@Named
@ApplicationScoped
public class SessionSettings {

    private static final int MARGIN_SECONDS = 5;

    @Inject
    @ConfigProperty(name = "iop.session.timeout.minutes", defaultValue = "15")
    int minutes;

    @Inject
    @ConfigProperty(name = "iop.session.warning.seconds", defaultValue = "120")
    int warningSeconds;

    public long getWarnAfterMillis() {
        return Math.max(1, minutes * 60L - warningSeconds) * 1000;
    }

    public long getSignOutAfterMillis() {
        return Math.max(1, minutes * 60L - MARGIN_SECONDS) * 1000;
    }

    public int getWarningSeconds() {
        return warningSeconds;
    }
}
