package org.corrkg.server;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.corrkg.CorrkgException;
import org.corrkg.Excerpt;
import org.corrkg.dates.DateBounds;
import org.corrkg.exchange.Correspondence;
import org.corrkg.exchange.cmif.CmifExport;
import org.corrkg.exchange.csv.CsvExport;
import org.corrkg.exchange.json.JsonExport;
import org.corrkg.query.NamedQuery;
import org.corrkg.query.QueryLibrary;
import org.corrkg.query.QueryRunner;
import org.corrkg.query.QuerySource;

/**
 * What a browser view lists, all of it and not one page, as a file:
 * {@code /browse/download?format=csv&type=letter&from=2013&to=2014} (csv, cmif or json). It takes
 * the filters as the page's address holds them (type, topic, actor or place as an IRI or a name; from and
 * to as a year or a day; disputed as include, exclude or only), selects the communications with
 * {@code browse/communications-all} and writes them by date with the exporters of the command
 * line ({@link CsvExport}, {@link CmifExport}, {@link JsonExport}), streaming: memory holds a
 * bounded sort, not the rows. CMIF holds the letters among them (messages and calls; a
 * statement or a meeting is not a letter). A search's results download the same way:
 * {@code /browse/download?format=csv&q=Nowruz} selects with {@code browse/search-communications-all}
 * what the search view lists (the search takes no filter).
 */
final class BrowseDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    enum Format {
        CSV("text/csv; charset=utf-8; header=present", "csv"), CMIF("application/tei+xml; charset=utf-8", "xml"),
        JSON("application/json; charset=utf-8", "json");

        final String contentType;
        final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }
    }

    private final transient Dataset dataset;
    private final transient QueryRunner runner;
    private final transient NamedQuery query;
    private final transient NamedQuery search;

    BrowseDownload(Dataset dataset, QueryLibrary library) {
        this.dataset = dataset;
        this.runner = new QueryRunner(QuerySource.of(dataset), library);
        this.query = library.resolve(BrowseQueries.FOLDER + "communications-all");
        this.search = library.resolve(BrowseQueries.FOLDER + "search-communications-all");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Format format;
        Map<String, String> params;
        try {
            format = format(req.getParameter("format"));
            params = params(req);
        } catch (CorrkgException e) {
            PlainText.send(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        NamedQuery selecting = params.containsKey("q") ? search : query;
        try {
            runner.withValues(selecting, params, "c", selection -> {
                // The names resolved: the answer can start.
                resp.setStatus(HttpServletResponse.SC_OK);
                resp.setContentType(format.contentType);
                resp.setHeader("Content-Disposition", "attachment; filename=\"corrkg-communications." + format.extension + "\"");
                resp.setHeader("X-Content-Type-Options", "nosniff");
                try {
                    write(format, selection, resp.getOutputStream());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            });
        } catch (CorrkgException e) {
            if (resp.isCommitted())
                throw e;
            PlainText.send(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        }
    }

    private void write(Format format, Supplier<Iterator<Node>> selection,
                       OutputStream out) {
        Correspondence corr = new Correspondence(dataset.asDatasetGraph());
        switch (format) {
            case CSV -> CsvExport.write(corr, corr.communicationsByDate(selection.get()), out);
            case JSON -> JsonExport.write(corr, corr.communicationsByDate(selection.get()), out);
            case CMIF -> CmifExport.write(corr, () -> corr.communicationsByDate(selection.get()),
                                          CmifExport.Header.defaults(Instant.now()), out);
        }
    }

    private static Format format(String word) {
        if (word == null)
            return Format.CSV;
        for (Format f : Format.values())
            if (f.name().equalsIgnoreCase(word))
                return f;
        throw new CorrkgException("Unknown format '" + Excerpt.of(word) + "': give csv, cmif or json.");
    }

    /**
     * The query's parameters from the page's address: the dates as the page turns them into
     * exclusive bounds; a search's words ({@code q}) alone, as the search view takes no filter.
     */
    static Map<String, String> params(HttpServletRequest req) {
        Map<String, String> params = new LinkedHashMap<>();
        String q = req.getParameter("q");
        if (q != null) {
            if (q.isBlank())
                throw new CorrkgException("The search (q) is empty: give the words searched for.");
            for (String other : new String[] {"type", "topic", "actor", "place", "from", "to", "disputed"})
                if (req.getParameter(other) != null)
                    throw new CorrkgException("A search's download takes no filter (" + other + "): give q alone.");
            params.put("q", q.strip());
            return params;
        }
        for (String name : new String[] {"type", "topic", "actor", "place"}) {
            String v = req.getParameter(name);
            if (v != null && !v.isBlank())
                params.put(name, v);
        }
        String from = req.getParameter("from"), to = req.getParameter("to");
        if (from != null && !from.isBlank())
            params.put("after", day("from", from, true).toString());
        if (to != null && !to.isBlank())
            params.put("before", day("to", to, false).toString());
        if (params.containsKey("after") && params.containsKey("before")
            && !LocalDate.parse(params.get("after")).plusDays(1).isBefore(LocalDate.parse(params.get("before"))))
            throw new CorrkgException("The range is reversed: from " + from + " is after to " + to + ", so nothing can match.");
        String disputed = req.getParameter("disputed");
        if (disputed != null && !disputed.isBlank()) {
            if (!disputed.matches("include|exclude|only"))
                throw new CorrkgException("The disputed filter '" + Excerpt.of(disputed) + "' is neither include, exclude nor only.");
            params.put("disputedMode", disputed);
        }
        return params;
    }

    /** The day before a from date (the year's first day for a year), or after a to date (the year's last). */
    private static LocalDate day(String name, String value, boolean from) {
        if (YEAR.matcher(value).matches()) {
            int y = Integer.parseInt(value);
            return from ? LocalDate.of(y - 1, 12, 31) : LocalDate.of(y + 1, 1, 1);
        }
        if (!value.matches("\\d{4}-\\d{2}-\\d{2}") || !DateBounds.isIsoDate(value))
            throw new CorrkgException("The " + name + " date '" + Excerpt.of(value) + "' is neither a year (2013) nor a day (2013-08-01).");
        LocalDate d = LocalDate.parse(value);
        return from ? d.minusDays(1) : d.plusDays(1);
    }
}
