package org.corrkg.peers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Transactional;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Jena's SPARQL engine, either in this process over a TDB2 database or at a SPARQL
 * endpoint over HTTP; each query is a fresh execution of the text as given.
 */
final class JenaTarget implements Target {

    private final Function<String, QueryExec> executor;
    /** The database's transactions, or null for an endpoint, whose server opens its own. */
    private final Transactional transactional;
    private final Runnable closer;

    private JenaTarget(Function<String, QueryExec> executor, Transactional transactional, Runnable closer) {
        this.executor = executor;
        this.transactional = transactional;
        this.closer = closer;
    }

    /** A TDB2 database; with {@code union}, the default graph is the union of the named graphs, as corrkg's store reads. */
    static JenaTarget tdb2(Path store, boolean union, long timeoutMillis) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        if (union)
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new JenaTarget(text -> QueryExec.dataset(dsg).query(text).timeout(timeoutMillis).build(),
                              dsg, () -> TDBInternal.expel(dsg));
    }

    /** A SPARQL endpoint, sent the text unparsed; the time includes HTTP and reading the JSON results. */
    static JenaTarget http(String endpoint) {
        return new JenaTarget(text -> QueryExecHTTPBuilder.service(endpoint).parseCheck(false).query(text).build(),
                              null, () -> {});
    }

    private <T> T read(String query, Function<RowSet, T> reader) {
        Supplier<T> run = () -> {
            try (QueryExec exec = executor.apply(query)) {
                return reader.apply(exec.select());
            }
        };
        return transactional == null ? run.get() : Txn.calculateRead(transactional, run);
    }

    @Override
    public long count(String query) {
        return read(query, rows -> {
            long n = 0;
            while (rows.hasNext()) {
                rows.next();
                n++;
            }
            return n;
        });
    }

    @Override
    public List<Map<String, String>> select(String query) {
        return read(query, rows -> {
            List<Map<String, String>> out = new ArrayList<>();
            rows.forEachRemaining(b -> {
                Map<String, String> row = new LinkedHashMap<>();
                b.vars().forEachRemaining(v -> {
                    Node n = b.get(v);
                    row.put(v.getVarName(), n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString());
                });
                out.add(row);
            });
            return out;
        });
    }

    @Override
    public void close() {
        closer.run();
    }
}
