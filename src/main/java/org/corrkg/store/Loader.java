package org.corrkg.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.corrkg.CorrkgException;
import org.corrkg.infer.Materialiser;
import org.corrkg.source.Parser;
import org.corrkg.source.SourceFile;
import org.corrkg.validate.ValidationReport;
import org.corrkg.validate.Validator;
import org.corrkg.vocab.CORR;

/**
 * Loads source files into the store in one write transaction. Each file replaces its
 * own named graph, so loading the same files twice leaves the same triples. Every
 * file is parsed, and the store as it would be afterwards is validated, before
 * anything is written; any failure aborts the transaction and leaves the store as it was.
 */
public final class Loader {

    private static final Node INFERRED = NodeFactory.createURI(CORR.INFERRED_GRAPH);

    private final Store store;
    private final Validator validator;
    private final Materialiser materialiser;

    public Loader(Store store) {
        this(store, Validator.bundled(), Materialiser.bundled());
    }

    public Loader(Store store, Validator validator, Materialiser materialiser) {
        this.store = store;
        this.validator = validator;
        this.materialiser = materialiser;
    }

    /** What a load did: the graphs it (re)wrote with their sizes, and how many triples the rules added. */
    public record Result(Map<String, Long> graphs, long inferred) {}

    public Result load(List<SourceFile> files) {
        Map<Node, Graph> incoming = parseAll(files);
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        dsg.begin(TxnType.WRITE);
        try {
            ValidationReport report = validator.validate(prospective(dsg, incoming), names(files, incoming));
            if (!report.conforms())
                throw new ValidationFailed(report);
            Map<String, Long> written = new LinkedHashMap<>();
            incoming.forEach((graphName, graph) -> {
                dsg.removeGraph(graphName);
                dsg.addGraph(graphName, graph);
                written.put(graphName.getURI(), (long) graph.size());
            });
            Graph inferred = materialiser.infer(baseGraphs(dsg));
            dsg.removeGraph(INFERRED);
            dsg.addGraph(INFERRED, inferred);
            dsg.commit();
            return new Result(written, inferred.size());
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

    private static Map<Node, Graph> parseAll(List<SourceFile> files) {
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        for (SourceFile file : files) {
            DatasetGraph parsed = Parser.parse(file);
            graphs.put(file.graph(), parsed.getDefaultGraph());
            parsed.listGraphNodes().forEachRemaining(g -> {
                if (Quad.isDefaultGraph(g) || g.equals(INFERRED))
                    throw new CorrkgException(file.displayName() + ": graph <" + g + "> is reserved for corrkg");
                graphs.put(g, parsed.getGraph(g));
            });
        }
        return graphs;
    }

    /** Which file each incoming graph comes from, for messages. */
    private static Map<Node, String> names(List<SourceFile> files, Map<Node, Graph> incoming) {
        Map<Node, String> names = new LinkedHashMap<>();
        for (SourceFile f : files)
            names.put(f.graph(), f.displayName());
        incoming.keySet().forEach(g -> names.putIfAbsent(g, g.getURI()));
        return names;
    }

    /** The named graphs the store would hold after the load, inferred graph aside. */
    private static Map<Node, Graph> prospective(DatasetGraph dsg, Map<Node, Graph> incoming) {
        Map<Node, Graph> result = new LinkedHashMap<>(baseGraphMap(dsg));
        result.putAll(incoming);
        return result;
    }

    private static List<Graph> baseGraphs(DatasetGraph dsg) {
        return new ArrayList<>(baseGraphMap(dsg).values());
    }

    private static Map<Node, Graph> baseGraphMap(DatasetGraph dsg) {
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (!g.equals(INFERRED))
                graphs.put(g, dsg.getGraph(g));
        });
        return graphs;
    }
}
