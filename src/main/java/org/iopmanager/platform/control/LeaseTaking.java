package org.iopmanager.platform.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * The SQL of a job lease, kept apart from the container so it can be tried on a real database in a unit test.
 * A node takes a lease when it has run out or is its own already; the update is atomic, so of two nodes asking at
 * once exactly one gets it.
 */
public final class LeaseTaking {

    private LeaseTaking() {
    }

    /** True when {@code holder} now holds {@code job} until {@code now + hold} and should run it. */
    public static boolean take(Connection db, String job, String holder, OffsetDateTime now, Duration hold)
            throws SQLException {
        try (PreparedStatement update = db.prepareStatement("update job_lease set holder = ?, held_until = ?, "
                + "taken_at = ? where job = ? and (held_until <= ? or holder = ?)")) {
            update.setString(1, holder);
            update.setObject(2, now.plus(hold));
            update.setObject(3, now);
            update.setString(4, job);
            update.setObject(5, now);
            update.setString(6, holder);
            if (update.executeUpdate() == 1) {
                return true;
            }
        }
        try (PreparedStatement known = db.prepareStatement("select 1 from job_lease where job = ?")) {
            known.setString(1, job);
            if (!known.executeQuery().next()) {
                throw new IllegalStateException("No lease row for job " + job + ": add it in a migration");
            }
        }
        return false;
    }
}
