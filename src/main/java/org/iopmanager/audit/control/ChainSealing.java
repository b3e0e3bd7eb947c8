package org.iopmanager.audit.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One sealing step on a connection inside the caller's transaction: lock the chain head, take the waiting lines in
 * id order, link each to the one before, move the head. A line may commit after a later-numbered one was sealed (a
 * longer transaction): the search looks back {@value #LOOK_BACK} ids behind the newest sealed line for such
 * stragglers, so the cost of a step does not grow with the size of the trail.
 */
public final class ChainSealing {

    static final int LOOK_BACK = 100_000;

    private static final String CANDIDATES = "select " + ChainVerifier.LINE_COLUMNS + " from audit_event e where e.id > ? "
            + "and e.id not in (select s.audit_id from audit_seal s where s.audit_id > ?) order by e.id";

    private ChainSealing() {
    }

    public static int seal(Connection connection, int max, OffsetDateTime now) throws SQLException {
        long seq;
        String previous;
        long newestSealed;
        try (PreparedStatement head = connection.prepareStatement(
                "select last_seq, last_hash, last_audit_id from audit_chain where id = 1 for update");
             ResultSet row = head.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("audit_chain head row is missing");
            }
            seq = row.getLong(1);
            previous = row.getString(2);
            newestSealed = row.getLong(3);
        }
        long from = Math.max(0, newestSealed - LOOK_BACK);
        List<ChainHash.Line> lines = new ArrayList<>();
        try (PreparedStatement candidates = connection.prepareStatement(CANDIDATES)) {
            candidates.setLong(1, from);
            candidates.setLong(2, from);
            candidates.setMaxRows(max);
            try (ResultSet rows = candidates.executeQuery()) {
                while (rows.next()) {
                    lines.add(ChainVerifier.line(rows, 1));
                }
            }
        }
        if (lines.isEmpty()) {
            return 0;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into audit_seal (seq, audit_id, prev_hash, row_hash, sealed_at) values (?, ?, ?, ?, ?)")) {
            for (ChainHash.Line line : lines) {
                String hash = ChainHash.of(previous, line);
                insert.setLong(1, ++seq);
                insert.setLong(2, line.id());
                insert.setString(3, previous);
                insert.setString(4, hash);
                insert.setObject(5, now);
                insert.addBatch();
                previous = hash;
                newestSealed = Math.max(newestSealed, line.id());
            }
            insert.executeBatch();
        }
        try (PreparedStatement head = connection.prepareStatement(
                "update audit_chain set last_seq = ?, last_hash = ?, last_audit_id = ? where id = 1")) {
            head.setLong(1, seq);
            head.setString(2, previous);
            head.setLong(3, newestSealed);
            head.executeUpdate();
        }
        return lines.size();
    }
}
