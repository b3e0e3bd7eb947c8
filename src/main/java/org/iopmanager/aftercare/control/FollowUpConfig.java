package org.iopmanager.aftercare.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads the {@code iop.aftercare.*} settings once (defaults in microprofile-config.properties). */
@ApplicationScoped
public class FollowUpConfig {

    @Inject
    @ConfigProperty(name = "iop.aftercare.follow-up-days", defaultValue = "7,30")
    String days;

    @Inject
    @ConfigProperty(name = "iop.aftercare.tolerance-days", defaultValue = "3")
    int toleranceDays;

    @Inject
    @ConfigProperty(name = "iop.aftercare.lost-after-attempts", defaultValue = "3")
    int lostAfterAttempts;

    @Inject
    @ConfigProperty(name = "iop.aftercare.notice-days", defaultValue = "7")
    int noticeDays;

    private FollowUpSettings settings;

    @Produces
    public FollowUpSettings settings() {
        if (settings == null) {
            settings = new FollowUpSettings(FollowUpSettings.parseDays(days), toleranceDays, lostAfterAttempts, noticeDays);
        }
        return settings;
    }
}
