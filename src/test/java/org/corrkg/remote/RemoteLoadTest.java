package org.corrkg.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.corrkg.vocab.CORR;
import org.apache.jena.sparql.core.DatasetGraph;
import org.corrkg.TestStores;
import org.corrkg.source.SourceFile;
import org.corrkg.store.Loader;
import org.corrkg.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Loading into a store elsewhere (Fuseki in its own JVM): the graphs arrive exactly as a load
 * here writes them, derived graphs and summaries included; a store killed half-way through a
 * load gives one line naming its endpoint; run again, the load ends with exactly the intended
 * content, and again after that, with nothing duplicated.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RemoteLoadTest extends FusekiBesideLocal {

    static Endpoints endpoints() {
        return Endpoints.query(fuseki.sparql()).withGsp(fuseki.gsp()).withRetry(new Retry(2, Duration.ofMillis(50)));
    }

    /** Loads the article through corrkg, in batches of {@code batch} triples; {@code listener} hears of each. */
    static RemoteLoad.Result loadArticle(int batch, RemoteLoad.Listener listener) {
        try (RemoteStore remote = RemoteStore.connect(endpoints())) {
            return new RemoteLoad(remote).batch(batch).listener(listener).run(s -> new Loader(s).load(SourceFile.bundledGraph()));
        }
    }

    @Test
    void aLoadKilledHalfWayTellsWhereInOneLineAndRunAgainEndsWithExactlyTheIntendedGraphs() {
        // What an older load left: a triple the article's graph no longer holds, and one in a companion.
        try (RemoteStore remote = RemoteStore.connect(endpoints())) {
            for (String g : new String[] {CORR.GRAPH + "data/communications.ttl", CORR.NAMES_GRAPH}) {
                Graph stale = GraphFactory.createDefaultGraph();
                stale.add(NodeFactory.createURI("https://w3id.org/corrkg/id/stale"), RDFS.label.asNode(), NodeFactory.createLiteralString("stale"));
                remote.link().load(NodeFactory.createURI(g), stale);
            }
        }
        AtomicInteger requests = new AtomicInteger();
        RemoteFailure failure = assertThrows(RemoteFailure.class, () -> loadArticle(100, new RemoteLoad.Listener() {
            @Override
            public void sent(String graph, long triples, long total) {
                // The fifth request is the middle of the ontology's graph: 758 triples in batches of 100.
                if (requests.incrementAndGet() == 5)
                    fuseki.kill();
            }

            @Override
            public void retrying(String f) {}
        }));
        assertEquals("Cannot reach the store at " + fuseki.gsp() + ": connection refused (is it running?) (gave up after 2 attempts)",
                     failure.getMessage());
        fuseki.restart();
        assertTrue(graphSizes(remoteCopy()).size() < graphSizes(snapshot()).size(), "the killed load left some graphs unsent");

        RemoteLoad.Result again = loadArticle(100, listenNot());
        assertEquals(13, again.sent().size(), "every source graph, its companion and the names graph: " + again.sent().keySet());
        assertSameGraphs(snapshot(), remoteCopy());

        loadArticle(RemoteLoad.BATCH, listenNot());
        assertSameGraphs(snapshot(), remoteCopy());
    }

    static RemoteLoad.Listener listenNot() {
        return new RemoteLoad.Listener() {
            @Override public void sent(String graph, long triples, long total) {}
            @Override public void retrying(String f) {}
        };
    }

    static DatasetGraph snapshot() {
        return TestStores.snapshot(local);
    }

    /** Every quad of the store elsewhere, read back through its query endpoint. */
    static DatasetGraph remoteCopy() {
        try (RemoteStore remote = RemoteStore.connect(endpoints());
             Store copy = new RemoteCopy(remote).unindexedInto(dir.resolve("copy-" + System.nanoTime()))) {
            return TestStores.snapshot(copy);
        }
    }

    static Map<String, Long> graphSizes(DatasetGraph dsg) {
        Map<String, Long> sizes = new TreeMap<>();
        dsg.listGraphNodes().forEachRemaining(g -> sizes.put(g.getURI(), (long) dsg.getGraph(g).size()));
        return sizes;
    }

    /** The same named graphs, each of the same size and isomorphic (blank nodes aside, the same triples). */
    static void assertSameGraphs(DatasetGraph expected, DatasetGraph actual) {
        assertEquals(graphSizes(expected), graphSizes(actual));
        TreeSet<String> differ = new TreeSet<>();
        expected.listGraphNodes().forEachRemaining((Node g) -> {
            if (!expected.getGraph(g).isIsomorphicWith(actual.getGraph(g)))
                differ.add(g.getURI());
        });
        assertEquals(new TreeSet<>(), differ, "graphs that differ");
    }
}
