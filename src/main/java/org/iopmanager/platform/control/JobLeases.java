package org.iopmanager.platform.control;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.iopmanager.platform.boundary.Database;

/**
 * Lets a timed job run once per cluster: each node's timer fires, and only the node that takes the job's lease
 * runs it. The lease is taken in a transaction of its own, committed before the job starts, so a node that dies
 * mid-job holds it only until it runs out. A cluster of one behaves exactly as before.
 */
@Stateless
@PermitAll
public class JobLeases {

    /** This node, as the lease table names it: process id @ host (no name lookup), and a random part. */
    static final String NODE = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Clock clock;

    /** True when this node may run {@code job} now; the lease then stays with it for {@code hold}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean take(String job, Duration hold) {
        try (Connection connection = dataSource.getConnection()) {
            return LeaseTaking.take(connection, job, NODE, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC),
                    hold);
        } catch (SQLException e) {
            throw new IllegalStateException("The lease of job " + job + " could not be taken", e);
        }
    }

    /**
     * Runs {@code work} when this node takes the lease of {@code job}, and logs that another node runs it otherwise.
     * The lease is committed before the work starts (taken through the container, in a transaction of its own).
     */
    public static void runIfTaken(JobLeases leases, String job, Duration hold, Logger log, Runnable work) {
        if (!leases.take(job, hold)) {
            log.fine(() -> job + ": another node of the cluster runs it this time");
            return;
        }
        work.run();
    }
}
