package org.iopmanager.staff.control;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * How far running imports are, by a key the page made up for its import (never shown to the browser), so a
 * page can poll while the import runs in the background. A finished import's entry is removed by the page.
 */
@ApplicationScoped
public class ImportProgress {

    private final Map<String, int[]> running = new ConcurrentHashMap<>();

    public void start(String key, int total) {
        if (key != null) {
            running.put(key, new int[] {0, total});
        }
    }

    public void advance(String key, int rows) {
        if (key != null) {
            running.computeIfPresent(key, (k, done) -> new int[] {done[0] + rows, done[1]});
        }
    }

    /** Rows done out of 100, 0 when unknown. */
    public int percent(String key) {
        int[] done = key == null ? null : running.get(key);
        return done == null || done[1] == 0 ? 0 : Math.min(100, done[0] * 100 / done[1]);
    }

    public void finish(String key) {
        if (key != null) {
            running.remove(key);
        }
    }
}
