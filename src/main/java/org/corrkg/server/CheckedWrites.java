package org.corrkg.server;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.corrkg.store.GraphUpkeep;
import org.corrkg.store.InferredGraphs;
import org.corrkg.store.Loader;
import org.corrkg.vocab.CORR;

/**
 * The served dataset when writing is allowed: every write goes through here, which notes
 * the named graphs it touches; at commit those are validated with the rest of the store
 * as context and their inferred companions recomputed ({@link GraphUpkeep}), as
 * {@code load} does. A write that breaks the shapes is aborted and answered 422 with the
 * validation report, so it changes nothing ({@link Refusals} gives the answer).
 *
 * <p>Only named graphs can be written: the default graph a query sees is the union of
 * them all, so a triple put in the store's own default graph would be invisible, and a
 * companion graph is recomputed from its source, so it is never written directly.
 */
final class CheckedWrites extends DatasetGraphWrapper {

    /** The answer to a write that the shapes refuse. */
    static final int UNPROCESSABLE = 422;

    private final GraphUpkeep upkeep;
    // Jena transactions belong to a thread; so does what the current one has touched.
    private final ThreadLocal<Set<Node>> touched = ThreadLocal.withInitial(LinkedHashSet::new);

    CheckedWrites(DatasetGraph dsg, GraphUpkeep upkeep) {
        super(dsg);
        this.upkeep = upkeep;
    }

    @Override
    public void commit() {
        Set<Node> graphs = touched.get();
        try {
            if (Refusals.pending())
                throw new Refusals.Refused("A write was refused earlier in this transaction");
            if (!graphs.isEmpty() && transactionMode() == ReadWrite.WRITE)
                upkeep.settle(get(), graphs);
        } catch (Loader.ValidationFailed e) {
            abort();
            throw Refusals.refuse(UNPROCESSABLE, e.report().format()
                    + "The write was refused: it would leave the store invalid, and nothing was changed.");
        } catch (RuntimeException e) {
            abort();
            throw e;
        }
        forget();
        super.commit();
    }

    @Override
    public void abort() {
        forget();
        super.abort();
    }

    @Override
    public void end() {
        forget();
        super.end();
    }

    private void forget() {
        touched.remove();
    }

    /**
     * Notes that {@code graph} is written and returns true, or notes a refusal (400) of a
     * graph that cannot be written and returns false: the write is skipped and the
     * transaction refused at commit. Not thrown here: the update parser would log it as an
     * internal error with its stack.
     */
    private boolean touch(Node graph) {
        if (graph == null || graph == Node.ANY)
            return refused("A write names the one graph it changes: clearing or dropping every graph at once is refused.");
        if (Quad.isDefaultGraph(graph) || Quad.isUnionGraph(graph))
            return refused("Writes go into a named graph (INSERT DATA { GRAPH <...> { ... } }, or ?graph=IRI "
                    + "for the Graph Store Protocol): the default graph is the union of all named graphs and cannot be written.");
        if (graph.isURI() && graph.getURI().equals(CORR.NAMES_GRAPH))
            return refused("Graph <" + graph.getURI() + "> holds the name each actor and place is shown by, chosen from "
                    + "what the source graphs call it; write a label (rdfs:label, or skos:prefLabel to choose) into a source graph instead.");
        if (InferredGraphs.isCompanion(graph))
            return refused("Graph <" + graph.getURI() + "> holds what the ontology implies about its source graph "
                    + "and is recomputed from it; write the source graph instead.");
        touched.get().add(graph);
        return !Refusals.pending();
    }

    private static boolean refused(String message) {
        Refusals.refuse(400, message);
        return false;
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
    public void addGraph(Node graphName, Graph graph) {
        if (touch(graphName))
            super.addGraph(graphName, graph);
    }

    @Override
    public void removeGraph(Node graphName) {
        if (touch(graphName))
            super.removeGraph(graphName);
    }

    @Override
    public void add(Quad quad) {
        if (touch(quad.getGraph()))
            super.add(quad);
    }

    @Override
    public void delete(Quad quad) {
        if (touch(quad.getGraph()))
            super.delete(quad);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        if (touch(g))
            super.add(g, s, p, o);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        if (touch(g))
            super.delete(g, s, p, o);
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        if (touch(g))
            super.deleteAny(g, s, p, o);
    }

    @Override
    public void clear() {
        touch(Node.ANY);
    }
}
