package org.corrkg.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.corrkg.CorrkgException;
import org.corrkg.infer.Materialiser;
import org.corrkg.source.LongTerms;
import org.corrkg.source.SourceFile;
import org.corrkg.validate.ValidationReport;
import org.corrkg.validate.Validator;

/**
 * Loads named graphs into the store in one write transaction. Each graph replaces the
 * graph of the same name, so loading the same files twice leaves the same triples. The
 * store as it would be afterwards is validated before anything is written; any failure
 * aborts the transaction and leaves the store as it was. IRIs too long to index are refused
 * before the transaction begins ({@link LongTerms}).
 *
 * <p>Each source graph has a companion graph of what the ontology implies about it
 * ({@link InferredGraphs}), recomputed when the source is loaded, or for every source
 * when the ontology changes, so a load costs in proportion to what it loads.
 */
public final class Loader {

    private final Store store;
    private final GraphUpkeep upkeep;

    public Loader(Store store) {
        this(store, Validator.bundled(), Materialiser.bundled());
    }

    public Loader(Store store, Validator validator, Materialiser materialiser) {
        store.requireIndexed();
        this.store = store;
        this.upkeep = new GraphUpkeep(validator, materialiser);
    }

    /**
     * What a load did: the graphs it (re)wrote with their sizes, how many triples the rules
     * added, and whether the store was empty so the ontology came with the user's graphs.
     */
    public record Result(Map<String, Long> graphs, long inferred, boolean ontologyAdded) {}

    /**
     * Loads a user's graphs. Into an empty store the corrkg ontology goes with them, and
     * nothing else (never the bundled article), so they are checked and inferred against it.
     */
    public Result loadUserGraphs(Batch batch) {
        if (!store.isEmpty())
            return load(batch);
        Batch withOntology = Batch.of(SourceFile.ontology());
        batch.graphs().forEach((name, graph) -> withOntology.add(name, graph, batch.names().get(name)));
        Result r = load(withOntology);
        return new Result(r.graphs(), r.inferred(), true);
    }

    /** Parses and loads files; each fills its own named graph (quad files may fill several). */
    public Result load(List<SourceFile> files) {
        return load(Batch.of(files));
    }

    /** Loads a batch of graphs, each replacing the named graph of the same name. */
    public Result load(Batch batch) {
        Map<Node, Graph> incoming = batch.graphs();
        incoming.forEach((name, graph) -> LongTerms.refuse(graph, batch.names().getOrDefault(name, name.getURI())));
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        dsg.begin(TxnType.WRITE);
        try {
            Map<Node, Graph> after = GraphUpkeep.sourceGraphs(dsg);
            after.putAll(incoming);
            upkeep.check(after, incoming.keySet(), batch.names());
            Map<String, Long> written = new LinkedHashMap<>();
            incoming.forEach((name, graph) -> {
                dsg.removeGraph(name);
                dsg.addGraph(name, graph);
                written.put(name.getURI(), (long) graph.size());
            });
            long inferred = upkeep.infer(dsg, after, incoming.keySet());
            dsg.commit();
            return new Result(written, inferred, false);
        } catch (RuntimeException e) {
            dsg.abort();
            throw e;
        } finally {
            dsg.end();
        }
    }

    /** Validation failed: carries the report so that callers can print it. */
    public static final class ValidationFailed extends CorrkgException {
        private static final long serialVersionUID = 1L;
        private final transient ValidationReport report;

        ValidationFailed(ValidationReport report) {
            super("Validation failed with " + report.problems().size() + " problem(s); nothing was loaded.");
            this.report = report;
        }

        public ValidationReport report() { return report; }
    }
}
