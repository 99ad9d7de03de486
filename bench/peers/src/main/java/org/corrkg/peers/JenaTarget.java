package org.corrkg.peers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

/**
 * Jena's SPARQL engine, either in this process over a TDB2 database or at a SPARQL
 * endpoint over HTTP; each query is a fresh execution of the text as given.
 */
final class JenaTarget implements Target {

    private final Function<String, QueryExec> executor;
    /** The database's transactions, or null for an endpoint, whose server opens its own. */
    private final org.apache.jena.sparql.core.Transactional transactional;
    private final Runnable closer;

    private JenaTarget(Function<String, QueryExec> executor, org.apache.jena.sparql.core.Transactional transactional, Runnable closer) {
        this.executor = executor;
        this.transactional = transactional;
        this.closer = closer;
    }

    /** A TDB2 database; with {@code union}, the default graph is the union of the named graphs, as corrkg's store reads. */
    static JenaTarget tdb2(java.nio.file.Path store, boolean union, long timeoutMillis) {
        var dsg = org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(store.toString());
        if (union)
            dsg.getContext().set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true);
        return new JenaTarget(text -> QueryExec.dataset(dsg).query(text).timeout(timeoutMillis).build(),
                              dsg, () -> org.apache.jena.tdb2.sys.TDBInternal.expel(dsg));
    }

    /** A SPARQL endpoint, sent the text unparsed; the time includes HTTP and the JSON results. */
    static JenaTarget http(String endpoint) {
        return new JenaTarget(text -> org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder.service(endpoint)
                                      .parseCheck(false).query(text).build(),
                              null, () -> {});
    }

    private <T> T read(String query, Function<RowSet, T> reader) {
        java.util.function.Supplier<T> run = () -> {
            try (QueryExec exec = executor.apply(query)) {
                return reader.apply(exec.select());
            }
        };
        return transactional == null ? run.get() : org.apache.jena.system.Txn.calculateRead(transactional, run);
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
