package org.corrkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.corrkg.bench.SyntheticCorpus;
import org.corrkg.query.DatePages;
import org.corrkg.query.QueryLibrary;
import org.corrkg.query.QueryRunner;
import org.corrkg.query.QuerySource;
import org.corrkg.source.SourceFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The browser's timeline reads only the date buckets the planner chooses, and gives exactly
 * the rows, in the order, it gives reading every communication: on the article, 4,000 generated
 * letters (every kind of date: days, months, years, spans into later years, open-ended, known
 * only to be before a day, wholly unknown) and undated items, under each filter the page offers
 * but an actor or a topic.
 */
class DateBucketsTest {

    @TempDir static Path dir;
    private static Store store, alone;
    private static QueryRunner runner;
    private static String timeline, list;

    @BeforeAll
    static void load() throws IOException {
        store = Store.openSeeded(dir.resolve("store"));
        Path letters = dir.resolve("letters.nt");
        try (OutputStream out = Files.newOutputStream(letters)) {
            new SyntheticCorpus(4000, 11).write(out);
        }
        new Loader(store).load(List.of(SourceFile.of(letters),
                                       SourceFile.of(Path.of("src/test/resources/query-cases/undated/undated.ttl"))));
        // The letters alone, in one graph, where a filter without a date takes every bucket whole.
        alone = Store.open(dir.resolve("alone"));
        new Loader(alone).load(SourceFile.ontology());
        new Loader(alone).load(List.of(SourceFile.of(letters)));
        runner = new QueryRunner(QuerySource.of(store.dataset()), QueryLibrary.bundled());
        timeline = Files.readString(Path.of("queries/browse/timeline.rq"), StandardCharsets.UTF_8);
        list = Files.readString(Path.of("queries/browse/communications.rq"), StandardCharsets.UTF_8);
    }

    @AfterAll
    static void close() {
        store.close();
        alone.close();
    }

    @ParameterizedTest(name = "type={0} disputed={1} after={2} before={3}")
    @CsvSource(nullValues = "-", value = {
        "-, -, -, -",
        "-, -, 1700-01-01, 1710-01-01",
        "-, -, 1650-06-15, -",
        "-, -, -, 1620-06-15",
        "-, -, 1899-06-01, -",
        "-, -, 1760-03-01, 1760-04-01",
        "https://w3id.org/corrkg/ontology#Letter, -, -, -",
        "https://w3id.org/corrkg/ontology#Letter, exclude, 1650-01-01, 1800-01-01",
        "-, only, -, -",
        "https://w3id.org/corrkg/ontology#PhoneCall, -, 1850-01-01, -",
        "https://w3id.org/corrkg/ontology#Meeting, include, -, 1700-01-01"})
    void theBucketsGiveTheSameTimelineAsReadingEverything(String type, String disputed, String after, String before) {
        Map<String, String> filters = new LinkedHashMap<>();
        if (type != null) filters.put("type", type);
        if (disputed != null) filters.put("disputedMode", disputed);
        Optional<List<Long>> plan = DatePages.plan(runner, QueryLibrary.bundled(), filters,
                Optional.ofNullable(after).map(LocalDate::parse), Optional.ofNullable(before).map(LocalDate::parse), 1500, false, false);
        assertTrue(plan.isPresent(), "a store loaded now keeps bucket counts");
        int every = runner.select(QueryLibrary.bundled().resolve("browse/buckets"), Map.of()).size();
        assertTrue(plan.get().size() < every, "reads " + plan.get().size() + " of the " + every + " buckets, not all");
        String row = "VALUES (?type ?topic ?actor ?after ?before ?disputedMode) { ("
                + (type == null ? "UNDEF" : "<" + type + ">") + " UNDEF UNDEF "
                + date(after) + " " + date(before) + " " + (disputed == null ? "UNDEF" : "\"" + disputed + "\"") + ") }";
        // As the page binds them: on the lines that say only "# parameters" and "# buckets".
        String everything = timeline.replaceAll("(?m)^(\\s*)# parameters$", "$1" + java.util.regex.Matcher.quoteReplacement(row));
        String buckets = everything.replaceAll("(?m)^(\\s*)# buckets$", "$1VALUES ?bucket { "
                + plan.get().stream().map(String::valueOf).collect(Collectors.joining(" ")) + " }");
        List<String> all = rows(everything), read = rows(buckets);
        assertEquals(all, read);
        assertTrue(!all.isEmpty(), "each case has communications to show");
    }

