package org.corrkg.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.corrkg.TestStores;
import org.corrkg.source.SourceFile;
import org.corrkg.store.Loader;
import org.corrkg.store.Store;
import org.corrkg.vocab.CORR;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading into Virtuoso, as {@link RemoteLoadTest} does into Fuseki: Virtuoso killed (SIGKILL)
 * half-way through a load gives one line naming its Graph Store Protocol endpoint; restarted on
 * the same database (which replays its transaction log) and loaded again, it holds exactly the
 * intended graphs, and again after another load, with nothing duplicated. Skipped where Virtuoso
 * is not installed.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class VirtuosoLoadTest {

    @TempDir static Path dir;
    static VirtuosoProcess virtuoso;
    static Store local;

    @BeforeAll
    static void start() {
        virtuoso = VirtuosoProcess.start(dir.resolve("virtuoso"));
        local = TestStores.seeded(dir.resolve("local"));
    }

    @AfterAll
    static void stop() {
        if (virtuoso != null)
            virtuoso.close();
        if (local != null)
            local.close();
    }

    /** Two attempts, 50 ms apart: a store killed is given up on at once. */
    static Endpoints endpoints() {
        return endpoints(new Retry(2, Duration.ofMillis(50)));
    }

    static Endpoints endpoints(Retry retry) {
        Endpoints e = Endpoints.query(virtuoso.sparql()).withGsp(virtuoso.gsp());
        return new Endpoints(e.query(), e.update(), e.gsp(), Optional.of(virtuoso.signIn()), e.timeout(), retry, false);
    }

    static RemoteLoad.Result loadArticle(int batch, RemoteLoad.Listener listener) {
        return loadArticle(endpoints(), batch, listener);
    }

    /**
     * A load that should get through: on a busy machine Virtuoso at times closes a connection
     * before answering (twice running once, just after a restart), so it is given more attempts.
     */
    static RemoteLoad.Result loadArticleThrough(int batch, RemoteLoad.Listener listener) {
        return loadArticle(endpoints(new Retry(6, Duration.ofMillis(500))), batch, listener);
    }

    static RemoteLoad.Result loadArticle(Endpoints endpoints, int batch, RemoteLoad.Listener listener) {
        try (RemoteStore remote = RemoteStore.connect(endpoints)) {
            return new RemoteLoad(remote).batch(batch).listener(listener).run(s -> new Loader(s).load(SourceFile.bundledGraph()));
        }
    }

    @Test
    void aLoadKilledHalfWayTellsWhereInOneLineAndRunAgainEndsWithExactlyTheIntendedGraphs() {
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
                if (requests.incrementAndGet() == 5)
                    virtuoso.kill();
            }

            @Override
            public void retrying(String f) {}
        }));
        assertEquals("Cannot reach the store at " + virtuoso.gsp() + ": connection refused (is it running?) (gave up after 2 attempts)",
                     failure.getMessage());
        virtuoso.restart();
        assertTrue(RemoteLoadTest.graphSizes(remoteCopy()).size() < RemoteLoadTest.graphSizes(snapshot()).size(),
                   "the killed load left some graphs unsent");

        RemoteLoad.Result again = loadArticleThrough(100, RemoteLoadTest.listenNot());
        assertEquals(13, again.sent().size(), "every source graph, its companion and the names graph: " + again.sent().keySet());
        RemoteLoadTest.assertSameGraphs(snapshot(), remoteCopy());

        loadArticleThrough(RemoteLoad.BATCH, RemoteLoadTest.listenNot());
        RemoteLoadTest.assertSameGraphs(snapshot(), remoteCopy());
    }

    static DatasetGraph snapshot() {
        return TestStores.snapshot(local);
    }

    static DatasetGraph remoteCopy() {
        try (RemoteStore remote = RemoteStore.connect(endpoints());
             Store copy = new RemoteCopy(remote).unindexedInto(dir.resolve("copy-" + System.nanoTime()))) {
            return TestStores.snapshot(copy);
        }
    }
}
