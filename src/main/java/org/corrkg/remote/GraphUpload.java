package org.corrkg.remote;

import java.util.Iterator;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.system.Txn;

/**
 * Sends one graph of a store here to the store elsewhere through the Graph Store Protocol, or
 * through SPARQL Update where it offers no Graph Store Protocol, in batches of at most
 * {@code batch} triples: the first replaces the graph (PUT, or DROP SILENT GRAPH and INSERT
 * DATA in one request), the others add to it (POST, or INSERT DATA), each retried on a
 * passing failure. Repeating a batch is harmless, since
 * a graph is a set of triples, except for blank nodes, which each request makes anew: a
 * graph with any is sent whole, in one request.
 */
final class GraphUpload {

    /** Hears of each batch sent and of each retry. */
    interface Listener {
        void sent(Node graph, long triples, long total);

        void retrying(RemoteFailure failure);

        Listener NONE = new Listener() {
            @Override public void sent(Node graph, long triples, long total) {}
            @Override public void retrying(RemoteFailure failure) {}
        };
    }

    private final RemoteStore remote;
    private final int batch;
    private final Listener listener;

    GraphUpload(RemoteStore remote, int batch, Listener listener) {
        this.remote = remote;
        this.batch = batch;
        this.listener = listener;
    }

    /** Replaces graph {@code g} at the store elsewhere with its triples in {@code dsg}; returns how many were sent. */
    long send(DatasetGraph dsg, Node g) {
        Endpoints endpoints = remote.endpoints();
        String target = endpoints.requireWriting();
        boolean gsp = endpoints.gsp().isPresent();
        return Txn.calculateRead(dsg, () -> {
            Graph local = dsg.getGraph(g);
            long total = local.size();
            boolean whole = hasBlankNodes(local);
            Iterator<Triple> it = local.find();
            long sent = 0;
            boolean first = true;
            while (first || it.hasNext()) {
                Graph part = GraphFactory.createDefaultGraph();
                while (it.hasNext() && (whole || part.size() < batch))
                    part.add(it.next());
                boolean replace = first;
                remote.retried(target, () -> {
                    if (gsp && replace)
                        remote.link().put(g, part);
                    else if (gsp)
                        remote.link().load(g, part);
                    else
                        remote.link().update(update(g, part, replace));
                }, listener::retrying);
                sent += part.size();
                first = false;
                listener.sent(g, sent, total);
            }
            return sent;
        });
    }

    /**
     * The SPARQL Update that sends {@code part} of graph {@code g}: for the first part
     * {@code DROP SILENT GRAPH} then {@code INSERT DATA} in one request, which replaces the
     * graph as a PUT does; for the others {@code INSERT DATA} alone, which adds as a POST does.
     */
    static UpdateRequest update(Node g, Graph part, boolean replace) {
        UpdateRequest request = new UpdateRequest();
        if (replace)
            request.add(new UpdateDrop(g, true));
        if (!part.isEmpty()) {
            QuadDataAcc quads = new QuadDataAcc();
            part.find().forEachRemaining(t -> quads.addQuad(Quad.create(g, t)));
            request.add(new UpdateDataInsert(quads));
        }
        return request;
    }

    private static boolean hasBlankNodes(Graph g) {
        return g.find().filterKeep(t -> t.getSubject().isBlank() || t.getObject().isBlank()).hasNext();
    }
}
