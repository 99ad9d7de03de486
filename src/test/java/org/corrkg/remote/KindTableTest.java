package org.corrkg.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.corrkg.TestStores;
import org.corrkg.server.Server;
import org.corrkg.store.InferredGraphs;
import org.corrkg.store.Store;
import org.corrkg.vocab.CORR;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link RemoteStore#lacksKindTable}, which {@code serve --endpoint} warns of: asked of a server
 * here on the article's store, with its table of kinds, without it, and on an empty store.
 */
class KindTableTest {

    @TempDir Path dir;

    private static boolean lacks(Store store) {
        Server server = Server.build(store.dataset(), Server.Settings.local(0, "corrkg")).start();
        try (RemoteStore remote = RemoteStore.connect(Endpoints.query(server.sparqlUrl()))) {
            return remote.lacksKindTable();
        } finally {
            server.stop();
        }
    }

    @Test
    void aStoreLoadedWithTheOntologyKeepsTheTableAndOneWithoutItIsNamed() {
        try (Store store = TestStores.seeded(dir.resolve("article"))) {
            assertEquals(false, lacks(store), "the article's store, as loaded");
            var companion = InferredGraphs.companion(NodeFactory.createURI(CORR.GRAPH + "ontology/corrkg.ttl"));
            Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph().removeGraph(companion));
            assertEquals(true, lacks(store), "without the ontology's companion, as an older corrkg left it");
        }
    }

    @Test
    void aStoreWithoutCommunicationsOrOutOfReachIsNotWarnedOf() {
        try (Store store = Store.open(dir.resolve("empty"))) {
            assertEquals(false, lacks(store), "an empty store has no views to spoil");
        }
        try (RemoteStore remote = RemoteStore.connect(Endpoints.query("http://127.0.0.1:9/sparql"))) {
            assertEquals(false, remote.lacksKindTable(), "a store out of reach: the page says so itself");
        }
    }
}
