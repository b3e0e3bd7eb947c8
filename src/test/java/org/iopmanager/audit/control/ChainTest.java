package org.iopmanager.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hash chain on a real (in-memory H2) database: sealing, verifying, and each kind of tampering found. */
class ChainTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    private Connection db;

    @BeforeEach
    void schema() throws SQLException {
        db = DriverManager.getConnection("jdbc:h2:mem:chain-" + UUID.randomUUID());
        try (Statement ddl = db.createStatement()) {
            ddl.execute("create table audit_event (id bigint generated always as identity primary key, "
                    + "at timestamp with time zone not null, actor varchar(60) not null, actor_role varchar(20), "
                    + "address varchar(64), site_id bigint, action varchar(20) not null, entity_type varchar(60), "
                    + "entity_id varchar(40), summary varchar(500), detail varchar(100000), reason varchar(500))");
            for (String statement : new String(getClass().getResourceAsStream("/db/migration/common/V13__audit_chain.sql")
                    .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split(";")) {
                if (!statement.replaceAll("(?m)^--.*$", "").isBlank()) {
                    ddl.execute(statement);
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void anEmptyTrailAndASealedTrailAreIntactAndNewLinesWaitForTheirSeal() throws SQLException {
        assertThat(ChainVerifier.verify(db).intact()).isTrue();
        line("alice", "CREATE", "Participant", "7", null);
        line("bob", "VIEW", "Participant", "7", 3L);
        assertThat(ChainVerifier.verify(db).unsealed()).isEqualTo(2);
        assertThat(ChainSealing.seal(db, 1, NOW)).isEqualTo(1);
        assertThat(ChainSealing.seal(db, 10, NOW)).isEqualTo(1);
        assertThat(ChainSealing.seal(db, 10, NOW)).isZero();
        line("carol", "UPDATE", "Episode", "9", 3L);
        ChainReport report = ChainVerifier.verify(db);
        assertThat(report.intact()).isTrue();
        assertThat(report.checked()).isEqualTo(2);
        assertThat(report.unsealed()).isEqualTo(1);
    }

    @Test
    void aChangedLineIsTheFirstBrokenLink() throws SQLException {
        for (int i = 0; i < 5; i++) {
            line("user" + i, "VIEW", "Participant", String.valueOf(i), 1L);
        }
        ChainSealing.seal(db, 100, NOW);
        update("update audit_event set actor = 'someone else' where id = 3");
        ChainReport report = ChainVerifier.verify(db);
        assertThat(report.problem()).isEqualTo(ChainReport.Problem.CHANGED);
        assertThat(report.brokenAuditId()).isEqualTo(3);
        assertThat(report.brokenAtLink()).isEqualTo(3);
        assertThat(report.checked()).isEqualTo(2);
    }

    @Test
    void aDeletedLineAndADeletedLinkAreFound() throws SQLException {
        for (int i = 0; i < 4; i++) {
            line("user" + i, "VIEW", "Participant", String.valueOf(i), 1L);
        }
        ChainSealing.seal(db, 100, NOW);
        update("delete from audit_event where id = 2");
        assertThat(ChainVerifier.verify(db).problem()).isEqualTo(ChainReport.Problem.MISSING);
        update("delete from audit_seal where audit_id = 2");
        ChainReport report = ChainVerifier.verify(db);
        assertThat(report.problem()).isEqualTo(ChainReport.Problem.UNLINKED);
        assertThat(report.brokenAtLink()).isEqualTo(3);
    }

    @Test
    void aLineThatCommitsAfterALaterOneIsSealedNextWithoutBreakingTheChain() throws SQLException {
        line("first", "VIEW", null, null, null);
        line("third", "VIEW", null, null, null);
        update("delete from audit_event where id = 1");
        ChainSealing.seal(db, 100, NOW);
        update("insert into audit_event (id, at, actor, action) overriding system value values (1, now(), 'late', 'VIEW')");
        assertThat(ChainSealing.seal(db, 100, NOW)).isEqualTo(1);
        ChainReport report = ChainVerifier.verify(db);
        assertThat(report.intact()).isTrue();
        assertThat(report.checked()).isEqualTo(2);
    }

    @Test
    void theHashCoversEveryColumnAndTellsNullFromEmptyAndMovedValues() {
        Instant at = Instant.parse("2026-12-01T10:15:30.123456789Z");
        ChainHash.Line line = new ChainHash.Line(1, at, "a", "R", "127.0.0.1", 2L, "VIEW", "T", "9", "s", null, null);
        String hash = ChainHash.of(ChainHash.GENESIS, line);
        assertThat(hash).hasSize(64).isEqualTo(ChainHash.of(ChainHash.GENESIS, line));
        assertThat(ChainHash.of(ChainHash.GENESIS, new ChainHash.Line(1, Instant.parse("2026-12-01T10:15:30.123456Z"), "a",
                "R", "127.0.0.1", 2L, "VIEW", "T", "9", "s", null, null))).as("microsecond precision").isEqualTo(hash);
        assertThat(ChainHash.of("1" + ChainHash.GENESIS.substring(1), line)).isNotEqualTo(hash);
        assertThat(ChainHash.of(ChainHash.GENESIS, new ChainHash.Line(1, at, "a", "R", "127.0.0.1", 2L, "VIEW", "T", "9", "s",
                "", null))).as("empty is not null").isNotEqualTo(hash);
        assertThat(ChainHash.of(ChainHash.GENESIS, new ChainHash.Line(1, at, "a", "R", "127.0.0.1", 2L, "VIEW", "T9", "", "s",
                null, null))).as("a value moved between columns").isNotEqualTo(ChainHash.of(ChainHash.GENESIS,
                new ChainHash.Line(1, at, "a", "R", "127.0.0.1", 2L, "VIEW", "T", "9", "s", null, null)));
        assertThat(ChainHash.of(ChainHash.GENESIS, new ChainHash.Line(1, at, "a", "R", "127.0.0.1", 3L, "VIEW", "T", "9", "s",
                null, null))).isNotEqualTo(hash);
    }

    private void line(String actor, String action, String type, String id, Long site) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into audit_event (at, actor, action, entity_type, "
                + "entity_id, site_id, summary) values (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
            insert.setString(2, actor);
            insert.setString(3, action);
            insert.setString(4, type);
            insert.setString(5, id);
            insert.setObject(6, site);
            insert.setString(7, "summary of " + actor);
            insert.executeUpdate();
        }
    }

    private void update(String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
