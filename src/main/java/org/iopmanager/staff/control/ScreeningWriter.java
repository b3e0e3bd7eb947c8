package org.iopmanager.staff.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.OptimisticLockException;

import org.iopmanager.audit.control.AuditWriter;
import org.iopmanager.audit.control.ChangeAuditor;
import org.iopmanager.audit.entity.AuditAction;
import org.iopmanager.platform.control.SqlCount;
import org.iopmanager.staff.entity.Screening;
import org.iopmanager.staff.entity.ScreeningResult;
import org.iopmanager.staff.entity.StaffMember;

/**
 * Writes one run's screenings and the staff members' new last-screening dates set-wise on the transaction's own
 * connection, each with the audit line EclipseLink's {@link ChangeAuditor} would give the same change, in the same
 * transaction: a multi-row insert or update per thousand rows. Through {@code persist} and dirty checking, screening 6,000 staff cost the unit of work 12,000 managed
 * objects and change sets (benchmark, issue 7). Ids come from the entities' sequence in blocks of its allocation size,
 * as EclipseLink takes them; the staff update checks the version read, as EclipseLink's would.
 */
final class ScreeningWriter {

    /** The increment of {@code entity_seq} (V1) and the allocation size of {@code BaseEntity}'s generator. */
    static final int ALLOCATION = 50;
    static final int BATCH = 1000;

    private static final String NEXT_ID = "select nextval('entity_seq')";
    private static final String INSERT = "insert into screening (id, version, run_id, staff_id, list_id, screened_on, result) "
            + "values (?, 1, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "update staff_member set last_screened_on = ?, version = version + 1 "
            + "where (id, version) in (";

    /** A staff member as the run read them: the update refuses if the row changed since. */
    record Member(long id, long version, LocalDate lastScreenedOn) {
    }

    /** One screening of the run; the member's date changes only if it is not today already. */
    private record Row(Member member, LocalDate on, ScreeningResult result) {
        boolean changesDate() {
            return !on.equals(member.lastScreenedOn());
        }
    }

    private final Connection connection;
    private final AuditWriter audit;
    private final long runId;
    private final long listId;
    private final List<Row> rows = new ArrayList<>();
    private long nextId;
    private long lastId = -1;

    ScreeningWriter(Connection connection, AuditWriter audit, long runId, long listId) {
        this.connection = connection;
        this.audit = audit;
        this.runId = runId;
        this.listId = listId;
    }

    /** The member's screening of today in their site's zone, and that date as their last screening if it is new. */
    void add(Member member, LocalDate today, ScreeningResult result) {
        rows.add(new Row(member, today, result));
    }

    /** Sends every row and its audit line; refuses the whole run if a staff member changed since it was read. */
    void write() throws SQLException {
        for (int from = 0; from < rows.size(); from += BATCH) {
            insert(rows.subList(from, Math.min(from + BATCH, rows.size())));
        }
        Map<LocalDate, List<Member>> byDate = new LinkedHashMap<>();
        for (Row row : rows) {
            if (row.changesDate()) {
                byDate.computeIfAbsent(row.on(), on -> new ArrayList<>()).add(row.member());
            }
        }
        for (Map.Entry<LocalDate, List<Member>> day : byDate.entrySet()) {
            List<Member> members = day.getValue();
            for (int from = 0; from < members.size(); from += BATCH) {
                update(day.getKey(), members.subList(from, Math.min(from + BATCH, members.size())));
            }
        }
    }

    /** One {@code insert … values (…), (…), …} per batch: a JDBC batch still costs PostgreSQL one execution a row. */
    private void insert(List<Row> batch) throws SQLException {
        StringBuilder sql = new StringBuilder(INSERT);
        for (int i = 1; i < batch.size(); i++) {
            sql.append(", (?, 1, ?, ?, ?, ?, ?)");
        }
        try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            int i = 1;
            for (Row row : batch) {
                long id = nextId();
                long staffId = row.member().id();
                LocalDate on = row.on();
                ScreeningResult result = row.result();
                insert.setLong(i++, id);
                insert.setLong(i++, runId);
                insert.setLong(i++, staffId);
                insert.setLong(i++, listId);
                insert.setDate(i++, Date.valueOf(on));
                insert.setString(i++, result.name());
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("run", runId);
                after.put("staff", staffId);
                after.put("list", listId);
                after.put("screenedOn", on);
                after.put("result", result);
                audit.write(ChangeAuditor.record(AuditAction.CREATE, Screening.class, id, null,
                        ChangeAuditor.createdDetail(Screening.class, after)));
            }
            insert.executeUpdate();
            SqlCount.statement();
        }
    }

    /**
     * One update of the members of a batch with the same new date, each on the version read ({@code (id, version) in
     * ((?, ?), …)}, standard SQL on PostgreSQL and H2): fewer rows changed than asked means one changed meanwhile.
     */
    private void update(LocalDate on, List<Member> members) throws SQLException {
        StringBuilder sql = new StringBuilder(UPDATE).append("(?, ?)");
        for (int i = 1; i < members.size(); i++) {
            sql.append(", (?, ?)");
        }
        sql.append(')');
        try (PreparedStatement update = connection.prepareStatement(sql.toString())) {
            int i = 1;
            update.setDate(i++, Date.valueOf(on));
            for (Member member : members) {
                update.setLong(i++, member.id());
                update.setLong(i++, member.version());
                audit.write(ChangeAuditor.record(AuditAction.UPDATE, StaffMember.class, member.id(), null,
                        ChangeAuditor.updatedDetail(StaffMember.class, "lastScreenedOn", member.lastScreenedOn(), on)));
            }
            int changed = update.executeUpdate();
            SqlCount.statement();
            if (changed != members.size()) {
                throw new OptimisticLockException("A staff member was changed while the screening ran");
            }
        }
    }

    /** The next id of the sequence's block, taking a new block as EclipseLink does: nextval v gives v - 49 … v. */
    private long nextId() throws SQLException {
        if (nextId > lastId) {
            try (PreparedStatement next = connection.prepareStatement(NEXT_ID); ResultSet value = next.executeQuery()) {
                value.next();
                lastId = value.getLong(1);
                nextId = lastId - ALLOCATION + 1;
            }
            SqlCount.statement();
        }
        return nextId++;
    }
}
