package org.corrkg.server;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.apache.jena.update.UpdateException;

/**
 * Answers a write that {@link CheckedWrites} refused, or a query that a server on a store
 * elsewhere cannot send on ({@link org.corrkg.query.RefusedQueries}), with the refusal's own
 * status and message. Fuseki's update action turns any exception from the dataset into 500, or
 * swallows it and answers 204, and its query action answers 500; so the refusal is noted for
 * the request's thread, whatever Fuseki makes of it afterwards is muted, and this filter
 * answers instead.
 */
final class Refusals implements Filter {

    /** Why a write was refused, and with which status. */
    record Refusal(int status, String message) {}

    /**
     * Thrown into Fuseki once a refusal is noted, to stop the write; its own handling of it is
     * muted. An {@link UpdateException}, which Fuseki logs in one line rather than with a stack trace.
     */
    static final class Refused extends UpdateException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    // A servlet request runs on one thread, and so does the Jena transaction it writes in.
    private static final ThreadLocal<Refusal> CURRENT = new ThreadLocal<>();

    /** Notes the first refusal of this request and returns what to throw. */
    static Refused refuse(int status, String message) {
        if (CURRENT.get() == null)
            CURRENT.set(new Refusal(status, message));
        return new Refused(message);
    }

    static boolean pending() {
        return CURRENT.get() != null;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletResponse resp = (HttpServletResponse) response;
        CURRENT.remove();
        try {
            chain.doFilter(request, new Muted(resp));
        } catch (RuntimeException e) {
            if (!pending())
                throw e;
        } finally {
            Refusal refusal = CURRENT.get();
            CURRENT.remove();
            if (refusal != null && !resp.isCommitted()) {
                resp.reset();
                PlainText.send(resp, refusal.status(), refusal.message());
            }
        }
    }

    /** The response, until a refusal is noted; from then on nothing Fuseki does reaches it. */
    private static final class Muted extends HttpServletResponseWrapper {

        Muted(HttpServletResponse response) {
            super(response);
        }

        @Override public void setStatus(int sc) { if (!pending()) super.setStatus(sc); }
        @Override public void sendError(int sc) throws IOException { if (!pending()) super.sendError(sc); }
        @Override public void sendError(int sc, String msg) throws IOException { if (!pending()) super.sendError(sc, msg); }
        @Override public void setHeader(String name, String value) { if (!pending()) super.setHeader(name, value); }
        @Override public void addHeader(String name, String value) { if (!pending()) super.addHeader(name, value); }
        @Override public void setContentType(String type) { if (!pending()) super.setContentType(type); }
        @Override public void setContentLength(int len) { if (!pending()) super.setContentLength(len); }
        @Override public void setContentLengthLong(long len) { if (!pending()) super.setContentLengthLong(len); }
        @Override public void setCharacterEncoding(String charset) { if (!pending()) super.setCharacterEncoding(charset); }
        @Override public void flushBuffer() throws IOException { if (!pending()) super.flushBuffer(); }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            return pending() ? new Discarding() : super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            return pending() ? new PrintWriter(Writer.nullWriter()) : super.getWriter();
        }
    }

    private static final class Discarding extends ServletOutputStream {
        private final OutputStream sink = OutputStream.nullOutputStream();

        @Override public void write(int b) throws IOException { sink.write(b); }
        @Override public boolean isReady() { return true; }
        @Override public void setWriteListener(WriteListener listener) { }
    }
}
