package org.corrkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.corrkg.remote.FusekiProcess;
import org.corrkg.remote.StoreElsewhere;
import org.corrkg.remote.VirtuosoProcess;
import org.corrkg.remote.VirtuosoSkips;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every reading command, and export, with {@code --endpoint} against a store elsewhere that
 * {@code load --endpoint --gsp} filled (Fuseki in another JVM, then Virtuoso Open Source,
 * written through its Graph Store Protocol endpoint with HTTP Digest) prints exactly what it
 * prints on the store here; a store that is not there, a query it cannot run, or a write
 * without the sign-in it asks for, is one line that names the endpoint.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@ParameterizedClass(name = "{0}")
@EnumSource(StoreElsewhere.Kind.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RemoteCliTest {

    @Parameter StoreElsewhere.Kind kind;
    @TempDir static Path dir;
    static StoreElsewhere elsewhere;
    static String store;
    static CliTest.Run localLoad, remoteLoad;

    /** What Virtuoso 7.2.5 does not print as here, by command, with the reason (see docs/deploy.md): nothing now. */
    static final java.util.Map<String, String> DIFFERS = java.util.Map.of();

    /** A store here for each store elsewhere: the import, the last test, writes to both. */
    @BeforeParameterizedClassInvocation
    static void load(StoreElsewhere.Kind kind) {
        store = dir.resolve("store-" + kind.name().toLowerCase(java.util.Locale.ROOT)).toString();
        localLoad = CliTest.run("load", "--store", store);
        elsewhere = StoreElsewhere.start(kind, dir.resolve(kind.name().toLowerCase(java.util.Locale.ROOT)));
        remoteLoad = CliTest.run(writing("load"));
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        if (elsewhere != null)
            elsewhere.close();
        elsewhere = null;
    }

    /** {@code command} with the options that have it write to the store elsewhere. */
    static String[] writing(String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(elsewhere.writing());
        return args.toArray(String[]::new);
    }

    static boolean at(StoreElsewhere.Kind k) {
        return elsewhere.kind() == k;
    }

    static CliTest.Run here(String... args) {
        return CliTest.run(with(args, "--store", store));
    }

    static CliTest.Run there(String... args) {
        return CliTest.run(with(args, "--endpoint", elsewhere.sparql()));
    }

    private static String[] with(String[] args, String... more) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(1, List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void loadComputesHereAndSendsEveryGraphThere() {
        assertEquals(0, remoteLoad.code(), remoteLoad.err());
        List<String> local = localLoad.out().lines().toList(), remote = remoteLoad.out().lines().toList();
        assertEquals(local.subList(0, local.size() - 1), remote.subList(0, remote.size() - 1), "the graphs and what the rules inferred");
        assertEquals("Sent 13 graph(s), 5816 triples, to " + elsewhere.gsp(), remote.get(remote.size() - 1));
    }

    @Test
    void readingCommandsPrintExactlyWhatTheyPrintHere() {
        List<List<String>> commands = List.of(
                List.of("stats"),
                List.of("query", "between", "-p", "actor1=Obama", "-p", "actor2=Khamenei"),
                List.of("query", "degree", "--format", "csv"),
                List.of("query", "claims", "-p", "communication=id:letter-2014-10-obama-khamenei"),
                List.of("query", "unanswered"));
        List<String> differ = new ArrayList<>();
        for (List<String> c : commands) {
            CliTest.Run h = here(c.toArray(String[]::new)), t = there(c.toArray(String[]::new));
            assertEquals(0, h.code(), c + ": " + h.err());
            assertEquals(0, t.code(), c + " at " + elsewhere + ": " + t.err());
            assertEquals("", t.err(), String.join(" ", c));
            if (!h.out().equals(t.out()))
                differ.add(String.join(" ", c) + "\n" + h.out() + "\n" + t.out());
        }
        assertEquals(List.of(), differ);
    }

    /**
     * {@code who}, {@code ties} and some queries join several values in a cell (senders,
     * evidence, channels) with GROUP_CONCAT, whose order SPARQL leaves to the store (TDB2 here
     * and at Fuseki join them in different orders): the same rows in the same order, each
     * cell's values taken as a set.
     */
    @Test
    void cellsOfSeveralValuesHoldTheSameValuesInRowsInTheSameOrder() {
        List<List<String>> commands = List.of(
                List.of("ties"),
                List.of("ties", "--actor", "Obama"),
                List.of("query", "chronology"),
                List.of("stats", "--section", "first-contacts"),
                List.of("stats", "--section", "reply-delays"),
                List.of("who", "--to", "Khamenei"),
                List.of("who", "--between", "Obama", "Rouhani", "--claims"),
                List.of("who", "--sides", "United States", "Iran", "--in", "2013"),
                List.of("who", "--from", "Obama", "--after", "2012"));
        List<String> differ = new ArrayList<>(), stale = new ArrayList<>();
        for (List<String> c : commands) {
            String name = String.join(" ", c);
            List<String> json = new ArrayList<>(c);
            json.addAll(List.of("--format", "json"));
            CliTest.Run h = here(json.toArray(String[]::new)), t = there(json.toArray(String[]::new));
            assertEquals(0, t.code(), c + " at " + elsewhere + ": " + t.err());
            List<List<String>> rows = rows(h.out());
            assertTrue(rows.size() > 1, c + " finds something");
            boolean same = rows.equals(rows(t.out())), known = at(StoreElsewhere.Kind.VIRTUOSO) && DIFFERS.containsKey(name);
            if (known && same)
                stale.add(name);
            else if (!known && !same)
                differ.add(name + "\n" + h.out() + "\n" + t.out());
        }
        assertEquals(List.of(), differ);
        assertEquals(List.of(), stale, "known to differ at " + elsewhere + ", but print as here");
    }

    /** The rows of SPARQL JSON results, each cell's "; "-separated values sorted. */
    static List<List<String>> rows(String json) {
        var rs = org.apache.jena.query.ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        List<String> vars = rs.getResultVars();
        List<List<String>> rows = new ArrayList<>();
        rs.forEachRemaining(row -> rows.add(vars.stream().map(v -> row.get(v) == null ? "" : row.get(v).toString())
                .map(cell -> String.join("; ", new TreeSet<>(List.of(cell.split("; "))))).toList()));
        return rows;
    }

    /**
     * Before the Spener import, so the article's 13 graphs: the same path as any size, where
     * Spener's would add a minute of copying at each store and nothing to what is checked.
     * N-Quads and TriG are written as the graphs' rows arrive; CSV reads a copy here.
     */
    @Test
    void exportWritesTheSameGraphsAndRows() throws Exception {
        for (String format : List.of("nquads", "trig", "csv")) {
            String ext = Map.of("nquads", "nq", "trig", "trig", "csv", "csv").get(format);
            Path h = dir.resolve("here." + ext), t = dir.resolve("there." + ext);
            assertEquals(0, here("export", "-f", format, "-o", h.toString()).code());
            CliTest.Run r = there("export", "-f", format, "-o", t.toString());
            assertEquals(0, r.code(), r.err());
            if (format.equals("csv")) {
                assertEquals(Files.readString(h), Files.readString(t));
                continue;
            }
            DatasetGraph a = RDFDataMgr.loadDatasetGraph(h.toString()), b = RDFDataMgr.loadDatasetGraph(t.toString());
            TreeSet<String> ga = new TreeSet<>(), gb = new TreeSet<>();
            a.listGraphNodes().forEachRemaining(g -> ga.add(g.getURI() + " " + a.getGraph(g).size()));
            b.listGraphNodes().forEachRemaining(g -> gb.add(g.getURI() + " " + b.getGraph(g).size()));
            assertEquals(ga, gb);
            a.listGraphNodes().forEachRemaining(g -> assertTrue(a.getGraph(g).isIsomorphicWith(b.getGraph(g)), g.getURI()));
        }
    }

    /** One graph: only that graph is read from the store elsewhere; one that is not there is one line. */
    @Test
    void exportOfOneGraphWritesThatGraphAsHere() throws Exception {
        String g = "https://w3id.org/corrkg/graph/data/actors.ttl";
        Path h = dir.resolve("here-actors.ttl"), t = dir.resolve("there-actors.ttl");
        assertEquals(0, here("export", "-f", "turtle", "--graph", g, "-o", h.toString()).code());
        CliTest.Run r = there("export", "-f", "turtle", "--graph", g, "-o", t.toString());
        assertEquals(0, r.code(), r.err());
        var a = RDFDataMgr.loadGraph(h.toString());
        assertEquals(282, a.size(), "the article's actors.ttl");
        assertTrue(a.isIsomorphicWith(RDFDataMgr.loadGraph(t.toString())));
        CliTest.Run none = there("export", "-f", "turtle", "--graph", "https://example.org/nope");
        assertEquals(1, none.code());
        assertEquals("", none.out());
        assertEquals("corrkg: The store has no graph <https://example.org/nope>\n", none.err());
    }

    /** Near last: the Spener file is 40 times the article, and every load after it copies it too. */
    @Test
    @Order(Integer.MAX_VALUE - 1)
    void importOfACmifFileGoesThereAsHere() {
        String spener = "src/test/resources/cmif/spener-letters.xml";
        CliTest.Run h = here("import", spener), t = CliTest.run(writing("import", spener));
        assertEquals(0, h.code(), h.err());
        assertEquals(0, t.code(), t.err());
        List<String> hl = h.out().lines().toList(), tl = t.out().lines().toList();
        assertEquals(hl.subList(0, hl.size() - 1), tl.subList(0, tl.size() - 1), "what the import read");
        assertTrue(tl.get(tl.size() - 1).matches("Sent 3 graph\\(s\\), \\d+ triples, to " + java.util.regex.Pattern.quote(elsewhere.gsp())),
                   tl.get(tl.size() - 1));
        for (List<String> c : List.of(List.of("query", "letters-per-decade"), List.of("stats", "--section", "degree"))) {
            CliTest.Run hq = here(c.toArray(String[]::new)), tq = there(c.toArray(String[]::new));
            assertEquals(0, tq.code(), tq.err());
            assertEquals(hq.out(), tq.out(), String.join(" ", c));
        }
    }

    /**
     * What Virtuoso 7.2.5 answers otherwise with the article and Spener, by command, with the
     * reason (docs/deploy.md): nothing now.
     */
    static final java.util.Map<String, String> SPENER_DIFFERS = java.util.Map.of();

    /**
     * The queries Virtuoso 7.2.5 refuses ({@link VirtuosoSkips}), which corrkg asks in their portable
     * forms there, with one note on the error stream.
     */
    static final java.util.Set<String> PORTABLE_AT_VIRTUOSO = java.util.Set.of(
            "query browse/communications-count", "query browse/view-actors", "query browse/view-counts", "query busiest-pairs");

    /**
     * After the import, with the article and Spener's 2,435 letters there and here: every
     * library query (but text search), who, ties and each stats section give the same rows,
     * in the same order where the query orders them, each GROUP_CONCAT cell taken as a set.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void withSpenerEveryQueryWhoTiesAndStatsGiveTheSameRows() {
        List<String> differ = new ArrayList<>(), stale = new ArrayList<>(), notes = new ArrayList<>();
        for (List<String> c : SpenerCommands.all()) {
            String name = String.join(" ", c.subList(0, c.size() - 2)).replaceAll(" -p .*", "");
            boolean known = at(StoreElsewhere.Kind.VIRTUOSO) && SPENER_DIFFERS.containsKey(name);
            CliTest.Run h = here(c.toArray(String[]::new)), t = there(c.toArray(String[]::new));
            assertEquals(0, h.code(), name + ": " + h.err());
            assertEquals(0, t.code(), name + " at " + elsewhere + ": " + t.err());
            if (t.err().startsWith("Note: The store at " + elsewhere.sparql() + " answered ") && t.err().lines().count() == 1
                && t.err().contains("; asking its portable form, portable/" + name.substring("query ".length()) + ", instead"))
                notes.add(name);
            List<List<String>> a = rows(h.out()), b = rows(t.out());
            if (!SpenerCommands.ordered(c)) {
                a = a.stream().sorted(java.util.Comparator.comparing(Object::toString)).toList();
                b = b.stream().sorted(java.util.Comparator.comparing(Object::toString)).toList();
            }
            if (known && a.equals(b))
                stale.add(name);
            else if (!known && !a.equals(b))
                differ.add(name + ": " + a.size() + " rows here, " + b.size() + " there");
        }
        assertEquals(List.of(), differ);
        assertEquals(List.of(), stale, "known to differ at " + elsewhere + ", but answered as here");
        assertEquals(at(StoreElsewhere.Kind.VIRTUOSO) ? new java.util.TreeSet<>(PORTABLE_AT_VIRTUOSO) : java.util.Set.of(),
                     new java.util.TreeSet<>(notes), "asked in their portable forms at " + elsewhere);
    }

    /** A query given an IRI, which corrkg checks with the term bound (and left out of ORDER BY, where Virtuoso refuses it). */
    @Test
    void anIriForANameIsLookedUpThereAsHere() {
        CliTest.Run h = here("who", "--to", "id:khamenei", "--format", "json"), t = there("who", "--to", "id:khamenei", "--format", "json");
        assertEquals(0, t.code(), t.err());
        assertEquals(rows(h.out()), rows(t.out()));
        assertTrue(t.out().contains("Barack Obama"), t.out());
    }

    @Test
    void searchFallsBackToStandardSparqlAndSaysSo() {
        CliTest.Run h = here("search", "Jesus"), t = there("search", "Jesus");
        assertEquals(0, t.code(), t.err());
        assertEquals(h.out(), t.out());
        assertEquals("Note: The query needs full-text search (jena-text's text:query), a Jena extension that the store at "
                     + elsewhere.sparql() + " is not known to offer (give --endpoint-text if it runs jena-text); searching with "
                     + "standard SPARQL instead (search-standard: whole words, no score).\n", t.err());
    }

    @Test
    void theSearchQueryItselfIsRefusedByNameInOneLine() {
        CliTest.Run t = there("query", "search", "-p", "q=Jesus");
        assertEquals(1, t.code());
        assertEquals("", t.out());
        assertEquals("corrkg: search: The query needs full-text search (jena-text's text:query), a Jena extension that the store at "
                     + elsewhere.sparql() + " is not known to offer (give --endpoint-text if it runs jena-text)\n", t.err());
    }

    @Test
    void aStoreThatIsNotThereIsOneLineNamingItsEndpoint() {
        assumeTrue(at(StoreElsewhere.Kind.FUSEKI), "the same at every store: run once, with Fuseki");
        String nowhere = "http://127.0.0.1:" + FusekiProcess.freePort() + "/ds/sparql";
        for (String command : List.of("who", "ties", "stats", "load")) {
            List<String> args = new ArrayList<>(List.of(command, "--endpoint", nowhere));
            if (command.equals("load"))
                args.addAll(List.of("--gsp", nowhere.replace("sparql", "data")));
            CliTest.Run r = CliTest.run(args.toArray(String[]::new));
            assertEquals(1, r.code(), command);
            assertEquals("", r.out(), command);
            assertEquals("corrkg: Cannot reach the store at " + nowhere + ": connection refused (is it running?)\n", r.err(), command);
        }
    }

    @Test
    void anEndpointThatIsNotAQueryEndpointIsOneLine() {
        assumeTrue(at(StoreElsewhere.Kind.FUSEKI), "the same at every store: run once, with Fuseki");
        CliTest.Run r = CliTest.run("who", "--endpoint", elsewhere.sparql().replace("/ds/", "/nothing/"), "--to", "Khamenei");
        assertEquals(1, r.code());
        assertEquals("corrkg: The store at " + elsewhere.sparql().replace("/ds/", "/nothing/") + " answered 404: Not Found\n", r.err());
    }

    @Test
    void passwordsComeFromAFileAndAreNeverPrinted() throws Exception {
        assumeTrue(at(StoreElsewhere.Kind.FUSEKI), "the same at every store: run once, with Fuseki");
        Path file = dir.resolve("credentials");
        Files.writeString(file, "# for the test store\nreader:s3cret:with:colons\n");
        CliTest.Run ok = there("ties", "--credentials", file.toString());
        assertEquals(0, ok.code(), ok.err());
        CliTest.Run bad = CliTest.run("ties", "--endpoint", elsewhere.sparql().replace("/ds/", "/nothing/"), "--credentials", file.toString());
        assertEquals(1, bad.code());
        assertFalse(bad.out().contains("s3cret") || bad.err().contains("s3cret"), bad.err());
        CliTest.Run missing = there("ties", "--credentials", dir.resolve("none").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().startsWith("corrkg: Cannot read the credentials file " + dir.resolve("none")), missing.err());
        assertEquals(1, missing.err().lines().count());
        CliTest.Run inUrl = CliTest.run("ties", "--endpoint", "http://reader:s3cret@127.0.0.1:1/ds/sparql");
        assertEquals("corrkg: --endpoint: put the user and password in a --credentials file, not in the URL\n", inUrl.err());
    }

    @Test
    void writingOptionsWithoutAnEndpointAreRefused() {
        assumeTrue(at(StoreElsewhere.Kind.FUSEKI), "the same at every store: run once, with Fuseki");
        CliTest.Run r = CliTest.run("load", "--gsp", "http://127.0.0.1:1/ds/data");
        assertEquals(1, r.code());
        assertEquals("corrkg: --update-endpoint, --gsp, --credentials and --endpoint-text go with --endpoint URL\n", r.err());
    }

    /**
     * What Virtuoso 7.2.5 cannot compile is asked in its portable form: the rows printed here,
     * and one note naming the store, Virtuoso's own error and the form asked instead.
     */
    @Test
    void aQueryVirtuosoCannotCompileIsAskedInItsPortableForm() {
        assumeTrue(at(StoreElsewhere.Kind.VIRTUOSO), "Virtuoso's compiler");
        CliTest.Run h = here("query", "busiest-pairs"), t = there("query", "busiest-pairs");
        assertEquals(0, t.code(), t.err());
        assertEquals(h.out(), t.out());
        assertTrue(t.err().startsWith("Note: The store at " + elsewhere.sparql() + " answered 500: "), t.err());
        assertTrue(t.err().endsWith("; asking its portable form, portable/busiest-pairs, instead (plainer SPARQL, slower on a large store).\n"),
                   t.err());
        assertEquals(1, t.err().lines().count(), t.err());
    }

    @Test
    void writingWithoutTheSignInIsOneLineNamingTheEndpoint() throws Exception {
        assumeTrue(at(StoreElsewhere.Kind.VIRTUOSO), "Virtuoso's Graph Store Protocol endpoint asks for HTTP Digest");
        CliTest.Run none = CliTest.run("load", "--endpoint", elsewhere.sparql(), "--gsp", elsewhere.gsp());
        assertEquals(1, none.code());
        // On a busy machine Virtuoso at times closes a connection before answering: a passing
        // failure, tried again with a line of its own; the line that ends the run then says how
        // many attempts it made.
        List<String> retried = none.err().lines().filter(l -> l.endsWith("; trying again")).toList();
        assertEquals("corrkg: The store at " + elsewhere.gsp() + " answered 401 (give --credentials FILE, or set "
                     + "CORRKG_ENDPOINT_USER and CORRKG_ENDPOINT_PASSWORD)"
                     + (retried.isEmpty() ? "" : " (gave up after " + (retried.size() + 1) + " attempts)") + "\n",
                     none.err().substring(String.join("\n", retried).length() + (retried.isEmpty() ? 0 : 1)));
        Path wrong = dir.resolve("wrong");
        Files.writeString(wrong, VirtuosoProcess.USER + ":not-the-password\n");
        CliTest.Run bad = CliTest.run("load", "--endpoint", elsewhere.sparql(), "--gsp", elsewhere.gsp(), "--credentials", wrong.toString());
        assertEquals(1, bad.code());
        // Virtuoso at times drops the connection on a Digest attempt with a wrong password; that is a
        // passing failure, tried again with a line of its own, before the one line that ends the run.
        List<String> lines = bad.err().lines().toList();
        assertTrue(lines.subList(0, lines.size() - 1).stream().allMatch(l -> l.endsWith("; trying again")), bad.err());
        assertTrue(lines.get(lines.size() - 1).startsWith("corrkg: The store at " + elsewhere.gsp() + " answered 401"), bad.err());
        assertFalse(bad.err().contains("not-the-password"), bad.err());
    }
}
