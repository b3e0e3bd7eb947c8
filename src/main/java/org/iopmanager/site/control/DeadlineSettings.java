package org.iopmanager.site.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The bodies' deadlines from MicroProfile Config (defaults in {@code META-INF/microprofile-config.properties}). */
@ApplicationScoped
public class DeadlineSettings {

    @Inject
    @ConfigProperty(name = "iop.deadline.tjc.esc-days", defaultValue = "60")
    int tjcEscDays;

    @Inject
    @ConfigProperty(name = "iop.deadline.carf.qip-days", defaultValue = "90")
    int carfQipDays;

    @Inject
    @ConfigProperty(name = "iop.deadline.default-days", defaultValue = "60")
    int defaultDays;

    @Produces
    public Deadlines deadlines() {
        return new Deadlines(tjcEscDays, carfQipDays, defaultDays);
    }
}
