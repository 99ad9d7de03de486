package org.corrkg.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.corrkg.infer.Materialiser;
import org.corrkg.infer.Skolem;
import org.corrkg.validate.ValidationReport;
import org.corrkg.validate.Validator;

/**
 * What every write to the store owes the rest of it, whoever writes: a {@code load} or a
 * SPARQL Update at the server. The changed graphs are validated with the rest of the store
 * as context, and their companion graphs ({@link InferredGraphs}) recomputed, all inside
 * the writer's transaction, so a failure aborts it and leaves the store as it was.
 */
public final class GraphUpkeep {

    private final Validator validator;
    private final Materialiser materialiser;

    public GraphUpkeep(Validator validator, Materialiser materialiser) {
        this.validator = validator;
        this.materialiser = materialiser;
    }

    /** With the bundled shapes and rules. */
    public static GraphUpkeep bundled() {
        return new GraphUpkeep(Validator.bundled(), Materialiser.bundled());
    }

    /**
     * Validates {@code changed} as they stand in {@code after} (the source graphs once written),
     * the others serving as context; {@code names} gives a file for each graph, for messages.
     */
    public void check(Map<Node, Graph> after, Set<Node> changed, Map<Node, String> names) {
        ValidationReport report = validator.validate(after, changed, names);
        if (!report.conforms())
            throw new Loader.ValidationFailed(report);
    }

    /**
     * Recomputes in {@code dsg} the companion graphs of {@code changed}, each from its source in
     * {@code after} and the ontology; of every source when an ontology is among them. Returns how
     * many triples the companions hold.
     */
    public long infer(DatasetGraph dsg, Map<Node, Graph> after, Set<Node> changed) {
        Iterable<Node> sources = changed.stream().anyMatch(g -> isSchema(after.get(g))) ? after.keySet() : changed;
        Graph schema = GraphFactory.createDefaultGraph();
        after.values().stream().filter(GraphUpkeep::isSchema).forEach(g -> g.find().forEachRemaining(schema::add));
        long total = 0;
        for (Node source : sources) {
            Graph inferred = Skolem.name(materialiser.infer(after.get(source), schema), source);
            Node companion = InferredGraphs.companion(source);
            dsg.removeGraph(companion);
            dsg.addGraph(companion, inferred);
            total += inferred.size();
        }
        return total;
    }

    /**
     * For a writer that changed {@code touched} in {@code dsg} in place (inside its write
     * transaction): validates those still there and recomputes their companions; the
     * companion of a graph that is now empty goes with it.
     */
    public void settle(DatasetGraph dsg, Set<Node> touched) {
        Map<Node, Graph> after = sourceGraphs(dsg);
        Set<Node> changed = new java.util.LinkedHashSet<>(touched);
        changed.retainAll(after.keySet());
        check(after, changed, Map.of());
        infer(dsg, after, changed);
        for (Node g : touched)
            if (!after.containsKey(g))
                dsg.removeGraph(InferredGraphs.companion(g));
    }

    /** An ontology: the graph declares an owl:Ontology, so its classes and properties drive inference. */
    static boolean isSchema(Graph g) {
        return g.contains(Node.ANY, RDF.type.asNode(), OWL.Ontology.asNode());
    }

    /** The store's source graphs, companions of inferred triples aside. */
    public static Map<Node, Graph> sourceGraphs(DatasetGraph dsg) {
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        List<Node> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(names::add);
        for (Node g : names)
            if (!InferredGraphs.isCompanion(g))
                graphs.put(g, dsg.getGraph(g));
        return graphs;
    }
}
