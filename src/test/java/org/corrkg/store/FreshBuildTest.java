package org.corrkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.corrkg.CorrkgException;
import org.corrkg.bench.SyntheticCorpus;
import org.corrkg.source.SourceFile;
import org.corrkg.store.CommitSteps.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load into an empty store built with TDB2's bulk loader beside the store and switched to
 * ({@link FreshBuild}) gives the same store as a load in one transaction, keeps the promise
 * that a load happens whole or not at all when it fails, and when the process dies (halted in
 * a second JVM, as by kill -9) at each step of the build and the switch.
 */
class FreshBuildTest {

    @TempDir Path dir;

    @Test
    void givesTheSameGraphsAndIndexAsOneTransaction() throws IOException {
        Path corpus = dir.resolve("letters.nt");
        try (OutputStream out = Files.newOutputStream(corpus)) {
            new SyntheticCorpus(400, 3).write(out);
        }
        Path bulk = dir.resolve("bulk"), txn = dir.resolve("txn");
        Loader.Result byBuild, byTxn;
        try (Store s = Store.open(bulk)) {
            byBuild = new Loader(s).freshBuildFrom(0).loadUserGraphs(Batch.of(List.of(SourceFile.of(corpus))));
        }
        try (Store s = Store.open(txn)) {
            byTxn = new Loader(s).freshBuildFrom(Long.MAX_VALUE).loadUserGraphs(Batch.of(List.of(SourceFile.of(corpus))));
        }
        assertEquals(byTxn, byBuild);
        try (Store a = Store.open(bulk); Store b = Store.open(txn)) {
            DatasetGraph x = a.dataset().asDatasetGraph(), y = b.dataset().asDatasetGraph();
            Txn.executeRead(a.dataset(), () -> Txn.executeRead(b.dataset(), () -> {
                List<Node> names = new ArrayList<>();
                x.listGraphNodes().forEachRemaining(names::add);
                List<Node> others = new ArrayList<>();
                y.listGraphNodes().forEachRemaining(others::add);
                assertEquals(new TreeSet<>(names.stream().map(Node::getURI).toList()), new TreeSet<>(others.stream().map(Node::getURI).toList()));
                for (Node g : names)
                    assertTrue(x.getGraph(g).isIsomorphicWith(y.getGraph(g)), "graph " + g + " is the same");
            }));
            assertEquals(IndexAgreement.inStore(b), IndexAgreement.inStore(a));
            assertEquals(IndexAgreement.inStore(a), IndexAgreement.inIndex(bulk));
        }
        try (Store a = Store.open(bulk)) {
            assertEquals(List.of("https://w3id.org/corrkg/synthetic/letter/122"),
                         IndexAgreement.search(a, "\"Willem Dubois 1 to Anne Hartmann 3, 1 July 1617\""));
        }
        assertEquals(List.of("Data-0002", "tdb.cfg", "tdb.lock", "text-index"), children(bulk), "one generation, no build left behind");
    }

    @Test
    void aFileThatFailsValidationLeavesTheStoreEmptyAndNothingBehind() throws IOException {
        Path bad = dir.resolve("bad.ttl");
        Files.writeString(bad, """
                @prefix corr: <https://w3id.org/corrkg/ontology#> .
                <https://example.org/nameless> a corr:Person .
                """);
        Path store = dir.resolve("store");
        try (Store s = Store.open(store)) {
            Loader.ValidationFailed e = assertThrows(Loader.ValidationFailed.class,
                    () -> new Loader(s).freshBuildFrom(0).loadUserGraphs(Batch.of(List.of(SourceFile.of(bad)))));
            assertEquals(List.of(bad + ": <https://example.org/nameless> rdfs:label: An actor needs a name (rdfs:label)."),
                         e.report().problems().stream().map(Object::toString).toList());
            assertTrue(s.isEmpty());
        }
        assertEquals(List.of("Data-0001", "tdb.cfg", "tdb.lock", "text-index"), children(store));
    }

    @Test
    void aFileThatDoesNotParseLeavesTheStoreEmptyAndNothingBehind() throws IOException {
        Path bad = dir.resolve("bad.nt");
        Files.writeString(bad, "<https://example.org/a> <https://example.org/b> \"c\" .\n<https://example.org/a> <https://example.org/b> .\n");
        Path store = dir.resolve("store");
        try (Store s = Store.open(store)) {
            CorrkgException e = assertThrows(CorrkgException.class,
                    () -> new Loader(s).freshBuildFrom(0).loadUserGraphs(Batch.of(List.of(SourceFile.of(bad)))));
            assertTrue(e.getMessage().startsWith(bad + ":2:"), e.getMessage());
            assertTrue(s.isEmpty());
        }
        assertEquals(List.of("Data-0001", "tdb.cfg", "tdb.lock", "text-index"), children(store));
    }

    @Test
    void aCrashBeforeTheSwitchLeavesTheStoreAsItWas() throws Exception {
        for (Step step : List.of(Step.BUILD_LOADED, Step.BUILD_INFERRED, Step.BUILD_INDEXED)) {
            Path store = crashAt(step);
            try (Store s = Store.open(store)) {
                assertTrue(s.isEmpty(), "empty after a crash at " + step);
                assertEquals(Set.of(), IndexAgreement.inIndex(store), "an empty index after a crash at " + step);
            }
            assertFalse(Files.exists(store.resolve(FreshBuild.WORK)), "the build is gone after " + step);
        }
    }

    @Test
    void aCrashDuringTheSwitchLeavesTheNewStoreWithAnIndexThatAgrees() throws Exception {
        for (Step step : List.of(Step.GENERATION_SWITCHED, Step.INDEX_MOVED_AWAY)) {
            Path store = crashAt(step);
            try (Store s = Store.open(store)) {
                assertEquals(List.of(TextIndexCrashTest.NS + "sachs"), IndexAgreement.search(s, "gen1name"), "after " + step);
                assertEquals(IndexAgreement.inStore(s), IndexAgreement.inIndex(store), "after " + step);
            }
            assertEquals(List.of("Data-0002", "tdb.cfg", "tdb.lock", "text-index"), children(store), "after " + step);
        }
    }

    /** A new store into which a second JVM loads the test letters by a fresh build, halting at {@code step}. */
    private Path crashAt(Step step) throws Exception {
        Path store = dir.resolve("store-" + step);
        Path file = dir.resolve("letters-" + step + ".ttl");
        TextIndexCrashTest.writeVersion(file, 1);
        TextIndexCrashTest.haltIn(store, List.of(step.name(), "1", "false", file.toString(), "fresh"), dir.resolve("child.log"));
        return store;
    }

    private static List<String> children(Path store) throws IOException {
        try (Stream<Path> s = Files.list(store)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
