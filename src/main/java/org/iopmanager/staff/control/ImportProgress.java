package org.iopmanager.staff.control;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * How far running imports (staff files, exclusion lists) have got, by a key the page chose (the user name, or
 * a key made up for one import and never shown to the browser). An import runs in one request or in the
 * background while the page's progress bar asks in others, so the value lives here and not in a page bean.
 */
@ApplicationScoped
public class ImportProgress {

    private final Map<String, long[]> running = new ConcurrentHashMap<>();

    public void start(String key, long total) {
        if (key != null) {
            running.put(key, new long[] {0, total});
        }
    }

    public void advance(String key, long units) {
        if (key != null) {
            running.computeIfPresent(key, (k, done) -> new long[] {done[0] + units, done[1]});
        }
    }

    /** Done out of 100, 0 when unknown. */
    public int percent(String key) {
        long[] done = key == null ? null : running.get(key);
        return done == null || done[1] == 0 ? 0 : (int) Math.min(100, done[0] * 100 / done[1]);
    }

    public void finish(String key) {
        if (key != null) {
            running.remove(key);
        }
    }

    /** {@code content} (of {@code total} bytes) counted into the key's progress as it is read. */
    public InputStream track(String key, InputStream content, long total) {
        start(key, total);
        return new FilterInputStream(content) {

            @Override
            public int read() throws IOException {
                int b = super.read();
                advance(key, b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                advance(key, Math.max(n, 0));
                return n;
            }
        };
    }
}
