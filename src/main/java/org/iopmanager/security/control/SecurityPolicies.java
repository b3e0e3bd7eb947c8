package org.iopmanager.security.control;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The password and lockout rules, built once from configuration (final classes: no proxy, so {@code @Singleton}). */
@ApplicationScoped
public class SecurityPolicies {

    @Inject
    @ConfigProperty(name = "iop.password.iterations", defaultValue = "600000")
    int iterations;

    @Inject
    @ConfigProperty(name = "iop.password.min-length", defaultValue = "12")
    int minLength;

    @Inject
    @ConfigProperty(name = "iop.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "iop.login.lock-minutes", defaultValue = "15")
    int lockMinutes;

    @Produces
    @jakarta.inject.Singleton
    PasswordHasher passwordHasher() {
        return new PasswordHasher(iterations);
    }

    @Produces
    @jakarta.inject.Singleton
    PasswordPolicy passwordPolicy() {
        return new PasswordPolicy(minLength);
    }

    @Produces
    @jakarta.inject.Singleton
    LockoutPolicy lockoutPolicy() {
        return new LockoutPolicy(maxFailures, Duration.ofMinutes(lockMinutes));
    }
}
