package org.iopmanager.audit.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.iopmanager.platform.boundary.Database;
import org.iopmanager.platform.control.SqlCount;

/**
 * Writes audit lines with plain JDBC on the application's JTA datasource. Inside a transaction the
 * container hands out the transaction's own connection, so the line commits or rolls back with the change
 * it describes; that is also why this works from inside an EclipseLink flush.
 */
@ApplicationScoped
public class AuditWriter {

    static final int ACTOR_MAX = 60;
    static final int SUMMARY_MAX = 500;
    static final int DETAIL_MAX = 100_000;
    static final int REASON_MAX = 500;

    private static final String INSERT = "insert into audit_event "
            + "(at, actor, actor_role, address, site_id, action, entity_type, entity_id, summary, detail, reason) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private volatile DataSource dataSource;

    @Inject
    Instance<AuditContext> context;

    @Inject
    Clock clock;

    public void write(AuditRecord record) {
        String actor = AuditContext.SYSTEM;
        String role = null;
        String address = null;
        String reason = null;
        try {
            AuditContext who = context.get();
            actor = who.actor();
            role = who.role();
            address = who.address();
            reason = who.reason();
        } catch (ContextNotActiveException noRequest) {
            // timers and start-up work act as the system
        }
        insert(record, actor, role, address, reason);
    }

    private void insert(AuditRecord record, String actor, String role, String address, String reason) {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(INSERT)) {
            statement.setObject(1, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
            statement.setString(2, cut(actor, ACTOR_MAX));
            statement.setString(3, role);
            statement.setString(4, address);
            if (record.siteId() == null) {
                statement.setNull(5, Types.BIGINT);
            } else {
                statement.setLong(5, record.siteId());
            }
            statement.setString(6, record.action().name());
            statement.setString(7, record.entityType());
            statement.setString(8, record.entityId());
            statement.setString(9, cut(record.summary(), SUMMARY_MAX));
            statement.setString(10, cut(record.detail(), DETAIL_MAX));
            statement.setString(11, cut(reason, REASON_MAX));
            statement.executeUpdate();
            SqlCount.statement();
        } catch (SQLException e) {
            throw new IllegalStateException("Audit line could not be written: the change is not allowed without it", e);
        }
    }

    /**
     * Handed over by {@link Database} at start-up. Neither injected nor looked up here: {@code @Resource} is not
     * injected into this bean on Payara, and a {@code java:app} lookup fails when a flush runs after the
     * component invocation has ended (the commit of a start-up singleton).
     */
    public void connect(DataSource applicationDataSource) {
        this.dataSource = applicationDataSource;
    }

    private DataSource dataSource() {
        if (dataSource == null) {
            throw new IllegalStateException("Audit writer used before the database was ready");
        }
        return dataSource;
    }

    static String cut(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        String marker = "…[cut]";
        return value.substring(0, max - marker.length()) + marker;
    }
}
