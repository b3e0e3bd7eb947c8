package org.iopmanager.platform.control;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * One node's copy of a small list of reference data (sites, disciplines) that nearly every page reads and that changes
 * a few times a year, kept for {@code maxAgeNanos} instead of read on every request (issue 7: one or two statements per
 * list page). A write on this node drops the copy at once and again when its transaction ends, committed or not, so the
 * next read sees the outcome; another node of a cluster reads again within {@code maxAgeNanos}. A copy read while a
 * change was under way (or while a transaction that made one is open, whose uncommitted rows it may hold) is used for
 * that call only, never kept.
 */
public final class ReferenceCopy<T> {

    private final long maxAgeNanos;
    private final Supplier<T> loader;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong open = new AtomicLong();
    private volatile Kept<T> kept;

    public ReferenceCopy(long maxAgeNanos, Supplier<T> loader) {
        this.maxAgeNanos = maxAgeNanos;
        this.loader = loader;
    }

    /** The copy, read again when older than the limit. */
    public T get() {
        return get(maxAgeNanos);
    }

    /** The copy, read again when older than {@code maxAge} (a shorter limit for a look-up that missed). */
    public T get(long maxAge) {
        Kept<T> current = kept;
        long now = System.nanoTime();
        if (current != null && now - current.readAt() < maxAge) {
            return current.value();
        }
        long before = generation.get();
        T value = loader.get();
        synchronized (this) { // against drop(): a change between the check and the store would be lost
            if (generation.get() == before && open.get() == 0) {
                kept = new Kept<>(value, now);
            }
        }
        return value;
    }

    /** Drops the copy now, and again when the current transaction (if {@code transactions} has one) ends. */
    public void changed(TransactionSynchronizationRegistry transactions) {
        drop();
        if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            open.incrementAndGet();
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing: the copy is dropped once the outcome is known
                }

                @Override
                public void afterCompletion(int status) {
                    open.decrementAndGet();
                    drop();
                }
            });
        }
    }

    private synchronized void drop() {
        generation.incrementAndGet();
        kept = null;
    }

    private record Kept<T>(T value, long readAt) {
    }
}
