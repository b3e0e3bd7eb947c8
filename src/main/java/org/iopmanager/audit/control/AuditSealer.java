package org.iopmanager.audit.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.iopmanager.platform.boundary.Database;

/**
 * Seals committed audit lines into the hash chain: each gets the next link number, the previous link's hash and its
 * own hash over both. Lines are sealed after they commit, in the order they become visible, so writers never wait
 * for one another; the chain head row is locked for the sealing transaction, so two nodes of a cluster never seal
 * the same line or fork the chain (see {@link ChainSealing}).
 */
@Stateless
@PermitAll
public class AuditSealer {

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Clock clock;

    /** Seals up to {@code max} waiting lines; returns how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int seal(int max) {
        try (Connection connection = dataSource.getConnection()) {
            return ChainSealing.seal(connection, max, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        } catch (SQLException e) {
            throw new IllegalStateException("Audit lines could not be sealed", e);
        }
    }

    /** Walks the whole chain (read-only). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ChainReport verify() {
        try (Connection connection = dataSource.getConnection()) {
            return ChainVerifier.verify(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("The audit chain could not be read", e);
        }
    }
}
