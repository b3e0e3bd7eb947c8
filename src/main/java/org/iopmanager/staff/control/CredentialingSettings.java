package org.iopmanager.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Credentialing limits from MicroProfile Config (defaults in {@code META-INF/microprofile-config.properties}). */
@ApplicationScoped
public class CredentialingSettings {

    @Inject
    @ConfigProperty(name = "iop.credentialing.verification-max-age-days", defaultValue = "120")
    int verificationMaxAgeDays;

    @Inject
    @ConfigProperty(name = "iop.credentialing.expiring-horizon-days", defaultValue = "90")
    int expiringHorizonDays;

    @Inject
    @ConfigProperty(name = "iop.credentialing.recredential-months", defaultValue = "36")
    int recredentialMonths;

    @Inject
    @ConfigProperty(name = "iop.credentialing.recredential-window-days", defaultValue = "150")
    int recredentialWindowDays;

    @Inject
    @ConfigProperty(name = "iop.credentialing.monitoring-interval-days", defaultValue = "31")
    int monitoringIntervalDays;

    @Inject
    @ConfigProperty(name = "iop.credentialing.notify-within-days", defaultValue = "30")
    int notifyWithinDays;

    @Produces
    public CredentialStatusRule statusRule() {
        return new CredentialStatusRule(verificationMaxAgeDays, expiringHorizonDays);
    }

    @Produces
    public CredentialingCycle cycle() {
        return new CredentialingCycle(recredentialMonths, recredentialWindowDays, monitoringIntervalDays, notifyWithinDays);
    }
}
