package org.corrkg.server;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.apache.jena.query.Dataset;
import org.corrkg.store.DataVersion;

/**
 * Answers a SPARQL query the server has answered before, for the same data, from memory.
 * A page's overview sends the same queries for every reader, and a reader going back and
 * forth sends them again; each costs parsing (milliseconds for the library's longer
 * queries) and running. Here a query's whole answer (status 200, headers, bytes) is kept,
 * keyed on what decides it: the query text however it came (GET {@code ?query=}, a form,
 * an {@code application/sparql-query} body), the other parameters, the Accept header, the
 * path, and the store's {@link DataVersion}, read before the query runs. Every committed
 * write moves that version on, so an answer kept before a write is never given after it;
 * entries for old versions go as the least recently used.
 *
 * <p>Not kept: anything but a 200 (errors, timeouts), answers over a sixteenth of the
 * cache, answers cut off while being written, queries whose answer can change without a
 * write ({@code NOW()}, {@code RAND()}, {@code UUID()}, {@code STRUUID()}, {@code BNODE()},
 * {@code SERVICE}), and every request to a store that has no data version (a store
 * elsewhere). Memory: at most {@code capacity} bytes of answers, plus, while answers are
 * being written, up to one entry's limit per request in flight.
 *
 * <p>An answer from memory carries {@code X-Cache: hit}; one that was computed, {@code
 * X-Cache: miss}.
 */
final class AnswerCache implements Filter {

    static final String HEADER = "X-Cache";

    /** Queries whose answer may change between two runs on the same data. */
    private static final Pattern VOLATILE = Pattern.compile("(?i)\\b(?:NOW|RAND|UUID|STRUUID|BNODE)\\s*\\(|\\bSERVICE\\b");

    /** Headers that belong to one exchange, not to the answer. */
    private static final List<String> NOT_KEPT = List.of("date", "content-length", "connection", "fuseki-request-id", "set-cookie", HEADER.toLowerCase(Locale.ROOT));

    private final Dataset dataset;
    private final Entries entries;

    AnswerCache(Dataset dataset, long capacity) {
        this.dataset = dataset;
        this.entries = new Entries(capacity);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String method = req.getMethod();
        if (!method.equals("GET") && !method.equals("POST")) {
            chain.doFilter(request, response);
            return;
        }
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        byte[] body = null;
        String query;
        if (method.equals("POST") && type.startsWith("application/sparql-query")) {
            // The length is stated and within the query limit (SizeLimits runs first).
            body = req.getInputStream().readAllBytes();
            req = new Replayed(req, body);
            query = new String(body, StandardCharsets.UTF_8);
        } else if (method.equals("GET") || type.startsWith("application/x-www-form-urlencoded")) {
            query = req.getParameter("query");
        } else {
            query = null;
        }
        Optional<DataVersion> version = query == null || VOLATILE.matcher(query).find() ? Optional.empty() : DataVersion.of(dataset);
        if (version.isEmpty()) {
            chain.doFilter(req, response);
            return;
        }
        Key key = new Key(version.get(), req.getRequestURI(), query, parameters(req), String.valueOf(req.getHeader("Accept")), body == null ? "" : type);
        Entry kept = entries.get(key);
        if (kept != null) {
            kept.send(resp);
            return;
        }
        resp.setHeader(HEADER, "miss");
        Copying copying = new Copying(resp, entries.entryLimit());
        chain.doFilter(req, copying);
        Entry entry = copying.entry();
        if (entry != null)
            entries.put(key, entry);
    }

    /** The request's parameters but the query, in a fixed order. */
    private static String parameters(HttpServletRequest req) {
        Map<String, String[]> sorted = new TreeMap<>(req.getParameterMap());
        sorted.remove("query");
        StringBuilder out = new StringBuilder();
        sorted.forEach((name, values) -> out.append(name).append('=').append(String.join("\u0000", values)).append('\u0001'));
        return out.toString();
    }

    /** What decides an answer. */
    record Key(DataVersion version, String path, String query, String parameters, String accept, String contentType) {}

