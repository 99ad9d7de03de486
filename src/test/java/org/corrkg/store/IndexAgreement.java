package org.corrkg.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.system.Txn;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.corrkg.query.QueryLibrary;
import org.corrkg.query.QueryRunner;
import org.corrkg.query.QuerySource;

/** What the store holds and what its committed text index holds, to compare them exactly. */
final class IndexAgreement {

    /** Every (node, text) pair of an indexed property in the store, as the index names nodes. */
    static Set<String> inStore(Store store) {
        Set<String> pairs = new TreeSet<>();
        Txn.executeRead(store.dataset(), () -> {
            for (Node p : TextIndexing.PREDICATES)
                store.dataset().asDatasetGraph().find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                    if (q.getObject().isLiteral())
                        pairs.add(TextQueryFuncs.subjectToString(q.getSubject()) + " " + q.getObject().getLiteralLexicalForm());
                });
        });
        return pairs;
    }

    /** Every (node, text) pair in the last commit of the index: what a search can find. */
    static Set<String> inIndex(Path store) throws IOException {
        Set<String> pairs = new TreeSet<>();
        try (var dir = FSDirectory.open(store.resolve(Store.TEXT_INDEX)); var reader = DirectoryReader.open(dir)) {
            Bits live = MultiBits.getLiveDocs(reader);
            StoredFields fields = reader.storedFields();
            for (int i = 0; i < reader.maxDoc(); i++) {
                if (live != null && !live.get(i))
                    continue;
                Document doc = fields.document(i);
                pairs.add(doc.get("uri") + " " + doc.get(TextIndexing.FIELD));
            }
        }
        return pairs;
    }

    /** The nodes the documented search query finds for {@code q}, sorted. */
    static List<String> search(Store store, String q) {
        QueryLibrary library = QueryLibrary.bundled();
        ResultSet rs = new QueryRunner(QuerySource.of(store.dataset()), library).select(library.resolve("search"), Map.of("q", q));
        List<String> nodes = new ArrayList<>();
        rs.forEachRemaining((QuerySolution s) -> nodes.add(s.getResource("node").getURI()));
        nodes.sort(null);
        return nodes;
    }

    private IndexAgreement() {}
}
