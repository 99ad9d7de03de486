package org.corrkg.server;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.apache.jena.fuseki.servlets.ServletOps;

/**
 * Keeps a query that runs out of time while its results are being written from looking
 * like an answer. Fuseki sends 200 and streams rows; when the timeout stops it midway it
 * sets an error status (400 in Fuseki 5.6, too late once anything was flushed) and appends a
 * "Query cancelled" comment to whatever was sent, so a client saw a 200 with cut-off JSON.
 * Here results are held (Jetty's output buffer, {@link Server#HELD_RESULT_BYTES}) instead of
 * flushed, and an error status set once results are being written is noted rather than
 * passed on. If the results had not outgrown the buffer, it is dropped and the answer is
 * 503 "Query timed out", as for a timeout before the first row; if they had, the 200 is
 * already on the wire, so the connection is cut without the response's end, and no client
 * can take the part for the whole.
 */
final class WholeAnswers implements Filter {

    static final int TIMED_OUT = 503;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletResponse resp = (HttpServletResponse) response;
        Held held = new Held(resp);
        chain.doFilter(request, held);
        if (held.failed == 0)
            return;
        if (!resp.isCommitted()) {
            resp.resetBuffer();
            // Fuseki's only error while writing results is the timeout's; anything else keeps its status.
            boolean timedOut = held.failed == HttpServletResponse.SC_BAD_REQUEST || held.failed == TIMED_OUT;
            ServletOps.responseSendError(resp, timedOut ? TIMED_OUT : held.failed,
                                         timedOut ? "Query timed out" : "The query failed while its results were being written");
            return;
        }
        // Jetty aborts a committed response when its handling fails: no final chunk, so the client sees an error.
        throw new IOException("Query timed out after its results began to be sent: connection cut");
    }

    /** The response with flushes held back, and the first error status set once results are being written noted. */
    private static final class Held extends HttpServletResponseWrapper {

        private boolean writing;
        private int failed;

        Held(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int sc) {
            if (writing && sc >= 400) {
                if (failed == 0)
                    failed = sc;
            } else {
                super.setStatus(sc);
            }
        }

        @Override
        public void flushBuffer() {
            // Held: Jetty sends when its buffer fills or the response ends.
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            writing = true;
            ServletOutputStream out = super.getOutputStream();
            return new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    if (failed == 0)
                        out.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    if (failed == 0)
                        out.write(b, off, len);
                }

                @Override
                public void flush() {
                    // Held, as above: a flush would send the 200 before the results are known to be whole.
                }

                @Override
                public void close() throws IOException {
                    if (failed == 0)
                        out.close();
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
    }
}
