package org.iopmanager.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestMetricsTest {

    private static final long MS = 1_000_000L;

    @Test
    void countsByStatusClassAndInCumulativeBuckets() {
        RequestMetrics metrics = new RequestMetrics();
        for (long ms : new long[] {10, 40, 90, 2_000, 60_000}) {
            metrics.started();
            metrics.finished(ms == 2_000 ? 404 : ms == 60_000 ? 500 : 200, ms * MS);
        }
        assertThat(metrics.ofClass(2)).isEqualTo(3);
        assertThat(metrics.ofClass(4)).isEqualTo(1);
        assertThat(metrics.ofClass(5)).isEqualTo(1);
        assertThat(metrics.count()).isEqualTo(5);
        assertThat(metrics.inFlight()).isZero();
        // bounds 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10 s: the minute-long request is only in +Inf
        assertThat(metrics.atMost(0)).isEqualTo(1);
        assertThat(metrics.atMost(1)).isEqualTo(2);
        assertThat(metrics.atMost(2)).isEqualTo(3);
        assertThat(metrics.atMost(5)).isEqualTo(3);
        assertThat(metrics.atMost(6)).isEqualTo(4);
        assertThat(metrics.atMost(RequestMetrics.BOUNDS.length - 1)).isEqualTo(4);
        assertThat(metrics.seconds()).isEqualTo(62.14, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aRequestUnderWayIsInFlight() {
        RequestMetrics metrics = new RequestMetrics();
        metrics.started();
        assertThat(metrics.inFlight()).isEqualTo(1);
        metrics.finished(200, MS);
        assertThat(metrics.inFlight()).isZero();
    }
}
