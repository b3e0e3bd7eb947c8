package org.iopmanager.audit.control;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The audit lines of one transaction not yet sent to the database: sent in JDBC batches of {@link #BATCH}, and the
 * rest just before the transaction commits, so that a transaction of six thousand changes (a screening of every staff
 * member) costs a dozen round trips for its audit, not six thousand (benchmark, issue 7).
 * <p>
 * The first line of a transaction is sent at once, so that the audit's connection is enlisted while the transaction is
 * active. Nothing is lost in any order of the commit's callbacks: once this transaction's {@code beforeCompletion} has run,
 * a later line (a flush of the persistence context called after this one) is sent at once, as if no transaction
 * buffered it. A failure to send marks the transaction for rollback and fails the commit, so a change never commits
 * without its audit line, even if a caller catches the exception. A transaction that rolls back drops its lines with
 * it. Synchronized: a transaction timeout completes the transaction on another thread.
 */
final class PendingLines implements Synchronization {

    static final int BATCH = 500;

    private static final Object KEY = PendingLines.class;

    private final TransactionSynchronizationRegistry transaction;
    private final Consumer<List<AuditLine>> sender;
    private final List<AuditLine> lines = new ArrayList<>();
    private boolean closed;
    private boolean enlisted;

    private PendingLines(TransactionSynchronizationRegistry transaction, Consumer<List<AuditLine>> sender) {
        this.transaction = transaction;
        this.sender = sender;
    }

    /**
     * The pending lines of the caller's transaction, made and registered on first use; null when lines must be sent
     * at once: no transaction, one that is not active (marked for rollback, completing), one past its
     * {@code beforeCompletion}, or a registry that refuses a synchronization now.
     */
    static PendingLines of(TransactionSynchronizationRegistry transactions, Consumer<List<AuditLine>> sender) {
        if (transactions == null || transactions.getTransactionKey() == null
                || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return null;
        }
        PendingLines pending = (PendingLines) transactions.getResource(KEY);
        if (pending == null) {
            pending = new PendingLines(transactions, sender);
            try {
                transactions.registerInterposedSynchronization(pending);
            } catch (IllegalStateException tooLate) {
                return null;
            }
            transactions.putResource(KEY, pending);
        }
        return pending.isClosed() ? null : pending;
    }

    /** The pending lines of the caller's transaction, or null when it has none. */
    static PendingLines existing(TransactionSynchronizationRegistry transactions) {
        if (transactions == null || transactions.getTransactionKey() == null) {
            return null;
        }
        return (PendingLines) transactions.getResource(KEY);
    }

    synchronized void add(AuditLine line) {
        if (!enlisted) {
            // The first line goes at once: that enlists the audit's connection in the transaction while it is active.
            // Sent only from beforeCompletion, the lines of a transaction that had touched no connection before (an
            // access refusal recorded in a transaction of its own) were lost without an error on Payara.
            enlisted = true;
            deliver(List.of(line));
            return;
        }
        lines.add(line);
        if (lines.size() >= BATCH) {
            send();
        }
    }

    /** Sends what is pending now: before a read of the audit trail inside the same transaction. */
    synchronized void send() {
        if (!lines.isEmpty()) {
            List<AuditLine> batch = List.copyOf(lines);
            lines.clear();
            deliver(batch);
        }
    }

    /** The lines are out of the buffer when this is called: if they cannot be sent, the transaction must not commit. */
    private void deliver(List<AuditLine> batch) {
        try {
            sender.accept(batch);
        } catch (RuntimeException e) {
            try {
                transaction.setRollbackOnly();
            } catch (IllegalStateException completed) {
                // already completing: the exception below fails the commit
            }
            throw e;
        }
    }

    synchronized int size() {
        return lines.size();
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    @Override
    public synchronized void beforeCompletion() {
        closed = true;
        send();
    }

    @Override
    public synchronized void afterCompletion(int status) {
        closed = true;
        lines.clear();
    }
}
