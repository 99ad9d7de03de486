package org.corrkg.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.corrkg.CorrkgException;
import org.corrkg.TestStores;
import org.corrkg.source.SourceFile;
import org.corrkg.store.Loader;
import org.corrkg.store.Store;
import org.corrkg.vocab.CORR;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Loading into a store elsewhere through SPARQL Update alone ({@code --update-endpoint}, no
 * {@code --gsp}): the same graphs with the same triples as a load here, stale triples
 * replaced, and a second run replaces rather than adds.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RemoteUpdateLoadTest extends FusekiBesideLocal {

    static Endpoints endpoints() {
        return Endpoints.query(fuseki.sparql()).withUpdate(fuseki.update()).withRetry(new Retry(2, Duration.ofMillis(50)));
    }

    static RemoteLoad.Result load(int batch) {
        try (RemoteStore remote = RemoteStore.connect(endpoints())) {
            return new RemoteLoad(remote).batch(batch).run(s -> new Loader(s).load(SourceFile.bundledGraph()));
        }
    }

    @Test
    void theArticleArrivesByUpdateExactlyAsByGraphStoreAndARerunReplaces() {
        // What an older load left: a triple the article's graph does not hold.
        try (RemoteStore remote = RemoteStore.connect(endpoints().withGsp(fuseki.gsp()))) {
            Graph stale = GraphFactory.createDefaultGraph();
            stale.add(NodeFactory.createURI("https://w3id.org/corrkg/id/stale"), RDFS.label.asNode(), NodeFactory.createLiteralString("stale"));
            remote.link().load(NodeFactory.createURI(CORR.GRAPH + "data/communications.ttl"), stale);
        }
        // Batches of 100 triples: the ontology's graph (793) goes as one DROP + INSERT DATA and seven INSERT DATA.
        RemoteLoad.Result first = load(100);
        assertEquals(13, first.sent().size(), first.sent().keySet().toString());
        DatasetGraph expected = TestStores.snapshot(local);
        Map<String, Long> sent = new TreeMap<>(first.sent());
        sent.values().removeIf(n -> n == 0);
        assertEquals(sizes(expected), sent, "what was sent is what a load here holds, graph by graph (the empty companion of the topics aside)");
        RemoteLoadTest.assertSameGraphs(expected, remoteCopy());

        RemoteLoad.Result again = load(RemoteLoad.BATCH);
        assertEquals(first.sent(), again.sent());
        RemoteLoadTest.assertSameGraphs(expected, remoteCopy());
    }

    @Test
    void withNeitherGraphStoreNorUpdateALoadSaysWhatToGive() {
        try (RemoteStore remote = RemoteStore.connect(Endpoints.query(fuseki.sparql()))) {
            CorrkgException e = assertThrows(CorrkgException.class,
                    () -> new RemoteLoad(remote).run(s -> new Loader(s).load(SourceFile.bundledGraph())));
            assertEquals("Loading into " + fuseki.sparql() + " needs where to write: give --gsp URL (its Graph Store Protocol endpoint;"
                         + " for Fuseki the dataset's /data) or --update-endpoint URL (its SPARQL Update endpoint; for Fuseki /update)",
                         e.getMessage());
        }
    }

    static Map<String, Long> sizes(DatasetGraph dsg) {
        return RemoteLoadTest.graphSizes(dsg);
    }

    static DatasetGraph remoteCopy() {
        try (RemoteStore remote = RemoteStore.connect(endpoints());
             Store copy = new RemoteCopy(remote).unindexedInto(dir.resolve("copy-" + System.nanoTime()))) {
            return TestStores.snapshot(copy);
        }
    }
}