    @ParameterizedTest(name = "type={0} disputed={1} after={2} before={3} sort={4} offset={5}")
    @CsvSource(nullValues = "-", value = {
        "-, -, -, -, date, 0",
        "-, -, -, -, -date, 0",
        "-, -, -, -, date, 1950",
        "-, -, -, -, -date, 3960",
        "-, -, 1700-01-01, 1710-01-01, date, 50",
        "-, -, 1650-06-15, -, -date, 0",
        "-, -, -, 1620-06-15, date, 100",
        "https://w3id.org/corrkg/ontology#Letter, exclude, 1650-01-01, 1800-01-01, -date, 200",
        "https://w3id.org/corrkg/ontology#Meeting, include, -, 1700-01-01, date, 0"})
    void theBucketsGiveTheSameListPageAsReadingEverything(String type, String disputed, String after, String before,
                                                          String sort, int offset) {
        Map<String, String> filters = new LinkedHashMap<>();
        if (type != null) filters.put("type", type);
        if (disputed != null) filters.put("disputedMode", disputed);
        // As the page asks: enough for its page, undated ones last, in the list's order.
        Optional<List<Long>> plan = DatePages.plan(runner, QueryLibrary.bundled(), filters,
                Optional.ofNullable(after).map(LocalDate::parse), Optional.ofNullable(before).map(LocalDate::parse),
                offset + 50, sort.equals("-date"), true);
        int every = runner.select(QueryLibrary.bundled().resolve("browse/buckets"), Map.of()).size();
        if (offset < 1000)
            assertTrue(plan.orElseThrow().size() < every, "reads " + plan.get().size() + " of the " + every + " buckets, not all");
        String row = "VALUES (?type ?topic ?actor ?after ?before ?disputedMode ?sort) { ("
                + (type == null ? "UNDEF" : "<" + type + ">") + " UNDEF UNDEF " + date(after) + " " + date(before) + " "
                + (disputed == null ? "UNDEF" : "\"" + disputed + "\"") + " \"" + sort + "\") }";
        String everything = list.replaceAll("(?m)^(\\s*)# parameters$", "$1" + java.util.regex.Matcher.quoteReplacement(row))
                                .replaceAll("(?m)^(\\s*)LIMIT 50$", "$1LIMIT 50 OFFSET " + offset);
        String buckets = everything.replaceAll("(?m)^(\\s*)# buckets$", "$1VALUES ?bucket { "
                + plan.get().stream().map(String::valueOf).collect(Collectors.joining(" ")) + " }");
        List<String> all = rows(everything), read = rows(buckets);
        assertTrue(!all.isEmpty(), "each case has communications to show");
        assertEquals(all, read);
    }

