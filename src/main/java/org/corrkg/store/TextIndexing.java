package org.corrkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import org.corrkg.CorrkgException;
import org.corrkg.vocab.CORR;

/**
 * The Lucene full-text index (jena-text) of names, summaries, quotations and notes. The
 * store's dataset is wrapped so every load updates the index in the same transaction;
 * {@link #rebuild} makes it anew from the store, for a missing index or after a bulk load
 * that bypassed corrkg. SPARQL at the endpoint uses it with {@code text:query}.
 *
 * <p>TDB2 and Lucene commit one after the other (Lucene prepares, TDB2 commits, Lucene
 * commits), so a crash can leave them apart; an {@link IndexMarker} held across every write
 * tells the next open to rebuild.
 */
public final class TextIndexing {

    /** The one field everything is indexed in, so a query searches names and texts at once. */
    public static final String FIELD = "text";

    /** The literals that are indexed. */
    public static final List<Node> PREDICATES = List.of(
            RDFS.label.asNode(), SKOS.altLabel.asNode(), SKOS.prefLabel.asNode(),
            CORR.summary.asNode(), CORR.claimText.asNode(), CORR.quotation.asNode(), CORR.quote.asNode(), CORR.editorialNote.asNode(), CORR.dateAsWritten.asNode());

    /**
     * Lucene keeps this in every later commit's user data once a rebuild has set it. An index
     * without it was made by a corrkg that kept no marker, so its agreement with the store is unknown.
     */
    static final String STAMP = "corrkg-marker";
    static final String STAMP_VALUE = "1";

    static EntityDefinition definition() {
        EntityDefinition def = new EntityDefinition("uri", FIELD);
        PREDICATES.forEach(p -> def.set(FIELD, p));
        def.setUidField("uid");
        def.setLangField("lang");
        return def;
    }

    /**
     * The TDB2 dataset wrapped with the index in {@code indexDir}. The index is rebuilt from the
     * store when it may not hold what the store holds: it is new or was made before corrkg kept
     * the {@link IndexMarker}, or a write or a rebuild did not finish. Otherwise opening costs
     * one look for the marker and one look at the index's last commit, which Lucene has read anyway.
     */
    static Dataset wrap(Dataset tdb, Path indexDir) {
        TextIndexConfig config = new TextIndexConfig(definition());
        config.setValueStored(true);
        IndexMarker marker = new IndexMarker(indexDir);
        StoreTextIndex index;
        try {
            Files.createDirectories(indexDir);
            index = new StoreTextIndex(FSDirectory.open(indexDir), config);
        } catch (IOException | RuntimeException e) {
            throw new CorrkgException("Cannot open the text index in " + indexDir + ": " + e.getMessage(), e);
        }
        DatasetGraph dsg = new MarkedTextDatasetGraph(tdb.asDatasetGraph(), index, marker);
        dsg.getContext().set(TextQuery.textIndex, index);
        Dataset text = DatasetFactory.wrap(dsg);
        if (marker.leftBehind() || !stamped(index.getIndexWriter())) {
            try {
                rebuild(text);
            } catch (RuntimeException e) {
                index.close();
                throw e;
            }
        }
        return text;
    }

    /**
     * Empties the index and indexes every literal of the indexed properties in the store again;
     * returns how many. It runs as a write transaction, so no load interleaves and the marker is
     * held until the new index has committed: a crash or an error part way leaves the old index
     * and the marker, and the next open rebuilds again.
     */
    public static long rebuild(Dataset text) {
        MarkedTextDatasetGraph dsg = (MarkedTextDatasetGraph) text.asDatasetGraph();
        long count = reindex(dsg);
        dsg.marker().rebuilt();
        return count;
    }

    private static long reindex(MarkedTextDatasetGraph dsg) {
        TextIndex index = dsg.getTextIndex();
        EntityDefinition def = index.getDocDef();
        return Txn.calculateWrite(dsg, () -> {
            IndexWriter writer = ((TextIndexLucene) index).getIndexWriter();
            long count = 0;
            try {
                writer.deleteAll();
            } catch (IOException e) {
                throw new CorrkgException("Cannot empty the text index: " + e.getMessage(), e);
            }
            for (Node p : PREDICATES) {
                for (Quad q : (Iterable<Quad>) () -> dsg.find(Node.ANY, Node.ANY, p, Node.ANY)) {
                    if (q.getObject().isLiteral()) {
                        index.addEntity(TextQueryFuncs.entityFromQuad(def, q));
                        count++;
                        CommitSteps.reach(CommitSteps.Step.LITERAL_REINDEXED, writer);
                    }
                }
            }
            writer.setLiveCommitData(Map.of(STAMP, STAMP_VALUE).entrySet());
            return count;
        });
    }

    /**
     * Builds a new index in {@code indexDir} of every indexed literal of {@code tdb} (a database
     * being built, not yet a store), stamped as a rebuild is; returns how many literals it indexed.
     * It gives up, throwing {@link FreshBuild.Stopped}, once {@code stop} says so.
     */
    static long build(Dataset tdb, Path indexDir, BooleanSupplier stop) {
        TextIndexConfig config = new TextIndexConfig(definition());
        config.setValueStored(true);
        try {
            Files.createDirectories(indexDir);
            StoreTextIndex index = new StoreTextIndex(FSDirectory.open(indexDir), config);
            try {
                EntityDefinition def = index.getDocDef();
                IndexWriter writer = index.getIndexWriter();
                long count = Txn.calculateRead(tdb, () -> {
                    long n = 0;
                    DatasetGraph dsg = tdb.asDatasetGraph();
                    for (Node p : PREDICATES)
                        for (Quad q : (Iterable<Quad>) () -> dsg.find(Node.ANY, Node.ANY, p, Node.ANY))
                            if (q.getObject().isLiteral()) {
                                if (stop.getAsBoolean())
                                    throw new FreshBuild.Stopped();
                                index.addEntity(TextQueryFuncs.entityFromQuad(def, q));
                                n++;
                            }
                    return n;
                });
                writer.setLiveCommitData(Map.of(STAMP, STAMP_VALUE).entrySet());
                writer.commit();
                return count;
            } finally {
                index.close();
            }
        } catch (IOException e) {
            throw new CorrkgException("Cannot build the text index in " + indexDir + ": " + e.getMessage(), e);
        }
    }

    private static boolean stamped(IndexWriter writer) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data == null)
            return false;
        for (Map.Entry<String, String> e : data)
            if (e.getKey().equals(STAMP) && e.getValue().equals(STAMP_VALUE))
                return true;
        return false;
    }

    static TextIndex index(DatasetGraph dsg) {
        return ((org.apache.jena.query.text.DatasetGraphText) dsg).getTextIndex();
    }


    private TextIndexing() {}
}
