package org.iopmanager.platform.control;

import java.util.concurrent.atomic.LongAdder;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * What this node has served since it started: requests by status class, their durations as a histogram, and the
 * requests in flight. Counted by {@code RequestMetricsFilter}, shown by {@code MetricsServlet} in the Prometheus text
 * format. Per node, as Prometheus expects: a scraper adds the nodes up.
 */
@ApplicationScoped
public class RequestMetrics {

    /** Upper bounds of the duration buckets, in seconds (the last bucket, +Inf, is the count). */
    public static final double[] BOUNDS = {0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private final LongAdder[] byClass = adders(5);
    private final LongAdder[] buckets = adders(BOUNDS.length);
    private final LongAdder count = new LongAdder();
    private final LongAdder nanos = new LongAdder();
    private final LongAdder inFlight = new LongAdder();

    public void started() {
        inFlight.increment();
    }

    /** One request done with {@code status} after {@code elapsedNanos}. */
    public void finished(int status, long elapsedNanos) {
        inFlight.decrement();
        int statusClass = status / 100;
        if (statusClass >= 1 && statusClass <= 5) {
            byClass[statusClass - 1].increment();
        }
        count.increment();
        nanos.add(elapsedNanos);
        double seconds = elapsedNanos / 1e9;
        for (int i = 0; i < BOUNDS.length; i++) {
            if (seconds <= BOUNDS[i]) {
                buckets[i].increment();
                break;
            }
        }
    }

    /** Requests answered with status {@code n}xx. */
    public long ofClass(int n) {
        return byClass[n - 1].sum();
    }

    /** Requests that took at most {@code BOUNDS[i]} seconds (cumulative, as Prometheus buckets are). */
    public long atMost(int i) {
        long sum = 0;
        for (int k = 0; k <= i; k++) {
            sum += buckets[k].sum();
        }
        return sum;
    }

    public long count() {
        return count.sum();
    }

    public double seconds() {
        return nanos.sum() / 1e9;
    }

    public long inFlight() {
        return inFlight.sum();
    }

    private static LongAdder[] adders(int n) {
        LongAdder[] adders = new LongAdder[n];
        for (int i = 0; i < n; i++) {
            adders[i] = new LongAdder();
        }
        return adders;
    }
}