    /**
     * A filtered overview's counts by kind, its busiest correspondents, its list's total and (under
     * a date filter) its network, with the buckets the filter takes whole added up from the counts
     * kept at load and only the others' communications read, are exactly those of reading every
     * communication: on 4,000 letters in one graph and the undated items in another (whose
     * buckets, counted in two graphs, are read, not added up), and on the letters alone, where a
     * filter without a date takes every bucket whole and the actors' counts by kind are added up.
     */
    @ParameterizedTest(name = "{0}: type={1} disputed={2} after={3} before={4} letters alone={5}")
    @CsvSource(nullValues = "-", value = {
        "view-counts, -, -, 1700-01-01, 1710-01-01, false",
        "view-counts, -, -, 1699-12-31, 1710-01-01, false",
        "view-counts, -, -, 1650-06-15, -, false",
        "view-counts, https://w3id.org/corrkg/ontology#Letter, exclude, -, -, false",
        "view-counts, https://w3id.org/corrkg/ontology#Letter, exclude, 1650-01-01, 1800-01-01, false",
        "view-counts, -, -, -, 1620-06-15, false",
        "view-actors, -, -, 1699-12-31, 1710-01-01, false",
        "view-actors, -, exclude, 1760-03-01, 1760-04-01, false",
        "view-actors, https://w3id.org/corrkg/ontology#Letter, -, -, -, false",
        "view-actors, https://w3id.org/corrkg/ontology#Meeting, include, -, 1700-01-01, false",
        "communications-count, -, -, 1699-12-31, 1710-01-01, false",
        "communications-count, -, exclude, -, -, false",
        "communications-count, https://w3id.org/corrkg/ontology#PhoneCall, -, 1850-01-01, -, false",
        "communications-count, -, -, 1899-06-01, -, false",
        "network, -, -, 1699-12-31, 1710-01-01, false",
        "network, https://w3id.org/corrkg/ontology#Letter, exclude, 1650-01-01, 1800-01-01, false",
        "view-actors, https://w3id.org/corrkg/ontology#Letter, -, -, -, true",
        "view-actors, -, exclude, -, -, true",
        "view-actors, -, -, 1699-12-31, 1710-01-01, true",
        "view-counts, https://w3id.org/corrkg/ontology#Letter, exclude, -, -, true",
        "communications-count, -, exclude, -, -, true",
        "communications-count, -, -, 1760-03-01, 1760-04-01, true",
        "map-places, -, -, 1699-12-31, 1710-01-01, false",
        "map-places, https://w3id.org/corrkg/ontology#Letter, exclude, 1650-01-01, 1800-01-01, false",
        "map-places, -, -, 1760-03-01, 1760-04-01, true",
        "map-routes, -, -, 1699-12-31, 1710-01-01, false",
        "map-routes, -, exclude, 1650-06-15, -, false",
        "map-routes, https://w3id.org/corrkg/ontology#Letter, -, 1760-03-01, 1760-04-01, true"})
    void theSplitBucketsGiveTheSameViewAsReadingEverything(String query, String type, String disputed, String after, String before,
                                                           boolean lettersAlone) throws IOException {
        Store in = lettersAlone ? alone : store;
        QueryRunner runner = new QueryRunner(QuerySource.of(in.dataset()), QueryLibrary.bundled());
        Map<String, String> filters = new LinkedHashMap<>();
        if (type != null) filters.put("type", type);
        if (disputed != null) filters.put("disputedMode", disputed);
        DatePages.Counts counts = DatePages.counts(runner, QueryLibrary.bundled(), filters);
        assertTrue(counts.splits(), "a store loaded now keeps each actor's counts by bucket");
        assertTrue(counts.mapSplits(), "and the map's");
        DatePages.Split split = DatePages.split(counts.buckets(), Optional.ofNullable(after).map(LocalDate::parse),
                                                Optional.ofNullable(before).map(LocalDate::parse));
        assertTrue(split.whole().size() > split.some().size(),
                   "adds up more buckets (" + split.whole().size() + ") than it reads (" + split.some().size() + ")");
        // Every bucket whole exactly when there is no date filter, and one graph counts each.
        assertEquals(lettersAlone && after == null && before == null, split.all());
        String row = "VALUES (?type ?topic ?actor ?place ?after ?before ?disputedMode) { ("
                + (type == null ? "UNDEF" : "<" + type + ">") + " UNDEF UNDEF UNDEF "
                + date(after) + " " + date(before) + " " + (disputed == null ? "UNDEF" : "\"" + disputed + "\"") + ") }";
        String text = Files.readString(Path.of("queries/browse/" + query + ".rq"), StandardCharsets.UTF_8);
        String everything = text.replaceAll("(?m)^(\\s*)# parameters$", "$1" + java.util.regex.Matcher.quoteReplacement(row));
        List<String> pairs = new ArrayList<>();
        split.whole().forEach(b -> pairs.add("(" + b + " true)"));
        split.some().forEach(b -> pairs.add("(" + b + " false)"));
        // As the page binds it: every bucket whole, without a date filter, as one row with no bucket.
        if (split.all()) {
            pairs.clear();
            pairs.add("(UNDEF true)");
        }
        String splitText = everything.replaceAll("(?m)^(\\s*)# split$", "$1VALUES (?bucket ?whole) { " + String.join(" ", pairs) + " }");
        assertTrue(!splitText.equals(everything), query + " has a \"# split\" line");
        List<String> all = table(in, everything), added = table(in, splitText);
        assertTrue(!all.isEmpty() && !all.get(0).contains("n=0 "), "each case has communications to count: " + all);
        assertEquals(all, added);
    }

