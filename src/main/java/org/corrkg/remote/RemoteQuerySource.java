package org.corrkg.remote;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.QueryExecutionAdapter;
import org.corrkg.query.JenaOnly;
import org.corrkg.query.QuerySource;
import org.corrkg.query.RemoteBinding;

/**
 * Queries at a store elsewhere: parameters bound into the query's text as for corrkg's own
 * server, each answer read within the timeout, and a query that needs a Jena extension the
 * store is not known to offer refused by the extension's name before it is sent.
 */
final class RemoteQuerySource implements QuerySource {

    private final RemoteStore store;

    RemoteQuerySource(RemoteStore store) {
        this.store = store;
    }

    @Override
    public <T> T read(Supplier<T> action) {
        return store.read(store.endpoints().query(), action);
    }

    @Override
    public QueryExecution execution(Query query, Map<String, Node> bindings) {
        List<JenaOnly.Feature> needs = JenaOnly.features(query);
        if (store.endpoints().jenaText())
            needs = needs.stream().filter(f -> f != JenaOnly.Feature.TEXT_SEARCH).toList();
        if (!needs.isEmpty())
            throw new JenaOnly.Unavailable(needs, describe());
        long timeout = store.endpoints().timeout().toMillis();
        Query sent = RemoteBinding.bind(query, bindings);
        // Rows are read with their values written as SPARQL writes them (RemoteValues).
        return new QueryExecutionAdapter(store.link().newQuery().query(sent).timeout(timeout, TimeUnit.MILLISECONDS).build()) {
            @Override
            public ResultSet execSelect() {
                return ResultSet.adapt(RemoteValues.standard(sent, get().select()));
            }
        };
    }

    /** An error status about the query: 400, or 500 from a store whose compiler fails on it. */
    @Override
    public boolean refusesQuery(RuntimeException failure) {
        return failure instanceof RemoteFailure r && (r.status() == 400 || r.status() == 500);
    }

    @Override
    public String describe() {
        return store.endpoints().query();
    }
}
