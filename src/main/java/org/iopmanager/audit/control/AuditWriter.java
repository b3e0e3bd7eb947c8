package org.iopmanager.audit.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.iopmanager.platform.boundary.Database;
import org.iopmanager.platform.control.SqlCount;

/**
 * Writes audit lines with plain JDBC on the application's JTA datasource. Inside a transaction the
 * container hands out the transaction's own connection, so the line commits or rolls back with the change
 * it describes; that is also why this works from inside an EclipseLink flush. Inside an active transaction the lines
 * are sent in JDBC batches, the last one just before the commit ({@link PendingLines}); outside one, at once.
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
    private volatile TransactionSynchronizationRegistry transactions;

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
        AuditLine line = new AuditLine(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), record, actor, role,
                address, reason);
        PendingLines pending = PendingLines.of(transactions, this::insert);
        if (pending == null) {
            insert(List.of(line));
        } else {
            pending.add(line);
        }
    }

    /**
     * Sends the caller's transaction's pending lines now, so that a read of the audit trail in the same transaction
     * sees them. Nothing to do outside a transaction.
     */
    public void sendPending() {
        PendingLines pending = PendingLines.existing(transactions);
        if (pending != null) {
            pending.send();
        }
    }

    /**
     * One statement per batch: {@code insert … values (…), (…), …} of all its lines, where a JDBC batch of single-row
     * inserts still costs PostgreSQL one execution per row (the screening's 12,000 lines, issue 7). Standard SQL, on H2
     * alike; a batch of {@link PendingLines#BATCH} lines binds 5,500 parameters, far below either database's limit.
     */
    private void insert(List<AuditLine> lines) {
        StringBuilder sql = new StringBuilder(INSERT.length() + lines.size() * 36).append(INSERT);
        for (int i = 1; i < lines.size(); i++) {
            sql.append(", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            int i = 1;
            for (AuditLine line : lines) {
                AuditRecord record = line.record();
                statement.setObject(i++, line.at());
                statement.setString(i++, cut(line.actor(), ACTOR_MAX));
                statement.setString(i++, line.role());
                statement.setString(i++, line.address());
                if (record.siteId() == null) {
                    statement.setNull(i++, Types.BIGINT);
                } else {
                    statement.setLong(i++, record.siteId());
                }
                statement.setString(i++, record.action().name());
                statement.setString(i++, record.entityType());
                statement.setString(i++, record.entityId());
                statement.setString(i++, cut(record.summary(), SUMMARY_MAX));
                statement.setString(i++, cut(record.detail(), DETAIL_MAX));
                statement.setString(i++, cut(line.reason(), REASON_MAX));
            }
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
    public void connect(DataSource applicationDataSource, TransactionSynchronizationRegistry registry) {
        this.dataSource = applicationDataSource;
        this.transactions = registry;
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
