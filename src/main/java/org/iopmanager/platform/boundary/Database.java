package org.iopmanager.platform.boundary;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.flywaydb.core.Flyway;

import org.iopmanager.audit.control.AuditWriter;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The application's datasource and its schema.
 * <p>
 * The datasource is defined by the application from MicroProfile Config, so the same WAR runs on the
 * embedded H2 file (the default) or on PostgreSQL when {@code IOP_DB_CLASS}, {@code IOP_DB_URL},
 * {@code IOP_DB_USER} and {@code IOP_DB_PASSWORD} say so. The schema comes only from Flyway migrations,
 * applied here before anything else runs; EclipseLink generates nothing. Migration works outside the JTA
 * transaction because Flyway commits its own steps.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "${MPCONFIG=iop.db.class}",
        url = "${MPCONFIG=iop.db.url}",
        user = "${MPCONFIG=iop.db.user}",
        password = "${MPCONFIG=iop.db.password}",
        minPoolSize = 2,
        maxPoolSize = 20,
        // a database that does not answer a new connection within 5 s is down: say so rather than wait (issue 8)
        loginTimeout = 5,
        properties = {
            // a request waits at most 10 s for a free connection (Payara's default is 60 s)
            "fish.payara.max-wait-time-in-millis=10000",
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true"
        })
@Startup
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/iop";

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    Logger log;

    @Inject
    AuditWriter auditWriter;

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        auditWriter.connect(dataSource, transactions);
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor())
                .failOnMissingLocations(false)
                .load()
                .migrate();
        log.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied, " + result.database + ")");
        migrated = true;
    }

    /** Folder of the vendor-only migrations: Flyway's own {@code {vendor}} placeholder did not resolve here. */
    private String vendor() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
            return product.contains("postgres") ? "postgresql" : "h2";
        } catch (SQLException e) {
            throw new IllegalStateException("Database not reachable at start-up", e);
        }
    }

    /** Ready means migrated and the database answering now. */
    public boolean isReady() {
        if (!migrated) {
            return false;
        }
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            log.log(Level.WARNING, "Database not reachable: {0}", e.getMessage());
            return false;
        }
    }
}
