package org.iopmanager.testsupport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * One JTA transaction for unit tests of code that registers interposed synchronizations: active until the test
 * commits or ends it, with its resources and synchronizations open to the test's assertions.
 */
public final class FakeTransaction implements TransactionSynchronizationRegistry {

    public Object key = new Object();
    public int status = Status.STATUS_ACTIVE;
    /** Refuses new synchronizations, as a transaction that is completing does. */
    public boolean refuse;
    public final Map<Object, Object> resources = new HashMap<>();
    public final List<Synchronization> synchronizations = new ArrayList<>();

    /** Before-completion of each synchronization (by index: one may register another), then after-completion. */
    public void commit() {
        for (int i = 0; i < synchronizations.size(); i++) {
            synchronizations.get(i).beforeCompletion();
        }
        end(Status.STATUS_COMMITTED);
    }

    /** After-completion only, with the outcome given. */
    public void end(int outcome) {
        status = outcome;
        for (Synchronization s : synchronizations) {
            s.afterCompletion(outcome);
        }
    }

    @Override
    public Object getTransactionKey() {
        return key;
    }

    @Override
    public void putResource(Object k, Object value) {
        resources.put(k, value);
    }

    @Override
    public Object getResource(Object k) {
        return resources.get(k);
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
        if (refuse) {
            throw new IllegalStateException("completing");
        }
        synchronizations.add(sync);
    }

    @Override
    public int getTransactionStatus() {
        return status;
    }

    @Override
    public void setRollbackOnly() {
        status = Status.STATUS_MARKED_ROLLBACK;
    }

    @Override
    public boolean getRollbackOnly() {
        return status == Status.STATUS_MARKED_ROLLBACK;
    }
}
