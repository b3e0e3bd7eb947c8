package org.iopmanager.platform.web;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.iopmanager.platform.control.SqlCount;

/**
 * Benchmark only ({@code iop.bench.sql-count=true}, off by default): counts the SQL statements of each request and
 * answers them in the {@code X-IOP-SQL} header. To set a header after the page has rendered, the response is held in
 * a buffer (256 KiB: the largest page is about 100 KB) whose flushes are deferred until the count is known, and a
 * declared Content-Length (which would commit the response at its last byte) is left to the container; a larger answer
 * goes out without the header. Not 1 MiB as before: a buffer of half a G1 region or more is a humongous allocation, and
 * one per request started a concurrent marking cycle every few requests in the benchmark (GC log, bench large). With
 * the setting off the filter passes requests through untouched.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SqlCountFilter extends HttpFilter {

    public static final String HEADER = "X-IOP-SQL";
    private static final long serialVersionUID = 1L;
    private static final int BUFFER = 1 << 18;

    private boolean enabled;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        enabled = SqlCount.enabled();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!enabled || SqlCount.current() >= 0) {
            chain.doFilter(request, response);
            return;
        }
        SqlCount.open();
        Held held = new Held(response);
        try {
            response.setBufferSize(BUFFER);
        } catch (IllegalStateException alreadyWritten) {
            // keep the container's buffer
        }
        try {
            chain.doFilter(request, held);
        } finally {
            int statements = SqlCount.close();
            if (!response.isCommitted()) {
                response.setHeader(HEADER, Integer.toString(statements));
            }
            held.release();
        }
    }

    /** Defers flushes (which would commit the headers) until the count is set. */
    private static final class Held extends HttpServletResponseWrapper {
        private PrintWriter writer;
        private ServletOutputStream stream;

        Held(HttpServletResponse response) {
            super(response);
        }

        // A declared length commits the response once that many bytes are written (static files, PDFs): while
        // counting, the length is left to the container, which knows it from the held buffer.
        @Override
        public void setContentLength(int length) {
            // see above
        }

        @Override
        public void setContentLengthLong(long length) {
            // see above
        }

        @Override
        public void setHeader(String name, String value) {
            if (!"Content-Length".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!"Content-Length".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void flushBuffer() {
            // deferred to release()
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(super.getWriter(), false) {
                    @Override
                    public void flush() {
                        // deferred to release()
                    }
                };
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream out = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        out.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return out.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        out.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }

        void release() throws IOException {
            getResponse().flushBuffer();
        }
    }
}
