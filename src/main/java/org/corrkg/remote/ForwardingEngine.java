package org.corrkg.remote;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpNull;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.PlanBase;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIteratorBase;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.core.Var;
import org.corrkg.query.JenaOnly;
import org.corrkg.query.RefusedQueries;
import org.corrkg.query.RemoteBinding;

/**
 * Runs a query on a {@link RemoteDatasetGraph} by sending it whole to the store's query
 * endpoint: a SELECT as it is; an ASK, CONSTRUCT or DESCRIBE as the SELECT of its pattern,
 * whose rows Jena then turns into the answer here (a DESCRIBE's descriptions are read through
 * the dataset's {@code find}). Whatever the caller applies around a query here (the server's
 * timeout, which cancels the iterator and so the request; the server's cap on what it holds of
 * an answer) applies unchanged. A query that needs a Jena extension the store is not known to
 * run is refused by the extension's name; one with SERVICE is refused unless the server
 * allows SERVICE, since the store elsewhere would fetch the other endpoint. A refusal is told
 * to the context's {@link RefusedQueries} listener too, so that a server answers it as a bad request.
 */
final class ForwardingEngine implements QueryEngineFactory {

    static final ForwardingEngine FACTORY = new ForwardingEngine();

    private ForwardingEngine() {}

    @Override
    public boolean accept(Query query, DatasetGraph dataset, Context context) {
        return dataset instanceof RemoteDatasetGraph;
    }

    @Override
    public Plan create(Query query, DatasetGraph dataset, Binding input, Context context) {
        RemoteStore store = ((RemoteDatasetGraph) dataset).store();
        List<JenaOnly.Feature> needs = JenaOnly.features(query);
        if (store.endpoints().jenaText())
            needs = needs.stream().filter(f -> f != JenaOnly.Feature.TEXT_SEARCH).toList();
        if (!needs.isEmpty()) {
            JenaOnly.Unavailable refused = new JenaOnly.Unavailable(needs, store.endpoints().query());
            RefusedQueries.tell(context, refused.getMessage());
            throw refused;
        }
        if (!context.isTrue(ARQ.httpServiceAllowed) && usesService(query)) {
            String refused = "SERVICE is not allowed here: this server sends queries on to " + store.endpoints().query()
                             + ", which would fetch the other endpoint itself (start the server with --allow-service to allow it)";
            RefusedQueries.tell(context, refused);
            throw new QueryExecException(refused);
        }
        Query sent = query;
        if (input != null && !input.isEmpty()) {
            java.util.Map<Var, org.apache.jena.graph.Node> values = new java.util.HashMap<>();
            input.forEach(values::put);
            sent = QueryTransformOps.transform(sent, values);
        }
        sent = RemoteBinding.standard(RemoteBinding.inlineValues(sent));
        if (!sent.isSelectType()) {
            sent = sent.cloneQuery();
            if (sent.getQueryPattern() == null)
                sent.setQueryPattern(new ElementGroup());
            boolean ask = sent.isAskType();
            sent.setQuerySelectType();
            sent.setQueryResultStar(true);
            if (ask)
                sent.setLimit(1);
        }
        Query text = sent;
        return new PlanBase(OpNull.create(), null) {
            @Override
            protected QueryIterator iteratorOnce() {
                return new Rows(store, text);
            }
        };
    }

    /** True when {@code query}, or a query inside it, has a SERVICE clause. */
    static boolean usesService(Query query) {
        boolean[] found = {false};
        if (query.getQueryPattern() != null)
            ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementService el) {
                    found[0] = true;
                }

                @Override
                public void visit(ElementSubQuery el) {
                    found[0] |= usesService(el.getQuery());
                }
            });
        return found[0];
    }

    /** Algebra alone is not sent: Jena evaluates it here, reading through {@code find}. */
    @Override
    public boolean accept(Op op, DatasetGraph dataset, Context context) {
        return false;
    }

    @Override
    public Plan create(Op op, DatasetGraph dataset, Binding inputBinding, Context context) {
        throw new UnsupportedOperationException();
    }

    /** The rows of one request, read as they arrive; cancelling aborts the request. */
    private static final class Rows extends QueryIteratorBase {
        private final RemoteStore store;
        private final QueryExec exec;
        private final RowSet rows;

        Rows(RemoteStore store, Query query) {
            this.store = store;
            // Sent again, as a new request, where the connection broke off before any answer.
            QueryExec[] sent = new QueryExec[1];
            RowSet answer = store.read(store.endpoints().query(), () -> {
                if (sent[0] != null)
                    sent[0].close();
                sent[0] = store.link().newQuery().query(query)
                               .timeout(store.endpoints().timeout().toMillis(), TimeUnit.MILLISECONDS).build();
                return sent[0].select();
            });
            this.exec = sent[0];
            this.rows = RemoteValues.standard(query, answer);
        }

        @Override
        protected boolean hasNextBinding() {
            return store.call(store.endpoints().query(), rows::hasNext);
        }

        @Override
        protected Binding moveToNextBinding() {
            return store.call(store.endpoints().query(), rows::next);
        }

        @Override
        protected void closeIterator() {
            exec.close();
        }

        @Override
        protected void requestCancel() {
            exec.abort();
        }

        @Override
        public void output(org.apache.jena.atlas.io.IndentedWriter out, org.apache.jena.sparql.serializer.SerializationContext cxt) {
            out.print("Rows from " + store.endpoints().query());
        }
    }
}
