package org.iopmanager.platform.control;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.SessionEvent;

import org.iopmanager.audit.control.AuditSessionListener;

/**
 * The persistence unit's session event listener: fails fast when the database is gone, then the audit listener
 * (a listener, not a session customizer: see {@link AuditSessionListener} for why).
 * <p>
 * EclipseLink retries a query that lost its connection 3 times, sleeping 5 s before each (DatabaseLogin's defaults),
 * so while PostgreSQL was down every request hung up to 15 s in {@code Thread.sleep} (CrashRestartIT's thread dump in
 * the outage). One retry after half a second still rides over a single dropped connection (the pool validates and
 * replaces it); a database that is really gone now answers an error within about a second.
 */
public class SessionSetup extends AuditSessionListener {

    static final int QUERY_RETRIES = 1;
    static final int RETRY_DELAY_MILLIS = 500;

    @Override
    public void preLogin(SessionEvent event) {
        if (event.getSession().getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(QUERY_RETRIES);
            login.setDelayBetweenConnectionAttempts(RETRY_DELAY_MILLIS);
        }
        super.preLogin(event);
    }
}
