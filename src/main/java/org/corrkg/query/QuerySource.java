package org.corrkg.query;

import java.util.Map;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;

/**
 * Where queries run: a dataset in this process, read inside a transaction, or a SPARQL
 * endpoint over HTTP (the server corrkg itself runs on a store, so commands keep answering
 * while it holds the store's lock). Both bind parameters by substitution, never by
 * editing query text.
 */
public interface QuerySource {

    /** Runs {@code action} where a consistent read needs it: a read transaction on a local dataset. */
    <T> T read(Supplier<T> action);

    /** An execution of {@code query} with {@code bindings} substituted; call inside {@link #read}. */
    QueryExecution execution(Query query, Map<String, Node> bindings);

    /** For messages: the store or the endpoint queries go to. */
    String describe();

    /**
     * Whether {@code failure}, raised by a query sent here, is the store refusing that query as
     * such (its compiler or optimiser answering an error about the query), not the connection,
     * the sign-in or a timeout; another form of the same question may then be answered. A
     * dataset in this process refuses none.
     */
    default boolean refusesQuery(RuntimeException failure) {
        return false;
    }

    /** A dataset in this process. */
    static QuerySource of(Dataset dataset) {
        return new QuerySource() {
            @Override
            public <T> T read(Supplier<T> action) {
                return Txn.calculateRead(dataset, action);
            }

            @Override
            public QueryExecution execution(Query query, Map<String, Node> bindings) {
                var builder = QueryExecution.dataset(dataset).query(query);
                bindings.forEach((name, node) -> builder.substitution(name, Terms.MODEL.asRDFNode(node)));
                return builder.build();
            }

            @Override
            public String describe() {
                return "the store";
            }
        };
    }

    /** A SPARQL endpoint, such as {@code http://127.0.0.1:3030/corrkg/sparql}. */
    static QuerySource endpoint(String url) {
        return new QuerySource() {
            @Override
            public <T> T read(Supplier<T> action) {
                return action.get();
            }

            @Override
            public QueryExecution execution(Query query, Map<String, Node> bindings) {
                return QueryExecutionHTTP.service(url).query(RemoteBinding.bind(query, bindings)).build();
            }

            @Override
            public String describe() {
                return url;
            }
        };
    }

    /** Holds no triples: only views nodes as RDFNodes for the builders' substitution. */
    final class Terms {
        static final Model MODEL = ModelFactory.createDefaultModel();

        private Terms() {}
    }
}
