package org.iopmanager.security.control;

import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Runs {@link FirstAdministrator} after the schema is migrated, when a bootstrap password is configured. */
@Startup
@Singleton
@PermitAll
@DependsOn("Database")
public class FirstAdministratorStartup {

    @Inject
    @ConfigProperty(name = "iop.bootstrap.admin.username", defaultValue = "admin")
    String username;

    @Inject
    @ConfigProperty(name = "iop.bootstrap.admin.password")
    Optional<String> password;

    @Inject
    FirstAdministrator firstAdministrator;

    @PostConstruct
    void bootstrap() {
        password.filter(p -> !p.isBlank()).ifPresent(p -> firstAdministrator.createIfNone(username, p));
    }
}
