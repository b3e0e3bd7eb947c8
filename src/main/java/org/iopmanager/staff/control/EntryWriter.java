package org.iopmanager.staff.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/**
 * Inserts the rows of one list version in JDBC batches on the transaction's own connection: an 80,000-row
 * LEIE file goes in within seconds, where one {@code persist} per row would take minutes and hold every row in
 * the persistence context. {@code nextval('…')} works on H2 2.2 and PostgreSQL alike.
 */
public final class EntryWriter implements AutoCloseable {

    static final int BATCH = 1000;

    private static final String INSERT = "insert into exclusion_entry (id, list_id, line_no, last_name, first_name, "
            + "middle_name, business_name, general_category, specialty, upin, npi, dob, address, city, state, zip, "
            + "excl_type, excl_date, rein_date, waiver_date, waiver_state, last_key, first_key) "
            + "values (nextval('exclusion_entry_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final PreparedStatement statement;
    private final long listId;
    private int pending;

    public EntryWriter(Connection connection, long listId) throws SQLException {
        this.statement = connection.prepareStatement(INSERT);
        this.listId = listId;
    }

    public void add(LeieRow row) throws SQLException {
        int i = 1;
        statement.setLong(i++, listId);
        statement.setInt(i++, row.line());
        statement.setString(i++, row.lastName());
        statement.setString(i++, row.firstName());
        statement.setString(i++, row.middleName());
        statement.setString(i++, row.businessName());
        statement.setString(i++, row.general());
        statement.setString(i++, row.specialty());
        statement.setString(i++, row.upin());
        statement.setString(i++, row.npi());
        date(i++, row.dob());
        statement.setString(i++, row.address());
        statement.setString(i++, row.city());
        statement.setString(i++, row.state());
        statement.setString(i++, row.zip());
        statement.setString(i++, row.exclusionType());
        date(i++, row.exclusionDate());
        date(i++, row.reinstatementDate());
        date(i++, row.waiverDate());
        statement.setString(i++, row.waiverState());
        statement.setString(i++, emptyToNull(row.lastKey()));
        statement.setString(i, emptyToNull(row.firstKey()));
        statement.addBatch();
        if (++pending == BATCH) {
            flush();
        }
    }

    public void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    /** Sends what is left and closes the statement (not the connection, which belongs to the transaction). */
    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            statement.close();
        }
    }

    private void date(int index, LocalDate value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(value));
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
