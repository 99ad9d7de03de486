package org.corrkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.corrkg.remote.VirtuosoProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands with {@code --endpoint} against Virtuoso Open Source, filled by
 * {@code load --endpoint --gsp --credentials} through its Graph Store Protocol endpoint with
 * HTTP Digest, print what they print on the store here, as at Fuseki ({@link RemoteCliTest});
 * where Virtuoso cannot run a command's query, the command says so in one line naming the
 * store. Skipped where Virtuoso is not installed.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VirtuosoCliTest {

    @TempDir static Path dir;
    static VirtuosoProcess virtuoso;
    static String store;
    static CliTest.Run localLoad, remoteLoad;

    @BeforeAll
    static void load() {
        virtuoso = VirtuosoProcess.start(dir.resolve("virtuoso"));
        store = dir.resolve("store").toString();
        localLoad = CliTest.run("load", "--store", store);
        remoteLoad = CliTest.run("load", "--endpoint", virtuoso.sparql(), "--gsp", virtuoso.gsp(),
                                 "--credentials", virtuoso.credentials().toString());
    }

    @AfterAll
    static void stop() {
        if (virtuoso != null)
            virtuoso.close();
    }

    static CliTest.Run here(String... args) {
        return CliTest.run(with(args, "--store", store));
    }

    static CliTest.Run there(String... args) {
        return CliTest.run(with(args, "--endpoint", virtuoso.sparql()));
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
        assertEquals("Sent 13 graph(s), 5405 triples, to " + virtuoso.gsp(), remote.get(remote.size() - 1));
    }

    @Test
    void readingCommandsPrintExactlyWhatTheyPrintHere() {
        List<List<String>> commands = List.of(
                List.of("stats"),
                List.of("query", "between", "-p", "actor1=Obama", "-p", "actor2=Khamenei"),
                List.of("query", "degree", "--format", "csv"),
                List.of("query", "unanswered"));
        List<String> differ = new ArrayList<>();
        for (List<String> c : commands) {
            CliTest.Run h = here(c.toArray(String[]::new)), t = there(c.toArray(String[]::new));
            assertEquals(0, h.code(), c + ": " + h.err());
            assertEquals(0, t.code(), c + " at Virtuoso: " + t.err());
            assertEquals("", t.err(), String.join(" ", c));
            if (!h.out().equals(t.out()))
                differ.add(String.join(" ", c) + "\n" + h.out() + "\n" + t.out());
        }
        assertEquals(List.of(), differ);
    }

    /** As at Fuseki: the same rows in the same order, each GROUP_CONCAT cell's values taken as a set. */
    @Test
    void cellsOfSeveralValuesHoldTheSameValuesInRowsInTheSameOrder() {
        List<List<String>> commands = List.of(
                List.of("query", "chronology"),
                List.of("stats", "--section", "first-contacts"),
                List.of("who", "--to", "Khamenei"),
                List.of("who", "--between", "Obama", "Rouhani", "--claims"),
                List.of("who", "--from", "Obama", "--after", "2012"),
                List.of("ties"),
                List.of("ties", "--actor", "Obama"));
        List<String> differ = new ArrayList<>();
        for (List<String> c : commands) {
            List<String> json = new ArrayList<>(c);
            json.addAll(List.of("--format", "json"));
            CliTest.Run h = here(json.toArray(String[]::new)), t = there(json.toArray(String[]::new));
            assertEquals(0, t.code(), c + " at Virtuoso: " + t.err());
            List<List<String>> rows = RemoteCliTest.rows(h.out());
            assertTrue(rows.size() > 1, c + " finds something");
            if (!rows.equals(RemoteCliTest.rows(t.out())))
                differ.add(String.join(" ", c) + "\n" + h.out() + "\n" + t.out());
        }
        assertEquals(List.of(), differ);
    }

    /** What Virtuoso 7.2.5 cannot compile: one line, naming the store and Virtuoso's own error. */
    @Test
    void aQueryVirtuosoCannotCompileIsOneLineNamingTheStore() {
        CliTest.Run t = there("query", "busiest-pairs");
        assertEquals(1, t.code());
        assertEquals("", t.out());
        assertTrue(t.err().startsWith("corrkg: The store at " + virtuoso.sparql() + " answered "), t.err());
        assertEquals(1, t.err().lines().count(), t.err());
    }

    @Test
    void exportWritesTheSameGraphsAndRows() throws Exception {
        for (String format : List.of("nquads", "csv")) {
            String ext = format.equals("nquads") ? "nq" : format;
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

    /** Last: the Spener file is 40 times the article, and every load or export after it copies it too. */
    @Test
    @Order(Integer.MAX_VALUE)
    void importOfACmifFileGoesThereAsHere() {
        String spener = "src/test/resources/cmif/spener-letters.xml";
        CliTest.Run h = here("import", spener),
                t = CliTest.run("import", spener, "--endpoint", virtuoso.sparql(), "--gsp", virtuoso.gsp(),
                                "--credentials", virtuoso.credentials().toString());
        assertEquals(0, h.code(), h.err());
        assertEquals(0, t.code(), t.err());
        List<String> hl = h.out().lines().toList(), tl = t.out().lines().toList();
        assertEquals(hl.subList(0, hl.size() - 1), tl.subList(0, tl.size() - 1), "what the import read");
        assertTrue(tl.get(tl.size() - 1).matches("Sent 3 graph\\(s\\), \\d+ triples, to " + java.util.regex.Pattern.quote(virtuoso.gsp())),
                   tl.get(tl.size() - 1));
        for (List<String> c : List.of(List.of("query", "letters-per-decade"), List.of("stats", "--section", "degree"))) {
            CliTest.Run hq = here(c.toArray(String[]::new)), tq = there(c.toArray(String[]::new));
            assertEquals(0, tq.code(), tq.err());
            assertEquals(hq.out(), tq.out(), String.join(" ", c));
        }
    }

    @Test
    void searchFallsBackToStandardSparqlAndSaysSo() {
        CliTest.Run h = here("search", "Jesus"), t = there("search", "Jesus");
        assertEquals(0, t.code(), t.err());
        assertEquals(h.out(), t.out());
        assertTrue(t.err().startsWith("Note: The query needs full-text search (jena-text's text:query)"), t.err());
    }

    @Test
    void writingWithoutTheSignInIsOneLineNamingTheEndpoint() throws Exception {
        CliTest.Run none = CliTest.run("load", "--endpoint", virtuoso.sparql(), "--gsp", virtuoso.gsp());
        assertEquals(1, none.code());
        assertEquals("corrkg: The store at " + virtuoso.gsp() + " answered 401 (give --credentials FILE, or set "
                     + "CORRKG_ENDPOINT_USER and CORRKG_ENDPOINT_PASSWORD)\n", none.err());
        Path wrong = dir.resolve("wrong");
        Files.writeString(wrong, VirtuosoProcess.USER + ":not-the-password\n");
        CliTest.Run bad = CliTest.run("load", "--endpoint", virtuoso.sparql(), "--gsp", virtuoso.gsp(), "--credentials", wrong.toString());
        assertEquals(1, bad.code());
        assertEquals(1, bad.err().lines().count(), bad.err());
        assertTrue(bad.err().startsWith("corrkg: The store at " + virtuoso.gsp() + " answered 401"), bad.err());
        assertFalse(bad.err().contains("not-the-password"), bad.err());
    }
}
