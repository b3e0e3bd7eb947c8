package org.iopmanager.audit.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;

import org.junit.jupiter.api.Test;

import org.iopmanager.audit.entity.AuditAction;
import org.iopmanager.testsupport.FakeTransaction;

class PendingLinesTest {

    private final FakeTransaction registry = new FakeTransaction();
    private final List<List<AuditLine>> sent = new ArrayList<>();

    @Test
    void linesOfATransactionGoInBatchesAndTheRestJustBeforeTheCommit() {
        int lines = 1 + PendingLines.BATCH * 2 + 3;
        for (int i = 0; i < lines; i++) {
            PendingLines.of(registry, sent::add).add(line(i));
        }
        assertThat(sent).as("the first at once (it enlists the connection), then full batches")
                .extracting(List::size).containsExactly(1, PendingLines.BATCH, PendingLines.BATCH);
        assertThat(registry.synchronizations).hasSize(1);

        registry.commit();

        assertThat(sent).extracting(List::size).containsExactly(1, PendingLines.BATCH, PendingLines.BATCH, 3);
        assertThat(sent.stream().flatMap(List::stream).map(l -> l.record().entityId()))
                .as("every line once, in the order written").containsExactlyElementsOf(
                        java.util.stream.IntStream.range(0, lines).mapToObj(String::valueOf).toList());
    }

    @Test
    void aLineWrittenAfterThisTransactionsBeforeCompletionIsSentAtOnce() {
        PendingLines.of(registry, sent::add).add(line(0));
        PendingLines.of(registry, sent::add).add(line(1));
        registry.synchronizations.get(0).beforeCompletion();
        // a later synchronization (a persistence context flushing at commit) writes another line
        assertThat(PendingLines.of(registry, sent::add)).as("no buffer any more: the caller writes at once").isNull();
        assertThat(sent).extracting(List::size).containsExactly(1, 1);
    }

    @Test
    void withoutAnActiveTransactionLinesAreSentAtOnce() {
        assertThat(PendingLines.of(null, sent::add)).isNull();
        registry.key = null;
        assertThat(PendingLines.of(registry, sent::add)).isNull();
        registry.key = new Object();
        registry.status = Status.STATUS_MARKED_ROLLBACK;
        assertThat(PendingLines.of(registry, sent::add)).isNull();
        assertThat(registry.synchronizations).isEmpty();
    }

    @Test
    void aRegistryThatRefusesTheSynchronizationMeansSendAtOnce() {
        registry.refuse = true;
        assertThat(PendingLines.of(registry, sent::add)).isNull();
    }

    @Test
    void aRolledBackTransactionDropsItsPendingLinesAndAFailedSendFailsTheCommit() {
        PendingLines.of(registry, sent::add).add(line(0));
        PendingLines.of(registry, sent::add).add(line(1));
        registry.synchronizations.get(0).afterCompletion(Status.STATUS_ROLLEDBACK);
        assertThat(PendingLines.existing(registry).size()).isZero();
        assertThat(sent).as("only the first, which rolls back with the transaction").hasSize(1);

        FakeTransaction other = new FakeTransaction();
        int[] calls = {0};
        PendingLines pending = PendingLines.of(other, lines -> {
            if (calls[0]++ > 0) {
                throw new IllegalStateException("database gone");
            }
        });
        pending.add(line(2));
        pending.add(line(3));
        assertThatThrownBy(other::commit).isInstanceOf(IllegalStateException.class).hasMessage("database gone");
        assertThat(other.getRollbackOnly()).as("the transaction cannot commit without the lines").isTrue();
    }

    @Test
    void aFailedBatchMarksTheTransactionForRollbackEvenIfTheCallerCatchesIt() {
        int[] calls = {0};
        PendingLines pending = PendingLines.of(registry, lines -> {
            if (calls[0]++ > 0) {
                throw new IllegalStateException("database gone");
            }
        });
        pending.add(line(0));
        for (int i = 1; i < PendingLines.BATCH; i++) {
            pending.add(line(i));
        }
        assertThat(registry.getRollbackOnly()).isFalse();
        assertThatThrownBy(() -> pending.add(line(PendingLines.BATCH))).hasMessage("database gone");
        assertThat(registry.getRollbackOnly()).isTrue();
        assertThat(PendingLines.of(registry, sent::add)).as("a transaction marked for rollback buffers nothing more").isNull();
    }

    @Test
    void aSynchronizationRegisteredDuringTheCommitStillRuns() {
        // Payara calls the interposed synchronizations by index, so one registered by another's beforeCompletion (a
        // persistence context flushing at commit, whose flush writes the first audit line) is called too.
        registry.synchronizations.add(new Synchronization() {
            @Override
            public void beforeCompletion() {
                for (int i = 0; i < 3; i++) {
                    PendingLines.of(registry, sent::add).add(line(i));
                }
            }

            @Override
            public void afterCompletion(int status) {
            }
        });
        registry.commit();
        assertThat(sent.stream().mapToInt(List::size).sum()).as("every line of the commit-time flush").isEqualTo(3);
    }

    @Test
    void sendPendingMakesTheLinesVisibleToAReadInTheSameTransaction() {
        PendingLines.of(registry, sent::add).add(line(0));
        PendingLines.of(registry, sent::add).add(line(1));
        assertThat(sent).hasSize(1);
        PendingLines.existing(registry).send();
        assertThat(sent).hasSize(2);
        registry.commit();
        assertThat(sent).as("nothing twice").hasSize(2);
    }

    private static AuditLine line(int i) {
        return new AuditLine(OffsetDateTime.of(2026, 12, 2, 8, 0, 0, 0, ZoneOffset.UTC),
                new AuditRecord(AuditAction.CREATE, "Screening", String.valueOf(i), 1L, "CREATE Screening " + i, "{}"),
                "tester", "ADMIN", "127.0.0.1", null);
    }

    /** One transaction's registry, as the container keeps it. */
}
