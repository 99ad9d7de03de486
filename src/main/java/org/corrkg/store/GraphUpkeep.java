package org.corrkg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.corrkg.infer.InferencePass;
import org.corrkg.infer.SubjectSource;
import org.corrkg.names.PreferredNames;
import org.corrkg.validate.ValidationReport;
import org.corrkg.validate.Validator;

/**
 * What every write to the store owes the rest of it, whoever writes: a {@code load} or a
 * SPARQL Update at the server. The changed graphs are validated with the rest of the store
 * as context, and their companion graphs ({@link InferredGraphs}) recomputed, all inside
 * the writer's transaction, so a failure aborts it and leaves the store as it was. Both read
 * the store graph by graph, subject by subject, so memory does not grow with the graphs.
 */
public final class GraphUpkeep {

    private final Validator validator;
    private final Path scratch;

    /** {@code scratch} is a directory for what the inference pass puts aside while it reads. */
    public GraphUpkeep(Validator validator, Path scratch) {
        this.validator = validator;
        this.scratch = scratch;
    }

    /** With the bundled shapes, putting aside into the system's temporary directory. */
    public static GraphUpkeep bundled() {
        return new GraphUpkeep(Validator.bundled(), Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * Validates {@code changed} (each with its file, for messages) as they stand in {@code dsg},
     * the other source graphs serving as context; everything when an ontology is among them.
     */
    public void check(DatasetGraph dsg, Map<Node, String> changed) {
        ValidationReport report = validator.validate(dsg, changed, GraphUpkeep::isSource);
        if (!report.conforms())
            throw new Loader.ValidationFailed(report);
    }

    /**
     * Recomputes in {@code dsg} the companion graphs of {@code changed}; of every source graph
     * when an ontology is among them. Returns how many triples the recomputed companions hold.
     */
    public long infer(DatasetGraph dsg, Set<Node> changed, Progress progress) {
        List<Node> sources = sourceGraphNames(dsg);
        Graph schema = GraphFactory.createDefaultGraph();
        boolean schemaChanged = false;
        for (Node g : sources) {
            if (isSchema(dsg, g)) {
                dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> schema.add(q.asTriple()));
                schemaChanged |= changed.contains(g);
            }
        }
        Iterable<Node> todo = schemaChanged ? sources : changed;
        InferencePass pass = new InferencePass(schema);
        PreferredNames names = new PreferredNames(dsg, GraphUpkeep::isSource);
        Set<Node> renamed = new LinkedHashSet<>();
        long total = 0;
        for (Node source : todo) {
            Node companion = InferredGraphs.companion(source);
            if (!schemaChanged)
                renamed.addAll(names.touchedBy(source, companion));
            dsg.removeGraph(companion);
            if (!sources.contains(source))
                continue;
            Graph data = dsg.getGraph(source);
            try (Spool spool = new Spool(scratch)) {
                pass.companion(SubjectSource.indexed(data), source, spool);
                progress.phase("Writing what the rules derive", spool.size());
                long[] written = {0};
                spool.drain(t -> {
                    dsg.add(companion, t.getSubject(), t.getPredicate(), t.getObject());
                    progress.advance(++written[0]);
                });
            }
            total += dsg.getGraph(companion).size();
            if (!schemaChanged)
                renamed.addAll(names.touchedBy(source, companion));
        }
        progress.phase("Choosing each actor's and place's name", -1);
        if (schemaChanged)
            names.rebuild();
        else
            names.refresh(renamed);
        return total;
    }

    /**
     * For a writer that changed {@code touched} in {@code dsg} in place (inside its write
     * transaction): validates those still there and recomputes their companions; the
     * companion of a graph that is now empty goes with it.
     */
    public void settle(DatasetGraph dsg, Set<Node> touched) {
        List<Node> sources = sourceGraphNames(dsg);
        Map<Node, String> changed = new LinkedHashMap<>();
        for (Node g : touched)
            if (sources.contains(g))
                changed.put(g, g.getURI());
        check(dsg, changed);
        infer(dsg, new LinkedHashSet<>(touched), Progress.NONE);
    }

    /** An ontology: the graph declares an owl:Ontology, so its classes and properties drive inference. */
    static boolean isSchema(DatasetGraph dsg, Node g) {
        return dsg.contains(g, Node.ANY, RDF.type.asNode(), OWL.Ontology.asNode());
    }

    static boolean isSource(Node g) {
        return !InferredGraphs.isCompanion(g);
    }

    /** The store's source graphs, companions of inferred triples aside. */
    static List<Node> sourceGraphNames(DatasetGraph dsg) {
        List<Node> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> { if (isSource(g)) names.add(g); });
        return names;
    }
}
