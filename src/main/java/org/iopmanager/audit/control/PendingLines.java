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
 * buffered it. A failure to send fails the commit, so a change never commits without its audit line. A transaction
 * that rolls back drops its lines with it.
 */
final class PendingLines implements Synchronization {

    static final int BATCH = 500;

    private static final Object KEY = PendingLines.class;

    private final Consumer<List<AuditLine>> sender;
    private final List<AuditLine> lines = new ArrayList<>();
    private boolean closed;
    private boolean enlisted;

    private PendingLines(Consumer<List<AuditLine>> sender) {
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
            pending = new PendingLines(sender);
            try {
                transactions.registerInterposedSynchronization(pending);
            } catch (IllegalStateException tooLate) {
                return null;
            }
            transactions.putResource(KEY, pending);
        }
        return pending.closed ? null : pending;
    }

    /** The pending lines of the caller's transaction, or null when it has none. */
    static PendingLines existing(TransactionSynchronizationRegistry transactions) {
        if (transactions == null || transactions.getTransactionKey() == null) {
            return null;
        }
        return (PendingLines) transactions.getResource(KEY);
    }

    void add(AuditLine line) {
        if (!enlisted) {
            // The first line goes at once: that enlists the audit's connection in the transaction while it is active.
            // Sent only from beforeCompletion, the lines of a transaction that had touched no connection before (an
            // access refusal recorded in a transaction of its own) were lost without an error on Payara.
            enlisted = true;
            sender.accept(List.of(line));
            return;
        }
        lines.add(line);
        if (lines.size() >= BATCH) {
            send();
        }
    }

    /** Sends what is pending now: before a read of the audit trail inside the same transaction. */
    void send() {
        if (!lines.isEmpty()) {
            List<AuditLine> batch = List.copyOf(lines);
            lines.clear();
            sender.accept(batch);
        }
    }

    int size() {
        return lines.size();
    }

    @Override
    public void beforeCompletion() {
        closed = true;
        send();
    }

    @Override
    public void afterCompletion(int status) {
        closed = true;
        lines.clear();
    }
}
