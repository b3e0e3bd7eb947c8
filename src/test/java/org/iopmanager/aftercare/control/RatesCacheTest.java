package org.iopmanager.aftercare.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.transaction.Status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.iopmanager.testsupport.FakeTransaction;

class RatesCacheTest {

    private static final YearMonth NOW = YearMonth.of(2026, 12);

    private final List<List<Long>> reads = new ArrayList<>();
    private final Map<Long, Long> discharges = new HashMap<>();
    private RatesCache cache;

    @BeforeEach
    void setUp() {
        cache = new RatesCache();
        cache.clock = Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC);
        cache.figures = new MonthlyFigures() {
            @Override
            public Map<Long, Map<YearMonth, long[]>> of(Collection<Long> siteIds, YearMonth from, YearMonth to) {
                reads.add(List.copyOf(siteIds));
                Map<Long, Map<YearMonth, long[]>> result = new HashMap<>();
                for (Long site : siteIds) {
                    Map<YearMonth, long[]> months = new HashMap<>();
                    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                        long[] n = new long[COLUMNS];
                        n[DISCHARGES] = discharges.getOrDefault(site, 1L);
                        months.put(m, n);
                    }
                    result.put(site, months);
                }
                return result;
            }
        };
    }

    @Test
    void aSecondViewReadsNothingAndANewSiteIsReadAlone() {
        cache.figures(List.of(1L, 2L), NOW.minusMonths(11), NOW);
        cache.figures(List.of(1L, 2L), NOW.minusMonths(11), NOW);
        cache.figures(List.of(1L, 2L, 3L), NOW.minusMonths(2), NOW);

        assertThat(reads).containsExactly(List.of(1L, 2L), List.of(3L));
    }

    @Test
    void theFiguresAreThoseOfTheMonthsAsked() {
        Map<Long, Map<YearMonth, long[]>> figures = cache.figures(List.of(1L), NOW.minusMonths(2), NOW.minusMonths(1));

        assertThat(figures.get(1L)).containsOnlyKeys(NOW.minusMonths(2), NOW.minusMonths(1));
    }

    @Test
    void aWriteOfOneSiteMakesOnlyThatSiteReadAgain() {
        cache.figures(List.of(1L, 2L), NOW.minusMonths(11), NOW);
        discharges.put(2L, 5L);

        cache.changed(2L);
        Map<Long, Map<YearMonth, long[]>> figures = cache.figures(List.of(1L, 2L), NOW.minusMonths(11), NOW);

        assertThat(reads).containsExactly(List.of(1L, 2L), List.of(2L));
        assertThat(figures.get(2L).get(NOW)[MonthlyFigures.DISCHARGES]).isEqualTo(5L);
    }

    @Test
    void whileTheWritingTransactionIsOpenTheSiteIsReadEachTimeAndKeptAgainOnceItEnds() {
        FakeTransaction transaction = new FakeTransaction();
        cache.transactions = transaction;
        cache.figures(List.of(1L), NOW, NOW);

        cache.changed(1L);
        cache.figures(List.of(1L), NOW, NOW);
        cache.figures(List.of(1L), NOW, NOW);
        transaction.end(Status.STATUS_COMMITTED);
        cache.transactions = null;
        cache.figures(List.of(1L), NOW, NOW);
        cache.figures(List.of(1L), NOW, NOW);

        assertThat(reads).hasSize(4);
    }

    @Test
    void aRangeOlderThanTheWindowIsReadLiveEveryTime() {
        cache.figures(List.of(1L), NOW.minusMonths(40), NOW.minusMonths(30));
        cache.figures(List.of(1L), NOW.minusMonths(40), NOW.minusMonths(30));

        assertThat(reads).hasSize(2);
    }
}
