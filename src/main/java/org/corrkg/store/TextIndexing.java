package org.corrkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.store.FSDirectory;
import org.corrkg.CorrkgException;
import org.corrkg.vocab.CORR;

/**
 * The Lucene full-text index (jena-text) of names, summaries, quotations and notes. The
 * store's dataset is wrapped so every load updates the index in the same transaction;
 * {@link #rebuild} makes it anew from the store, for a missing index or after a bulk load
 * that bypassed corrkg. SPARQL at the endpoint uses it with {@code text:query}.
 */
public final class TextIndexing {

    /** The one field everything is indexed in, so a query searches names and texts at once. */
    public static final String FIELD = "text";

    /** The literals that are indexed. */
    public static final List<Node> PREDICATES = List.of(
            RDFS.label.asNode(), SKOS.altLabel.asNode(), SKOS.prefLabel.asNode(),
            CORR.summary.asNode(), CORR.quotation.asNode(), CORR.quote.asNode(), CORR.editorialNote.asNode(), CORR.dateAsWritten.asNode());

    static EntityDefinition definition() {
        EntityDefinition def = new EntityDefinition("uri", FIELD);
        PREDICATES.forEach(p -> def.set(FIELD, p));
        def.setUidField("uid");
        def.setLangField("lang");
        return def;
    }

    /** The TDB2 dataset wrapped with the index in {@code indexDir}; an index that did not exist is built from the store. */
    static Dataset wrap(Dataset tdb, Path indexDir) {
        boolean fresh = !Files.isDirectory(indexDir);
        TextIndexConfig config = new TextIndexConfig(definition());
        config.setValueStored(true);
        Dataset text;
        try {
            Files.createDirectories(indexDir);
            text = TextDatasetFactory.createLucene(tdb, FSDirectory.open(indexDir), config);
        } catch (IOException e) {
            throw new CorrkgException("Cannot open the text index in " + indexDir + ": " + e.getMessage(), e);
        }
        if (fresh)
            rebuild(text);
        return text;
    }

    /** Empties the index and indexes every literal of the indexed properties in the store again; returns how many. */
    public static long rebuild(Dataset text) {
        DatasetGraph dsg = text.asDatasetGraph();
        TextIndex index = index(dsg);
        EntityDefinition def = index.getDocDef();
        long[] count = {0};
        Txn.executeRead(text, () -> {
            try {
                ((org.apache.jena.query.text.TextIndexLucene) index).getIndexWriter().deleteAll();
            } catch (IOException e) {
                throw new CorrkgException("Cannot empty the text index: " + e.getMessage(), e);
            }
            for (Node p : PREDICATES)
                dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                    if (q.getObject().isLiteral()) {
                        index.addEntity(TextQueryFuncs.entityFromQuad(def, q));
                        count[0]++;
                    }
                });
            index.prepareCommit();
            index.commit();
        });
        return count[0];
    }

    static TextIndex index(DatasetGraph dsg) {
        return ((org.apache.jena.query.text.DatasetGraphText) dsg).getTextIndex();
    }


    private TextIndexing() {}
}
