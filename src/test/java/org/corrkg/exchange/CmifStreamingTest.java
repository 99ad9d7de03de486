package org.corrkg.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.corrkg.CorrkgException;
import org.corrkg.TestStores;
import org.corrkg.exchange.cmif.CmifImporter;
import org.corrkg.source.SourceFile;
import org.corrkg.store.Batch;
import org.corrkg.store.Loader;
import org.corrkg.store.Store;
import org.corrkg.vocab.CORR;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A CMIF file streamed entry by entry gives exactly the triples the importer gave when it
 * read the whole file into memory first; the expected triples in
 * {@code src/test/resources/cmif-triples/} were written by that importer (see the README
 * there). A problem at the very end of a large file aborts the load and leaves the store as
 * it was.
 */
class CmifStreamingTest {

    static final Path TRIPLES = Path.of("src/test/resources/cmif-triples");
    /** The files' own IRIs, written in the expected triples as this one. */
    static final String FILE = "http://cmif.invalid/file";

    @TempDir Path dir;

    static Stream<String[]> cases() {
        return Stream.of(new String[] {"src/test/resources/cmif-lenient/deviations.xml", "deviations.nt"},
                         new String[] {"src/test/resources/cmif-triples/late-bibl.xml", "late-bibl.nt"},
                         new String[] {"src/test/resources/cmif-triples/repeats.xml", "repeats.nt"},
                         new String[] {"src/test/resources/cmif-triples/header-last.xml", "header-last.nt"});
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("cases")
    void aStreamedFileGivesTheTriplesOfTheInMemoryImporter(String file, String expected) {
        Graph streamed = canonical(stream(Path.of(file), new ArrayList<>()), Path.of(file));
        Graph wanted = RDFDataMgr.loadGraph(TRIPLES.resolve(expected).toString());
        assertTrue(streamed.isIsomorphicWith(wanted), "missing: " + difference(wanted, streamed) + "\nextra: " + difference(streamed, wanted));
    }

    @Test
    void theSpenerFileGivesTheTriplesOfTheInMemoryImporter() throws Exception {
        Path spener = Path.of("src/test/resources/cmif/spener-letters.xml");
        List<String> lines = new ArrayList<>();
        canonical(stream(spener, new ArrayList<>()), spener).find()
                .forEachRemaining(t -> lines.add(NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate()) + " "
                                                 + NodeFmtLib.strNT(t.getObject()) + " ."));
        lines.sort(null);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        for (String line : lines)
            sha256.update((line + "\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(Files.readString(TRIPLES.resolve("spener-letters.sha256")).strip(),
                     lines.size() + " " + HexFormat.of().formatHex(sha256.digest()));
    }

    @Test
    void anEditionDescribedAfterTheLettersIsTheirSourceAndAMissingOneIsAWarning() {
        Path file = TRIPLES.resolve("late-bibl.xml");
        List<String> warnings = new ArrayList<>();
        Graph g = stream(file, warnings);
        String base = CmifImporter.open(file, CmifImporter.Progress.NONE, w -> { }).graphName().getURI() + "#";
        assertEquals(List.of(file + ":24: warning: correspDesc/@source=\"#nowhere\" matches no bibl/@xml:id; the file itself is the source"),
                     warnings);
        assertTrue(g.contains(NodeFactory.createURI(base + "letter-late-2-entry"), CORR.inDocument.asNode(), NodeFactory.createURI(base + "bibl-late")));
    }

    @Test
    void whatIsSaidOfAnActorOrPlaceIsHandedOverOnceHoweverManyLettersNameIt() throws Exception {
        Path file = dir.resolve("many.xml");
        new CmifGenerator(2000, 10).write(file);
        Map<Triple, Integer> times = new HashMap<>();
        CmifImporter importer = CmifImporter.open(file, CmifImporter.Progress.NONE, w -> { });
        importer.emit(t -> times.merge(t, 1, Integer::sum));
        assertEquals(2000, importer.letters());
        TreeSet<String> repeated = new TreeSet<>();
        times.forEach((t, n) -> { if (n > 1) repeated.add(t + " x" + n); });
        assertEquals(0, repeated.size(), "handed over more than once, such as " + repeated.stream().limit(5).toList());
        assertEquals(times.size(), importer.triplesEmitted());
    }

    @Test
    void aFileBrokenInItsLastLetterStopsTheStreamWithItsLine() throws Exception {
        Path file = brokenAtTheEnd(dir.resolve("broken.xml"), 2000);
        CorrkgException e = assertThrows(CorrkgException.class, () -> stream(file, new ArrayList<>()));
        assertEquals(file + ":" + lastLetterLine(file) + ": not well-formed XML: The element type \"persName\" must be terminated"
                     + " by the matching end-tag \"</persName>\".", e.getMessage());
    }

    @Test
    void aFileBrokenInItsLastLetterLeavesAStoreAsItWasOnEitherWayOfLoading() throws Exception {
        Path file = brokenAtTheEnd(dir.resolve("broken.xml"), 500);
        Path small = Files.writeString(dir.resolve("small.ttl"), "<https://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> \"a\" .\n");
        try (Store store = Store.open(dir.resolve("small"))) {
            new Loader(store).loadUserGraphs(Batch.of(List.of(SourceFile.of(small))));
            DatasetGraph before = TestStores.snapshot(store);
            assertTrue(before.find().hasNext());
            assertThrows(CorrkgException.class, () -> new Loader(store).loadUserGraphs(batch(file)));
            assertTrue(IsoMatcher.isomorphic(before, TestStores.snapshot(store)), "the transaction left the store changed");
        }
        try (Store empty = Store.open(dir.resolve("empty"))) {
            assertThrows(CorrkgException.class, () -> new Loader(empty).freshBuildFrom(0).loadUserGraphs(batch(file)));
            assertTrue(empty.isEmpty(), "the bulk load left something in a new store");
        }
    }

    @Test
    void aFileGivenTwiceIsStoredOnceOnEitherWayOfLoading() throws Exception {
        Path file = Path.of("src/test/resources/cmif-lenient/deviations.xml");
        long expected = RDFDataMgr.loadGraph(TRIPLES.resolve("deviations.nt").toString()).size();
        String graph = CmifImporter.open(file, CmifImporter.Progress.NONE, w -> { }).graphName().getURI();
        for (long freshBuildFrom : new long[] {Long.MAX_VALUE, 0}) {
            try (Store store = Store.open(dir.resolve("store-" + freshBuildFrom))) {
                Batch twice = batch(file);
                CmifImporter again = CmifImporter.open(file, CmifImporter.Progress.NONE, w -> { });
                twice.add(again.graphName(), again::emit, file.toString());
                Loader.Result result = new Loader(store).freshBuildFrom(freshBuildFrom).loadUserGraphs(twice);
                assertEquals(Map.of(graph, expected), Map.of(graph, result.graphs().get(graph)), "fresh build from " + freshBuildFrom);
            }
        }
    }

    /** A generated file whose last letter has a persName that is never closed. */
    static Path brokenAtTheEnd(Path file, int letters) throws Exception {
        new CmifGenerator(letters, 100).write(file);
        String xml = Files.readString(file);
        int last = xml.lastIndexOf("</persName>");
        Files.writeString(file, xml.substring(0, last) + xml.substring(last + "</persName>".length()));
        return file;
    }

    /** The line of the last letter's received action, where the parser meets the unclosed persName. */
    static int lastLetterLine(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int i = lines.size() - 1; i >= 0; i--)
            if (lines.get(i).startsWith("<correspAction type=\"received\""))
                return i + 1;
        throw new AssertionError("no received action in " + file);
    }

    private static Batch batch(Path file) {
        CmifImporter importer = CmifImporter.open(file, CmifImporter.Progress.NONE, w -> { });
        return new Batch().add(importer.graphName(), importer::emit, file.toString());
    }

    static Graph stream(Path file, List<String> warnings) {
        Graph g = GraphFactory.createDefaultGraph();
        CmifImporter.open(file, CmifImporter.Progress.NONE, warnings::add).emit(g::add);
        return g;
    }

    /** The graph with the file's IRI (its graph's name), and the IRIs within it, written as {@link #FILE}. */
    static Graph canonical(Graph g, Path file) {
        String base = CmifImporter.open(file, CmifImporter.Progress.NONE, w -> { }).graphName().getURI();
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(t -> out.add(rename(t.getSubject(), base), t.getPredicate(), rename(t.getObject(), base)));
        return out;
    }

    private static Node rename(Node n, String base) {
        return n.isURI() && n.getURI().startsWith(base) ? NodeFactory.createURI(FILE + n.getURI().substring(base.length())) : n;
    }

    private static List<Triple> difference(Graph a, Graph b) {
        return a.find().filterDrop(b::contains).toList();
    }
}
