package org.corrkg.remote;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraphBaseFind;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Transactional;
import org.apache.jena.sparql.core.TransactionalNull;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.corrkg.CorrkgException;
import org.corrkg.vocab.Prefixes;

/**
 * A store elsewhere seen as a read-only Jena dataset, so that code written for a dataset here
 * (the server's SPARQL endpoint and its browse and linked-data pages) answers from it
 * unchanged:
 * <ul>
 * <li>a query is sent whole to the store's query endpoint ({@link ForwardingEngine}), never
 *     evaluated here pattern by pattern;</li>
 * <li>a {@code find} is one {@code SELECT} there, its answer read whole (finds ask for one
 *     resource's triples, not for a store's worth: more than {@link #MAX_FOUND} is refused);</li>
 * <li>a query's default graph is the store's: the union of its named graphs, as corrkg's
 *     queries assume; for {@code find}, as for a TDB2 store here, the default graph is empty
 *     and the union graph is the union of the named graphs.</li>
 * </ul>
 * Writes are refused. Transactions do nothing: each request sees the store as it is then.
 * A blank node from an answer names nothing the store can be asked about again (a store
 * relabels them in every answer), so a {@code find} that names one answers nothing.
 */
public final class RemoteDatasetGraph extends DatasetGraphBaseFind {

    static {
        QueryEngineRegistry.addFactory(ForwardingEngine.FACTORY);
    }

    /**
     * The most triples one {@code find} reads: a resource's description or a letter's
     * properties are a few hundred; more means a lookup over the whole store.
     */
    static final int MAX_FOUND = 100_000;

    private final RemoteStore store;
    private final Transactional txn = TransactionalNull.create();
    private final PrefixMap prefixes = PrefixMapFactory.create(Prefixes.ALL);
    private final Context context = Context.create();

    RemoteDatasetGraph(RemoteStore store) {
        this.store = store;
    }

    /** The store elsewhere as a dataset. */
    public static Dataset of(RemoteStore store) {
        return DatasetFactory.wrap(new RemoteDatasetGraph(store));
    }

    RemoteStore store() {
        return store;
    }

    // ---- Reading ----

    /**
     * Nothing, as in a TDB2 store here, whose default graph holds nothing (the union is a
     * query's default graph, not a graph of its own): so a find over every graph reads each
     * quad once, from its named graph.
     */
    @Override
    protected Iterator<Quad> findInDftGraph(Node s, Node p, Node o) {
        return List.<Quad>of().iterator();
    }

    @Override
    protected Iterator<Quad> findInSpecificNamedGraph(Node g, Node s, Node p, Node o) {
        if (g.isBlank())
            return List.<Quad>of().iterator();
        return select(g, s, p, o, "{ GRAPH " + NodeFmtLib.strNT(g) + " { %s %s %s } }");
    }

    @Override
    protected Iterator<Quad> findInAnyNamedGraphs(Node s, Node p, Node o) {
        return select(null, s, p, o, "{ GRAPH ?g { %s %s %s } }");
    }

    @Override
    public Iterator<Quad> findQuadsInUnionGraph(Node s, Node p, Node o) {
        return select(Quad.unionGraph, s, p, o, "{ GRAPH ?g { %s %s %s } }", true);
    }

    private Iterator<Quad> select(Node graph, Node s, Node p, Node o, String pattern) {
        return select(graph, s, p, o, pattern, false);
    }

    /**
     * The quads matching {@code s p o} in {@code pattern}: {@code graph} names the graph of
     * each, or is null to read it from {@code ?g}; {@code distinct} answers each triple once.
     */
    private Iterator<Quad> select(Node graph, Node s, Node p, Node o, String pattern, boolean distinct) {
        if (blank(s) || blank(p) || blank(o))
            return List.<Quad>of().iterator();
        String text = "SELECT " + (distinct ? "DISTINCT " : "") + "* WHERE "
                      + String.format(pattern, term(s, "?s"), term(p, "?p"), term(o, "?o")) + " LIMIT " + (MAX_FOUND + 1);
        List<Quad> out = new ArrayList<>();
        store.call(store.endpoints().query(), () -> {
            try (QueryExec exec = store.link().newQuery().query(text)
                                       .timeout(store.endpoints().timeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS).build()) {
                RowSet rows = exec.select();
                while (rows.hasNext()) {
                    Binding row = rows.next();
                    Node g = graph != null ? graph : row.get("g");
                    out.add(Quad.create(g, value(row, "s", s), value(row, "p", p), value(row, "o", o)));
                    if (out.size() > MAX_FOUND)
                        throw new CorrkgException("A lookup at " + store.endpoints().query() + " matched more than " + MAX_FOUND
                                                  + " triples, more than this server reads in one go: ask the SPARQL endpoint instead");
                }
            }
            return null;
        });
        return out.iterator();
    }

    private static boolean blank(Node n) {
        return n != null && n.isBlank();
    }

    private static String term(Node n, String variable) {
        return n == null || n == Node.ANY || n.isVariable() ? variable : NodeFmtLib.strNT(n);
    }

    private static Node value(Binding row, String variable, Node given) {
        return given == null || given == Node.ANY || given.isVariable() ? row.get(variable) : given;
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        List<Node> graphs = new ArrayList<>();
        store.call(store.endpoints().query(), () -> {
            try (QueryExec exec = store.link().newQuery().query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")
                                       .timeout(store.endpoints().timeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS).build()) {
                exec.select().forEachRemaining(row -> graphs.add(row.get("g")));
            }
            return null;
        });
        return graphs.iterator();
    }

    @Override
    public Graph getDefaultGraph() {
        return GraphView.createDefaultGraph(this);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public Graph getUnionGraph() {
        return GraphView.createUnionGraph(this);
    }

    @Override
    public PrefixMap prefixes() {
        return prefixes;
    }

    @Override
    public Context getContext() {
        return context;
    }

    @Override
    public long size() {
        return -1;
    }

    // ---- Writing: refused ----

    private UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("The store at " + store.endpoints().query() + " is read-only here");
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        throw readOnly();
    }

    @Override
    public void removeGraph(Node graphName) {
        throw readOnly();
    }

    @Override
    public void add(Quad quad) {
        throw readOnly();
    }

    @Override
    public void delete(Quad quad) {
        throw readOnly();
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        throw readOnly();
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        throw readOnly();
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        throw readOnly();
    }

    @Override
    public void clear() {
        throw readOnly();
    }

    // ---- Transactions: none at the store elsewhere ----

    @Override
    public boolean supportsTransactions() {
        return true;
    }

    @Override
    public boolean supportsTransactionAbort() {
        return false;
    }

    @Override
    public void begin(TxnType type) {
        if (type != TxnType.READ)
            throw readOnly();
        txn.begin(type);
    }

    @Override
    public void begin(ReadWrite mode) {
        begin(TxnType.convert(mode));
    }

    @Override
    public boolean promote(Promote mode) {
        return false;
    }

    @Override
    public void commit() {
        txn.commit();
    }

    @Override
    public void abort() {
        txn.abort();
    }

    @Override
    public void end() {
        txn.end();
    }

    @Override
    public boolean isInTransaction() {
        return txn.isInTransaction();
    }

    @Override
    public ReadWrite transactionMode() {
        return txn.transactionMode();
    }

    @Override
    public TxnType transactionType() {
        return txn.transactionType();
    }
}
