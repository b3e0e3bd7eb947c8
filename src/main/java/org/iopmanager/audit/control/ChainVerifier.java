package org.iopmanager.audit.control;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * Walks the audit chain link by link (in pages, so a hundred million lines need no more memory than one page),
 * recomputes each line's hash from what is stored now and reports the first link that does not hold. Plain JDBC:
 * the application's page uses it, and so does the command line, against the database alone:
 * {@code java -cp iop-manager/WEB-INF/classes:postgresql.jar org.iopmanager.audit.control.ChainVerifier <jdbc-url> <user>}
 * with the password in {@code IOP_DB_PASSWORD}.
 */
public final class ChainVerifier {

    static final String LINE_COLUMNS = "e.id, e.at, e.actor, e.actor_role, e.address, e.site_id, e.action, e.entity_type, "
            + "e.entity_id, e.summary, e.detail, e.reason";

    private static final String PAGE = "select s.seq, s.audit_id, s.prev_hash, s.row_hash, " + LINE_COLUMNS
            + " from audit_seal s left join audit_event e on e.id = s.audit_id where s.seq > ? order by s.seq";

    private static final int PAGE_SIZE = 5000;

    private ChainVerifier() {
    }

    public static ChainReport verify(Connection connection) throws SQLException {
        String previous = ChainHash.GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        long after = 0;
        boolean more = true;
        try (PreparedStatement page = connection.prepareStatement(PAGE)) {
            page.setFetchSize(PAGE_SIZE);
            page.setMaxRows(PAGE_SIZE);
            while (more) {
                page.setLong(1, after);
                more = false;
                try (ResultSet rows = page.executeQuery()) {
                    while (rows.next()) {
                        more = true;
                        long seq = rows.getLong(1);
                        long auditId = rows.getLong(2);
                        if (seq != expectedSeq || !previous.equals(rows.getString(3))) {
                            return broken(checked, seq, auditId, ChainReport.Problem.UNLINKED, connection);
                        }
                        if (rows.getObject(5) == null) {
                            return broken(checked, seq, auditId, ChainReport.Problem.MISSING, connection);
                        }
                        String hash = ChainHash.of(previous, line(rows, 5));
                        if (!hash.equals(rows.getString(4))) {
                            return broken(checked, seq, auditId, ChainReport.Problem.CHANGED, connection);
                        }
                        previous = hash;
                        expectedSeq++;
                        checked++;
                        after = seq;
                    }
                }
            }
        }
        return new ChainReport(checked, null, null, null, unsealed(connection));
    }

    /** The audit line in the columns starting at {@code first} (in {@link #LINE_COLUMNS} order). */
    static ChainHash.Line line(ResultSet rows, int first) throws SQLException {
        OffsetDateTime at = rows.getObject(first + 1, OffsetDateTime.class);
        long site = rows.getLong(first + 5);
        return new ChainHash.Line(rows.getLong(first), at == null ? null : at.toInstant(), rows.getString(first + 2),
                rows.getString(first + 3), rows.getString(first + 4), rows.wasNull() ? null : site,
                rows.getString(first + 6), rows.getString(first + 7), rows.getString(first + 8), rows.getString(first + 9),
                rows.getString(first + 10), rows.getString(first + 11));
    }

    private static ChainReport broken(long checked, long seq, long auditId, ChainReport.Problem problem, Connection connection)
            throws SQLException {
        return new ChainReport(checked, seq, auditId, problem, unsealed(connection));
    }

    private static long unsealed(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("select (select count(*) from audit_event) "
                + "- (select count(*) from audit_seal)");
             ResultSet rows = count.executeQuery()) {
            rows.next();
            return Math.max(0, rows.getLong(1));
        }
    }

    /** The command: verifies the chain of the database named by the arguments; exit 0 intact, 1 broken, 2 usage. */
    public static void main(String[] args) throws SQLException {
        if (args.length != 2) {
            System.err.println("usage: ChainVerifier <jdbc-url> <user>   (password in IOP_DB_PASSWORD)");
            System.exit(2);
        }
        try (Connection connection = DriverManager.getConnection(args[0], args[1], System.getenv("IOP_DB_PASSWORD"))) {
            connection.setReadOnly(true);
            ChainReport report = verify(connection);
            System.out.println(report);
            System.exit(report.intact() ? 0 : 1);
        }
    }
}
