package org.iopmanager.aftercare.control;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.iopmanager.platform.entity.SiteWrites.SiteWritten;

/**
 * The follow-up rates' monthly figures of each site for the last three years, kept in memory per site: the dashboard
 * of all sites read a year of every site's follow-ups and referrals on each view (issue 7: on 200 sites 85,000
 * referrals, 3.5 times the cost of 3 sites). A site's figures are read again only when that site's episodes,
 * referrals or follow-ups were written ({@link SiteWritten}): on this node at the next view (dropped when the writing
 * transaction ends, committed or not, and never kept while one is open), on another node of a cluster within
 * {@link #MAX_AGE_NANOS}. The sites that changed are read in one query; a range older than the window is read live.
 */
@ApplicationScoped
public class RatesCache {

    static final long MAX_AGE_NANOS = 60_000_000_000L;

    /** The months kept: the dashboard's longest range and the next month (a site ahead of UTC is in it already). */
    static final int WINDOW_MONTHS = 37;

    @Inject
    MonthlyFigures figures;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final AtomicLong changes = new AtomicLong();
    private final Map<Long, Long> lastChange = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> open = new ConcurrentHashMap<>();
    private final Map<Long, Kept> kept = new ConcurrentHashMap<>();

    /** The figures of the sites for the months {@code from} to {@code to}, by site then month. */
    public Map<Long, Map<YearMonth, long[]>> figures(Collection<Long> siteIds, YearMonth from, YearMonth to) {
        YearMonth last = YearMonth.now(clock.withZone(ZoneOffset.UTC)).plusMonths(1);
        YearMonth first = last.minusMonths(WINDOW_MONTHS - 1L);
        if (from.isBefore(first) || to.isAfter(last)) {
            return figures.of(siteIds, from, to);
        }
        long now = System.nanoTime();
        Map<Long, Map<YearMonth, long[]>> result = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (Long site : siteIds) {
            Kept k = kept.get(site);
            if (k != null && k.first().equals(first) && now - k.readAt() < MAX_AGE_NANOS) {
                result.put(site, k.months());
            } else {
                missing.add(site);
            }
        }
        if (!missing.isEmpty()) {
            long before = changes.get();
            Map<Long, Map<YearMonth, long[]>> read = figures.of(missing, first, last);
            for (Long site : missing) {
                Map<YearMonth, long[]> months = Collections.unmodifiableMap(read.getOrDefault(site, Map.of()));
                result.put(site, months);
                // atomic against changed(): a write that ended while this was read is seen here, or removes it after
                kept.compute(site, (id, old) -> lastChange.getOrDefault(id, -1L) <= before && openOf(id) == 0
                        ? new Kept(first, months, now) : old);
            }
        }
        Map<Long, Map<YearMonth, long[]>> inRange = new HashMap<>();
        result.forEach((site, months) -> months.forEach((month, n) -> {
            if (!month.isBefore(from) && !month.isAfter(to)) {
                inRange.computeIfAbsent(site, id -> new HashMap<>()).put(month, n);
            }
        }));
        return inRange;
    }

    /** An episode, referral or follow-up of the site was written in the current transaction. */
    void written(@Observes SiteWritten write) {
        changed(write.siteId());
    }

    void changed(Long siteId) {
        drop(siteId);
        if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            open.computeIfAbsent(siteId, id -> new AtomicInteger()).incrementAndGet();
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing: the figures are dropped once the outcome is known
                }

                @Override
                public void afterCompletion(int status) {
                    open.get(siteId).decrementAndGet();
                    drop(siteId);
                }
            });
        }
    }

    private void drop(Long siteId) {
        lastChange.put(siteId, changes.incrementAndGet());
        kept.remove(siteId);
    }

    private int openOf(Long siteId) {
        AtomicInteger count = open.get(siteId);
        return count == null ? 0 : count.get();
    }

    private record Kept(YearMonth first, Map<YearMonth, long[]> months, long readAt) {
    }
}
