package org.iopmanager.demo.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Loads the demo records at start-up, after the schema is migrated, when demo mode is on. */
@Startup
@Singleton
@PermitAll
@DependsOn("Database")
public class DemoStartup {

    @Inject
    @ConfigProperty(name = "iop.demo", defaultValue = "false")
    boolean demo;

    @Inject
    DemoData demoData;

    @PostConstruct
    void load() {
        if (demo) {
            demoData.loadIfEmpty();
        }
    }
}
