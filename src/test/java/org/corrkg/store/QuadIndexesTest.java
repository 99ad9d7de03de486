package org.corrkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParamsCodec;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.corrkg.bench.SyntheticCorpus;
import org.corrkg.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store corrkg creates keeps four quad indexes (GSPO, SPOG, POSG, OSPG), through a load in
 * one transaction and through a fresh build; a store an earlier corrkg created (TDB2's six,
 * no {@code tdb.cfg}) keeps its six through both; and TDB2 answers a pattern with every slot
 * bound, in a four-index store, with the quad itself.
 */
class QuadIndexesTest {

    private static final List<String> FOUR = List.of("GSPO", "OSPG", "POSG", "SPOG");
    private static final List<String> SIX = List.of("GOSP", "GPOS", "GSPO", "OSPG", "POSG", "SPOG");

    @TempDir Path dir;

    @Test
    void aNewStoreKeepsFourThroughATransactionAndAFreshBuild() throws IOException {
        Path txn = dir.resolve("txn"), bulk = dir.resolve("bulk");
        loadBothWays(txn, bulk);
        assertEquals(FOUR, indexFiles(txn.resolve("Data-0001")));
        assertEquals(FOUR, indexFiles(bulk.resolve("Data-0002")));
        assertEquals(List.of("GSPO", "SPOG", "POSG", "OSPG"),
                     List.of(StoreParamsCodec.read(Location.create(bulk.toString())).getQuadIndexes()));
    }

    @Test
    void aStoreWithTdb2sSixIndexesKeepsThemThroughATransactionAndAFreshBuild() throws IOException {
        Path txn = dir.resolve("txn"), bulk = dir.resolve("bulk");
        for (Path p : List.of(txn, bulk))
            TDBInternal.expel(DatabaseMgr.connectDatasetGraph(p.toString()));
        loadBothWays(txn, bulk);
        assertEquals(SIX, indexFiles(txn.resolve("Data-0001")));
        assertEquals(SIX, indexFiles(bulk.resolve("Data-0002")));
        assertEquals(false, Files.exists(bulk.resolve("tdb.cfg")));
    }

    @Test
    void aPatternWithEverySlotBoundFindsTheQuadItself() {
        Node g = NodeFactory.createURI("https://example.org/g"), s = NodeFactory.createURI("https://example.org/s"),
             p = NodeFactory.createURI("https://example.org/p"), o = NodeFactory.createURI("https://example.org/o");
        try (Store store = Store.open(dir.resolve("store"))) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Txn.executeWrite(dsg, () -> dsg.add(g, s, p, o));
            assertEquals(List.of(Quad.create(g, s, p, o)), Txn.calculateRead(dsg, () -> Iter.toList(dsg.find(g, s, p, o))));
            assertEquals(List.of(Quad.create(g, s, p, o)), Txn.calculateRead(dsg, () -> Iter.toList(dsg.find(g, Node.ANY, p, o))));
            assertEquals(List.of(Quad.create(g, s, p, o)), Txn.calculateRead(dsg, () -> Iter.toList(dsg.find(g, Node.ANY, Node.ANY, o))));
        }
    }

    /** Loads 100 generated letters into the store in {@code txn} in one transaction, and into {@code bulk} by a fresh build. */
    private void loadBothWays(Path txn, Path bulk) throws IOException {
        Path corpus = dir.resolve("letters.nt");
        try (OutputStream out = Files.newOutputStream(corpus)) {
            new SyntheticCorpus(100, 3).write(out);
        }
        try (Store s = Store.open(txn)) {
            new Loader(s).freshBuildFrom(Long.MAX_VALUE).loadUserGraphs(Batch.of(List.of(SourceFile.of(corpus))));
        }
        try (Store s = Store.open(bulk)) {
            new Loader(s).freshBuildFrom(0).loadUserGraphs(Batch.of(List.of(SourceFile.of(corpus))));
        }
    }

    /** The quad indexes in a generation directory, by their B+tree files. */
    private static List<String> indexFiles(Path generation) throws IOException {
        try (Stream<Path> files = Files.list(generation)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("[GSPO]{4}\\.bpt"))
                        .map(n -> n.substring(0, 4)).sorted().toList();
        }
    }
}