    /** A kept answer: its headers and bytes (the status is 200). */
    record Entry(List<String[]> headers, String contentType, byte[] body) {

        long size() {
            long size = body.length + 64;
            for (String[] h : headers)
                size += 2L * (h[0].length() + h[1].length());
            return size;
        }

        void send(HttpServletResponse resp) throws IOException {
            resp.setStatus(HttpServletResponse.SC_OK);
            // Set, not added: a filter before this one may have set the same header for this response already.
            Set<String> set = new HashSet<>();
            for (String[] h : headers) {
                if (set.add(h[0].toLowerCase(Locale.ROOT)))
                    resp.setHeader(h[0], h[1]);
                else
                    resp.addHeader(h[0], h[1]);
            }
            if (contentType != null)
                resp.setContentType(contentType);
            resp.setHeader(HEADER, "hit");
            resp.setContentLength(body.length);
            resp.getOutputStream().write(body);
        }
    }

    /**
     * The kept answers, the least recently used going first once their sizes add up to more
     * than the capacity; an answer larger than {@link #entryLimit()} is not kept.
     */
    static final class Entries {

        private final long capacity;
        private final LinkedHashMap<Key, Entry> map = new LinkedHashMap<>(64, 0.75f, true);
        private long size;

        Entries(long capacity) {
            this.capacity = capacity;
        }

        long entryLimit() {
            return capacity / 16;
        }

        synchronized Entry get(Key key) {
            return map.get(key);
        }

        synchronized void put(Key key, Entry entry) {
            long added = entry.size();
            if (added > entryLimit())
                return;
            Entry old = map.put(key, entry);
            size += added - (old == null ? 0 : old.size());
            Iterator<Entry> oldest = map.values().iterator();
            while (size > capacity && oldest.hasNext()) {
                size -= oldest.next().size();
                oldest.remove();
            }
        }

        synchronized long size() {
            return size;
        }

        synchronized int count() {
            return map.size();
        }
    }

    /** The request with the body it came with, read once here, read again by Fuseki. */
    private static final class Replayed extends HttpServletRequestWrapper {

        private final byte[] body;

        Replayed(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("The body was already read");
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            String charset = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(charset)));
        }
    }

    /**
     * The response, passed on as it is written, with a copy of its bytes kept while they fit
     * in one entry; the copy is the answer to keep if the response ends as a 200 written
     * through its byte stream.
     */
    private static final class Copying extends HttpServletResponseWrapper {

        private final long limit;
        private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private int status = SC_OK;
        private boolean keepable = true;
        private ServletOutputStream out;

        Copying(HttpServletResponse response, long limit) {
            super(response);
            this.limit = limit;
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc) throws IOException {
            status = sc;
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            status = sc;
            super.sendError(sc, msg);
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            keepable = false;
            return super.getWriter();
        }

        private void copy(byte[] b, int off, int len) {
            if (!keepable)
                return;
            if (copy.size() + (long) len > limit) {
                keepable = false;
                copy.reset();
                return;
            }
            copy.write(b, off, len);
        }

        /** The answer to keep, or null. */
        Entry entry() {
            if (!keepable || status != SC_OK || out == null)
                return null;
            List<String[]> headers = new ArrayList<>();
            for (String name : getHeaderNames()) {
                if (NOT_KEPT.contains(name.toLowerCase(Locale.ROOT)) || name.equalsIgnoreCase("content-type"))
                    continue;
                for (String value : getHeaders(name))
                    headers.add(new String[] {name, value});
            }
            return new Entry(headers, getContentType(), copy.toByteArray());
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (out == null) {
                out = new PassingOutput(super.getOutputStream()) {
                    @Override
                    void pass(byte[] b, int off, int len) throws IOException {
                        real.write(b, off, len);
                        copy(b, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        real.flush();
                    }

                    @Override
                    public void close() throws IOException {
                        real.close();
                    }
                };
            }
            return out;
        }
    }

}
