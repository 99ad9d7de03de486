package org.corrkg.server;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.corrkg.CorrkgException;
import org.corrkg.query.DatePages;
import org.corrkg.query.QueryLibrary;
import org.corrkg.query.QueryRunner;
import org.corrkg.query.QuerySource;
import org.corrkg.store.DataVersion;

/**
 * The date buckets that hold the first communications in time under the page's filters:
 * {@code /browse/buckets?type=&disputedMode=&after=&before=&need=1500&order=earliest&undated=first} answers
 * {@code {"buckets": [..]}} for the page to bind on its timeline's "# buckets" line, or
 * {@code {"buckets": null}} where the store keeps no bucket counts (loaded by an older corrkg)
 * and every communication must be read, or where another index serves better (disputed only); a value it cannot read is {@code {"error": ...}}
 * with status 400. The counts come from {@code queries/browse/buckets.rq}; {@link DatePages}
 * chooses.
 */
final class BrowseBuckets extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final long MAX_NEED = 100_000;

    private static final int CACHED = 64;

    private final transient Dataset dataset;
    private final transient QuerySource source;
    private final transient QueryLibrary library;
    /** The bucket counts by filter, each with the state of the store it was read from; the most recently used 64. */
    private final transient Map<Map<String, String>, Counted> counts = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Map<String, String>, Counted> eldest) {
            return size() > CACHED;
        }
    };

    private record Counted(DataVersion version, List<DatePages.Bucket> buckets) {}

    BrowseBuckets(Dataset dataset, QueryLibrary library) {
        this.dataset = dataset;
        this.source = QuerySource.of(dataset);
        this.library = library;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        JsonObject json = new JsonObject();
        try {
            Optional<LocalDate> after = date(req, "after"), before = date(req, "before");
            long need = need(req.getParameter("need"));
            String order = Optional.ofNullable(req.getParameter("order")).orElse("earliest");
            if (!order.equals("earliest") && !order.equals("latest"))
                throw new CorrkgException("order: earliest or latest, not '" + order + "'");
            String undated = Optional.ofNullable(req.getParameter("undated")).orElse("first");
            if (!undated.equals("first") && !undated.equals("last"))
                throw new CorrkgException("undated: first or last, not '" + undated + "'");
            boolean undatedLast = undated.equals("last");
            Map<String, String> params = new LinkedHashMap<>();
            put(params, "type", req.getParameter("type"));
            put(params, "disputedMode", req.getParameter("disputedMode"));
            // Disputed communications are few: read through the status index, not by buckets.
            Optional<List<Long>> plan = "only".equals(params.get("disputedMode")) ? Optional.empty()
                    : DatePages.plan(counts(params), after, before, need, order.equals("latest"), undatedLast);
            JsonArray buckets = new JsonArray();
            plan.ifPresent(list -> list.forEach(buckets::add));
            json.put("buckets", plan.isPresent() ? buckets : JsonNull.instance);
            JsonText.send(resp, HttpServletResponse.SC_OK, json);
        } catch (CorrkgException e) {
            JsonObject error = new JsonObject();
            error.put("error", e.getMessage());
            JsonText.send(resp, HttpServletResponse.SC_BAD_REQUEST, error);
        }
    }

    /**
     * The bucket counts under the filter: read once for each state of the store (the counts are a
     * few thousand rows at most, and reading them costs more than the plan), then from memory
     * until a write moves the store on.
     */
    private List<DatePages.Bucket> counts(Map<String, String> params) {
        Optional<DataVersion> now = DataVersion.of(dataset);
        if (now.isEmpty())
            return DatePages.counts(new QueryRunner(source, library), library, params);
        synchronized (counts) {
            Counted held = counts.get(params);
            if (held != null && held.version().equals(now.get()))
                return held.buckets();
        }
        // The counts and the version they go with, read in one transaction.
        Counted read = Txn.calculateRead(dataset, () -> new Counted(DataVersion.of(dataset).orElseThrow(),
                DatePages.counts(new QueryRunner(source, library), library, params)));
        synchronized (counts) {
            counts.put(Map.copyOf(params), read);
        }
        return read.buckets();
    }

    private static Optional<LocalDate> date(HttpServletRequest req, String name) {
        String value = req.getParameter(name);
        if (value == null || value.isEmpty())
            return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw new CorrkgException(name + ": not a date (yyyy-mm-dd): '" + value + "'");
        }
    }

    private static long need(String value) {
        if (value == null || value.isEmpty())
            return 1500;
        try {
            long n = Long.parseLong(value);
            if (n >= 1 && n <= MAX_NEED)
                return n;
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new CorrkgException("need: a whole number from 1 to " + MAX_NEED + ", not '" + value + "'");
    }

    private static void put(Map<String, String> params, String name, String value) {
        if (value != null && !value.isEmpty())
            params.put(name, value);
    }
}
