package org.iopmanager.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.transaction.Status;

import org.junit.jupiter.api.Test;

import org.iopmanager.testsupport.FakeTransaction;

class ReferenceCopyTest {

    private static final long MINUTE = 60_000_000_000L;

    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void aCopyIsReadOnceAndKeptUntilItIsTooOld() {
        ReferenceCopy<Integer> copy = new ReferenceCopy<>(MINUTE, reads::incrementAndGet);

        assertThat(copy.get()).isEqualTo(1);
        assertThat(copy.get()).isEqualTo(1);
        assertThat(reads).hasValue(1);
        assertThat(copy.get(0)).as("a limit the copy is past reads again").isEqualTo(2);
        assertThat(copy.get()).isEqualTo(2);
    }

    @Test
    void aChangeOutsideATransactionDropsTheCopyAtOnce() {
        ReferenceCopy<Integer> copy = new ReferenceCopy<>(MINUTE, reads::incrementAndGet);
        copy.get();

        copy.changed(null);

        assertThat(copy.get()).isEqualTo(2);
        assertThat(copy.get()).isEqualTo(2);
    }

    @Test
    void whileAWritingTransactionIsOpenNothingReadIsKeptAndItsEndDropsTheCopyWhateverTheOutcome() {
        ReferenceCopy<Integer> copy = new ReferenceCopy<>(MINUTE, reads::incrementAndGet);
        copy.get();
        FakeTransaction transaction = new FakeTransaction();

        copy.changed(transaction);
        assertThat(copy.get()).isEqualTo(2);
        assertThat(copy.get()).as("read while the change is uncommitted: not kept").isEqualTo(3);

        transaction.end(Status.STATUS_ROLLEDBACK);
        assertThat(copy.get()).isEqualTo(4);
        assertThat(copy.get()).as("kept again once no writing transaction is open").isEqualTo(4);
    }

    @Test
    void aCopyReadWhileAChangeHappensIsUsedOnceAndNotKept() {
        List<ReferenceCopy<Integer>> self = new ArrayList<>();
        ReferenceCopy<Integer> copy = new ReferenceCopy<>(MINUTE, () -> {
            int n = reads.incrementAndGet();
            if (n == 1) {
                self.get(0).changed(null); // another thread's write lands during the read
            }
            return n;
        });
        self.add(copy);

        assertThat(copy.get()).isEqualTo(1);
        assertThat(copy.get()).as("the read that raced a change was not kept").isEqualTo(2);
        assertThat(copy.get()).isEqualTo(2);
    }
}
