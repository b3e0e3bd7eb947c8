package org.iopmanager.staff.control;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * How far each user's running list import has got, in percent of the file read. The import runs in one
 * request and the page's progress bar asks in others, so the value lives here, keyed by user name, and not in
 * a page bean.
 */
@ApplicationScoped
public class ImportProgress {

    private final Map<String, Integer> percents = new ConcurrentHashMap<>();

    public int percent(String user) {
        return user == null ? 0 : percents.getOrDefault(user, 0);
    }

    /** {@code content} (of {@code total} bytes) counted into the user's progress as it is read. */
    public InputStream track(String user, InputStream content, long total) {
        percents.put(user, 0);
        return new FilterInputStream(content) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) {
                read += n;
                // 99 at most: the last percent is the commit, which the page learns from the response.
                percents.put(user, (int) Math.min(99, total == 0 ? 0 : read * 100 / total));
            }
        };
    }

    public void done(String user) {
        percents.remove(user);
    }
}
