package org.corrkg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;


/**
 * Keeps a query that runs out of time while its results are being written from looking
 * like an answer. Fuseki sends 200 and streams rows; when the timeout stops it midway it
 * sets an error status (400 in Fuseki 5.6, too late once anything was flushed) and appends a
 * "Query cancelled" comment to whatever was sent, so a client saw a 200 with cut-off JSON.
 * Here the first {@code held} bytes of a result are kept in a buffer that grows with the
 * result (most answers are small, so a response costs what it writes, not the limit), and an
 * error status set once results are being written is noted rather than passed on. If the
 * results had not outgrown the buffer, it is dropped and the answer is 503 "Query timed
 * out", as for a timeout before the first row; if they had, the 200 is already on the wire,
 * so the connection is cut without the response's end, and no client can take the part for
 * the whole.
 */
final class WholeAnswers implements Filter {

    static final int TIMED_OUT = 503;

    private final int held;

    WholeAnswers(int held) {
        this.held = held;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletResponse resp = (HttpServletResponse) response;
        Held wrapped = new Held(resp, held);
        chain.doFilter(request, wrapped);
        if (wrapped.failed == 0) {
            wrapped.release();
            return;
        }
        if (!resp.isCommitted()) {
            resp.resetBuffer();
            // Fuseki's only error while writing results is the timeout's; anything else keeps its status.
            boolean timedOut = wrapped.failed == HttpServletResponse.SC_BAD_REQUEST || wrapped.failed == TIMED_OUT;
            PlainText.send(resp, timedOut ? TIMED_OUT : wrapped.failed,
                                         timedOut ? "Query timed out" : "The query failed while its results were being written");
            return;
        }
        // Jetty aborts a committed response when its handling fails: no final chunk, so the client sees an error.
        throw new IOException("Query timed out after its results began to be sent: connection cut");
    }

    /** The response with its first bytes held back, and the first error status set once results are being written noted. */
    private static final class Held extends HttpServletResponseWrapper {

        private final int limit;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private ServletOutputStream out;
        private boolean writing;
        private boolean passing;
        private boolean closeWanted;
        private int failed;

        Held(HttpServletResponse response, int limit) {
            super(response);
            this.limit = limit;
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
        public void flushBuffer() throws IOException {
            if (passing)
                super.flushBuffer();
        }

        // Fuseki gives an error message's length in characters; the length of what is held is set when it is sent.
        @Override
        public void setContentLength(int len) {}

        @Override
        public void setContentLengthLong(long len) {}

        /** Sends what is held, once the results are known to be whole. */
        void release() throws IOException {
            if (out == null)
                return;
            if (!passing) {
                super.setContentLengthLong(buffer.size());
                buffer.writeTo(out);
            }
            if (closeWanted)
                out.close();
        }

        /** The held bytes have outgrown the limit: send them, and everything after them, as it comes. */
        private void passOn() throws IOException {
            passing = true;
            buffer.writeTo(out);
            buffer.reset();
            out.flush();
        }

        private void write(byte[] b, int off, int len) throws IOException {
            if (failed != 0)
                return;
            if (passing) {
                out.write(b, off, len);
                return;
            }
            buffer.write(b, off, len);
            if (buffer.size() > limit)
                passOn();
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            writing = true;
            if (out == null)
                out = super.getOutputStream();
            return new PassingOutput(out) {
                @Override
                void pass(byte[] b, int off, int len) throws IOException {
                    Held.this.write(b, off, len);
                }

                @Override
                public void flush() throws IOException {
                    // While held, a flush would send the 200 before the results are known to be whole.
                    if (passing && failed == 0)
                        real.flush();
                }

                @Override
                public void close() throws IOException {
                    if (failed != 0)
                        return;
                    if (passing)
                        real.close();
                    else
                        closeWanted = true;
                }
            };
        }
    }
}