    /**
     * Under a type or disputed filter alone, the page first asks browse/view-actors for the most
     * active actors only (fromBand: L, two bands below the activity of the store's 100th most
     * active), read through their activity band, and keeps that answer when its 100th
     * correspondent has 2^L or more under the filter. Here it does, and the answer is exactly
     * the one every actor's counts give, though fewer actors were read. In a store of several
     * source graphs, where a band is one graph's, fromBand gives no rows, and the page asks again.
     */
    @ParameterizedTest(name = "type={0} disputed={1}")
    @CsvSource(nullValues = "-", value = {"https://w3id.org/corrkg/ontology#Letter, -", "-, exclude", "-, include"})
    void theMostActiveAloneGiveTheBusiestCorrespondentsWhereThePageKeepsThem(String type, String disputed) throws IOException {
        List<String> top = table(alone, Files.readString(Path.of("queries/browse/actors.rq"), StandardCharsets.UTF_8));
        assertEquals(100, top.size());
        long t100 = total(top.get(99));
        int band = Math.max(4, 63 - Long.numberOfLeadingZeros(t100) - 2);
        String text = Files.readString(Path.of("queries/browse/view-actors.rq"), StandardCharsets.UTF_8)
                .replaceAll("(?m)^(\\s*)# split$", "$1VALUES (?bucket ?whole) { (UNDEF true) }");
        String filters = (type == null ? "UNDEF" : "<" + type + ">") + " " + (disputed == null ? "UNDEF" : "\"" + disputed + "\"");
        String every = text.replaceAll("(?m)^(\\s*)# parameters$", "$1VALUES (?type ?disputedMode) { (" + filters + ") }");
        String most = text.replaceAll("(?m)^(\\s*)# parameters$",
                                      "$1VALUES (?type ?disputedMode ?fromBand) { (" + filters + " " + band + ") }");
        List<String> all = table(alone, every), busiest = table(alone, most);
        assertEquals(100, busiest.size());
        assertTrue(total(busiest.get(99)) >= 1L << band, "the page keeps it: " + busiest.get(99) + " has 2^" + band + " or more");
        assertEquals(all, busiest);
        long read = actors("?x corr:actorBand ?b ; corr:ofActor ?a FILTER(?b >= " + band + ")"),
             actors = actors("?x a corr:ActorKindCount ; corr:ofActor ?a");
        assertTrue(read >= 100 && read < actors, read + " of " + actors + " actors read");
        // Several source graphs: no rows. A band above every band: no actor, not every one.
        assertEquals(List.of(), table(store, most));
        assertEquals(List.of(), table(alone, text.replaceAll("(?m)^(\\s*)# parameters$",
                                                             "$1VALUES (?type ?disputedMode ?fromBand) { (" + filters + " 40) }")));
    }

    /** How many actors ?a the pattern gives in the letters alone. */
    private static long actors(String pattern) {
        return Txn.calculateRead(alone.dataset(), () -> {
            try (QueryExecution exec = QueryExecutionFactory.create(
                    "PREFIX corr: <https://w3id.org/corrkg/ontology#> SELECT (COUNT(DISTINCT ?a) AS ?n) { " + pattern + " }", alone.dataset())) {
                return exec.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    /** sent + received of a row of browse/actors or browse/view-actors as table() prints it. */
    private static long total(String row) {
        java.util.regex.Matcher sent = java.util.regex.Pattern.compile("sent=\"?(\\d+)").matcher(row),
                received = java.util.regex.Pattern.compile("received=\"?(\\d+)").matcher(row);
        assertTrue(sent.find() && received.find(), row);
        return Long.parseLong(sent.group(1)) + Long.parseLong(received.group(1));
    }

    private static List<String> table(Store in, String query) {
        return Txn.calculateRead(in.dataset(), () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution exec = QueryExecutionFactory.create(query, in.dataset())) {
                ResultSet rs = exec.execSelect();
                List<String> vars = rs.getResultVars();
                rs.forEachRemaining(s -> {
                    StringBuilder line = new StringBuilder();
                    for (String v : vars)
                        line.append(v).append('=').append(s.get(v)).append(' ');
                    out.add(line.toString());
                });
            }
            return out;
        });
    }

    private static String date(String d) {
        return d == null ? "UNDEF" : "\"" + d + "\"^^<http://www.w3.org/2001/XMLSchema#date>";
    }

    private static List<String> rows(String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution exec = QueryExecutionFactory.create(query, store.dataset())) {
                ResultSet rs = exec.execSelect();
                rs.forEachRemaining(s -> out.add(s.get("c") + " " + s.get("earliest") + " " + s.get("latest")));
            }
            return out;
        });
    }
}
