package org.iopmanager.platform.control;

import java.util.Optional;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements one request sends, for the benchmark (issue 7). Off unless {@code iop.bench.sql-count=true}:
 * then {@link org.iopmanager.platform.web.SqlCountFilter} opens a count on the request thread, EclipseLink's
 * post-execute-call event and the audit writer add to it, and the filter reports it in the {@code X-IOP-SQL} header.
 * A thread with no open count (timers, start-up) is not counted, and nothing is kept after the request.
 */
public final class SqlCount {

    public static final String SETTING = "iop.bench.sql-count";

    private static final ThreadLocal<int[]> CURRENT = new ThreadLocal<>();

    private SqlCount() {
    }

    /** Whether the setting is on; read from MicroProfile Config (environment {@code IOP_BENCH_SQL_COUNT} or {@code -D}). */
    public static boolean enabled() {
        try {
            Optional<Boolean> value = ConfigProvider.getConfig().getOptionalValue(SETTING, Boolean.class);
            return value.orElse(false);
        } catch (IllegalStateException | IllegalArgumentException noConfig) {
            return Boolean.getBoolean(SETTING);
        }
    }

    /** Starts counting on this thread (a nested start keeps the outer count). */
    public static void open() {
        if (CURRENT.get() == null) {
            CURRENT.set(new int[1]);
        }
    }

    /** One statement sent on this thread; ignored when no count is open. */
    public static void statement() {
        int[] count = CURRENT.get();
        if (count != null) {
            count[0]++;
        }
    }

    /** Statements so far on this thread, or -1 when no count is open. */
    public static int current() {
        int[] count = CURRENT.get();
        return count == null ? -1 : count[0];
    }

    /** Ends the count of this thread and answers it (-1 when none was open). */
    public static int close() {
        int[] count = CURRENT.get();
        CURRENT.remove();
        return count == null ? -1 : count[0];
    }

    /** The EclipseLink listener: one call executed against the database is one statement. */
    public static final class Listener extends SessionEventAdapter {
        @Override
        public void postExecuteCall(SessionEvent event) {
            statement();
        }
    }
}
