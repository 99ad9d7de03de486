package org.corrkg.remote;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.corrkg.query.QueryLibrary;
import org.corrkg.query.QuerySource;
import org.corrkg.store.Store;

/**
 * Reads a store elsewhere graph by graph through its query endpoint alone
 * ({@code queries/store/graphs.rq}, {@code queries/store/graph.rq}), streaming each graph's
 * rows into a TDB2 store here, so memory does not hold the copy, or straight to a writer.
 */
public final class RemoteCopy {

    private final RemoteStore remote;
    private final QueryLibrary library = QueryLibrary.bundled();

    public RemoteCopy(RemoteStore remote) {
        this.remote = remote;
    }

    /** The store's named graphs with their sizes, by name. */
    public Map<Node, Long> graphs() {
        QuerySource source = remote.querySource();
        return source.read(() -> {
            Map<Node, Long> graphs = new LinkedHashMap<>();
            try (QueryExecution exec = source.execution(library.resolve("store/graphs").query(), Map.of())) {
                ResultSet rs = exec.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    graphs.put(row.get("graph").asNode(), row.getLiteral("triples").getLong());
                }
            }
            return graphs;
        });
    }

    /**
     * A new store in {@code directory} holding every named graph of the store elsewhere, for
     * reading alone: without a text index, which would cost more than the copy itself.
     */
    public Store unindexedInto(Path directory) {
        Map<Node, Long> graphs = graphs();
        return Store.unindexedCopy(directory, dsg -> graphs.keySet().forEach(g -> copyGraph(g, dsg)));
    }

    /**
     * As {@link #unindexedInto(Path)}, holding only graph {@code g}: nothing where the store
     * elsewhere has no such graph (its rows are none), without listing and counting every graph.
     */
    public Store unindexedInto(Path directory, Node g) {
        return Store.unindexedCopy(directory, dsg -> copyGraph(g, dsg));
    }

    /**
     * Hands every quad of every named graph of the store elsewhere to {@code sink}, graph by
     * graph as each graph's rows arrive, holding none of them: an export in a quad syntax
     * needs no copy.
     */
    public void eachQuad(Consumer<Quad> sink) {
        QuerySource source = remote.querySource();
        for (Node g : graphs().keySet())
            source.read(() -> {
                try (QueryExecution exec = source.execution(library.resolve("store/graph").query(), Map.of("graph", g))) {
                    exec.execSelect().forEachRemaining(row -> sink.accept(Quad.create(g, row.get("s").asNode(), row.get("p").asNode(),
                                                                                     row.get("o").asNode())));
                }
                return null;
            });
    }

    /** A new store in {@code directory} holding {@code graphs} of the store elsewhere. */
    Store into(Path directory, Map<Node, Long> graphs) {
        Store copy = Store.open(directory);
        try {
            DatasetGraph dsg = copy.dataset().asDatasetGraph();
            Txn.executeWrite(dsg, () -> graphs.keySet().forEach(g -> copyGraph(g, dsg)));
            return copy;
        } catch (RuntimeException e) {
            copy.close();
            throw e;
        }
    }

    /** Graph {@code g} of the store elsewhere, in memory. */
    public Graph graph(Node g) {
        Graph out = GraphFactory.createDefaultGraph();
        QuerySource source = remote.querySource();
        source.read(() -> {
            try (QueryExecution exec = source.execution(library.resolve("store/graph").query(), Map.of("graph", g))) {
                exec.execSelect().forEachRemaining(row -> out.add(row.get("s").asNode(), row.get("p").asNode(), row.get("o").asNode()));
            }
            return null;
        });
        return out;
    }

    /** Copies graph {@code g} of the store elsewhere into {@code dsg}, inside its write transaction; returns how many triples were read. */
    long copyGraph(Node g, DatasetGraph dsg) {
        QuerySource source = remote.querySource();
        return source.read(() -> {
            long[] n = {0};
            try (QueryExecution exec = source.execution(library.resolve("store/graph").query(), Map.of("graph", g))) {
                exec.execSelect().forEachRemaining(row -> {
                    dsg.add(g, row.get("s").asNode(), row.get("p").asNode(), row.get("o").asNode());
                    n[0]++;
                });
            }
            return n[0];
        });
    }
}
