package org.iopmanager.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Job leases on a real (in-memory H2) database built by the migration itself: once per cluster, renewals, expiry. */
class LeaseTakingTest {

    private static final OffsetDateTime NOON = OffsetDateTime.of(2026, 12, 1, 12, 5, 0, 0, ZoneOffset.UTC);
    private static final Duration HOLD = Duration.ofMinutes(50);
    private static final String JOB = "accreditation-expiry";

    private Connection db;

    @BeforeEach
    void schema() throws SQLException, IOException {
        db = DriverManager.getConnection("jdbc:h2:mem:lease-" + UUID.randomUUID());
        String migration = new String(getClass().getResourceAsStream("/db/migration/common/V19__job_lease.sql")
                .readAllBytes(), StandardCharsets.UTF_8);
        try (Statement ddl = db.createStatement()) {
            for (String statement : migration.split(";")) {
                if (!statement.replaceAll("(?m)^--.*$", "").isBlank()) {
                    ddl.execute(statement);
                }
            }
        }
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void ofTwoNodesFiringInTheSameHourOnlyTheFirstRunsTheJob() throws SQLException {
        assertThat(LeaseTaking.take(db, JOB, "node-a", NOON, HOLD)).isTrue();
        assertThat(LeaseTaking.take(db, JOB, "node-b", NOON.plusSeconds(2), HOLD)).isFalse();
        assertThat(holder()).isEqualTo("node-a");
    }

    @Test
    void theNextHourTheLeaseHasRunOutAndEitherNodeMayTakeIt() throws SQLException {
        LeaseTaking.take(db, JOB, "node-a", NOON, HOLD);
        assertThat(LeaseTaking.take(db, JOB, "node-b", NOON.plus(HOLD).minusSeconds(1), HOLD)).isFalse();
        assertThat(LeaseTaking.take(db, JOB, "node-b", NOON.plusHours(1), HOLD)).isTrue();
        assertThat(holder()).isEqualTo("node-b");
        assertThat(LeaseTaking.take(db, JOB, "node-a", NOON.plusHours(1).plusMinutes(1), HOLD)).isFalse();
    }

    @Test
    void theHolderMayRenewItsOwnLeaseAndANodeThatDiedHoldsItOnlyUntilItRunsOut() throws SQLException {
        LeaseTaking.take(db, JOB, "node-a", NOON, HOLD);
        assertThat(LeaseTaking.take(db, JOB, "node-a", NOON.plusMinutes(10), HOLD)).isTrue();
        assertThat(LeaseTaking.take(db, JOB, "node-b", NOON.plusMinutes(59), HOLD)).isFalse();
        assertThat(LeaseTaking.take(db, JOB, "node-b", NOON.plusMinutes(60), HOLD)).isTrue();
    }

    @Test
    void aJobWithoutALeaseRowIsAMistakeNamedAtOnceNotASilentSkip() {
        assertThatThrownBy(() -> LeaseTaking.take(db, "monthly-reminders", "node-a", NOON, HOLD))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("monthly-reminders");
    }

    private String holder() throws SQLException {
        try (Statement query = db.createStatement();
                ResultSet row = query.executeQuery("select holder from job_lease where job = '" + JOB + "'")) {
            row.next();
            return row.getString(1);
        }
    }
}
