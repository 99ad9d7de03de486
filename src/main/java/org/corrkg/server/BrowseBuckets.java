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
 * and every communication must be read, or where another index serves better (disputed only).
 * With {@code split=true} it answers instead {@code {"split": {"whole": [..], "some": [..], "all": false, "places": true}}}:
 * the buckets the filter takes whole, whose counts a view adds up, those whose communications it
 * reads, whether every bucket is whole without a date filter ({@link DatePages.Split}), and
 * whether the store keeps the map's counts by bucket too (a store loaded before it did not), for
 * the page to bind on its counts' "# split" line; or
 * {@code {"split": null}} where the store does not keep what that needs. A value it cannot read is
 * {@code {"error": ...}} with status 400. The counts come from {@code queries/browse/buckets.rq};
 * {@link DatePages} chooses.
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

    private record Counted(DataVersion version, DatePages.Counts counts) {}

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
            boolean disputedOnly = "only".equals(params.get("disputedMode"));
            String splitting = Optional.ofNullable(req.getParameter("split")).orElse("false");
            if (!splitting.equals("true") && !splitting.equals("false"))
                throw new CorrkgException("split: true or false, not '" + splitting + "'");
            if (splitting.equals("true")) {
                DatePages.Counts held = disputedOnly ? null : counts(params);
                if (held == null || !held.splits()) {
                    json.put("split", JsonNull.instance);
                } else {
                    DatePages.Split split = DatePages.split(held.buckets(), after, before);
                    JsonObject parts = new JsonObject();
                    parts.put("whole", array(split.whole()));
                    parts.put("some", array(split.some()));
                    parts.put("all", split.all());
                    parts.put("places", held.mapSplits());
                    json.put("split", parts);
                }
            } else {
                long need = need(req.getParameter("need"));
                Optional<List<Long>> plan = disputedOnly ? Optional.empty()
                        : DatePages.plan(counts(params).buckets(), after, before, need, order.equals("latest"), undatedLast);
                json.put("buckets", plan.isPresent() ? array(plan.get()) : JsonNull.instance);
            }
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
    private DatePages.Counts counts(Map<String, String> params) {
        Optional<DataVersion> now = DataVersion.of(dataset);
        if (now.isEmpty())
            return DatePages.counts(new QueryRunner(source, library), library, params);
        synchronized (counts) {
            Counted held = counts.get(params);
            if (held != null && held.version().equals(now.get()))
                return held.counts();
        }
        // The counts and the version they go with, read in one transaction.
        Counted read = Txn.calculateRead(dataset, () -> new Counted(DataVersion.of(dataset).orElseThrow(),
                DatePages.counts(new QueryRunner(source, library), library, params)));
        synchronized (counts) {
            counts.put(Map.copyOf(params), read);
        }
        return read.counts();
    }

    private static JsonArray array(List<Long> buckets) {
        JsonArray array = new JsonArray();
        buckets.forEach(array::add);
        return array;
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
