package org.corrkg.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import java.util.HashSet;
import java.util.function.Predicate;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.corrkg.source.Parser;
import org.corrkg.source.SourceFile;

/**
 * Checks graphs against the SHACL shapes and checks that every term the data uses is
 * declared in the ontology. Graphs are validated together, so a letter in one file
 * may name an actor declared in another.
 */
public final class Validator {

    private final Shapes shapes;

    public Validator(Graph shapesGraph) {
        this.shapes = QuickOr.install(Shapes.parse(shapesGraph));
    }

    /** A validator for the bundled shapes, {@code ontology/shapes.ttl}. */
    public static Validator bundled() {
        return new Validator(Parser.parse(SourceFile.bundled(SourceFile.SHAPES)).getDefaultGraph());
    }

    /**
     * Validates {@code files} as they would stand in corrkg's own graph: together with the
     * bundled ontology and data, a file replacing the bundled one of the same graph name.
     */
    public ValidationReport validateFiles(List<SourceFile> files) {
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        Map<Node, String> names = new LinkedHashMap<>();
        for (SourceFile f : SourceFile.bundledGraph())
            add(f, graphs, names);
        for (SourceFile f : files)
            add(f, graphs, names);
        return validate(graphs, names);
    }

    /** Validates every graph of {@code graphs} together; {@code names} gives the file of each graph for messages. */
    public ValidationReport validate(Map<Node, Graph> graphs, Map<Node, String> names) {
        return validate(graphs, graphs.keySet(), names);
    }

    /**
     * Validates the graphs in {@code focus}, the rest of {@code graphs} serving only to say
     * what the nodes they name are. When an ontology is among them, everything is checked.
     */
    public ValidationReport validate(Map<Node, Graph> graphs, Set<Node> focus, Map<Node, String> names) {
        Set<Node> checked = focus.stream().anyMatch(g -> isSchema(graphs.get(g))) ? graphs.keySet() : focus;
        List<Graph> parts = new ArrayList<>();
        Map<Node, Graph> focused = new LinkedHashMap<>();
        graphs.forEach((name, g) -> {
            if (checked.contains(name)) {
                parts.add(g);
                focused.put(name, g);
            } else if (isSchema(g)) {
                parts.add(g);
            }
        });
        List<Graph> others = graphs.entrySet().stream().filter(e -> !checked.contains(e.getKey())).map(Map.Entry::getValue).toList();
        if (!others.isEmpty())
            parts.add(new ReferencedTypes(new MultiUnion(others.iterator())));
        MultiUnion data = new MultiUnion(parts.iterator());
        List<ValidationReport.Problem> problems = new ArrayList<>();
        for (ReportEntry e : ShaclValidator.get().validate(shapes, data).getEntries()) {
            problems.add(new ValidationReport.Problem(
                    fileOf(e.focusNode(), focused, names),
                    Terms.show(e.focusNode()),
                    e.resultPath() == null ? "" : e.resultPath().toString(new Prologue(Terms.PREFIXES)),
                    e.message()));
        }
        problems.addAll(new TermCheck(data).check(focused, names));
        return new ValidationReport(problems);
    }

    /** Validation stops once it has found this many problems: enough to fix, and memory stays bounded. */
    public static final int MAX_PROBLEMS = 1000;

    /**
     * Validates graphs of a store in place, in bounded pieces ({@link ChunkedValidation}), as the
     * store stands inside the caller's transaction. {@code graphs} gives the graphs to check, each
     * with its file for messages; the other graphs {@code isSource} accepts are context. When an
     * ontology is among them, every source graph is checked.
     */
    public ValidationReport validate(DatasetGraph dsg, Map<Node, String> graphs, Predicate<Node> isSource) {
        List<Node> sources = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> { if (isSource.test(g)) sources.add(g); });
        Set<Node> schemas = new HashSet<>();
        for (Node g : sources)
            if (dsg.contains(g, Node.ANY, RDF.type.asNode(), OWL.Ontology.asNode()))
                schemas.add(g);
        Graph schema = GraphFactory.createDefaultGraph();
        for (Node g : schemas)
            dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> schema.add(q.asTriple()));
        Graph declarations = GraphFactory.createDefaultGraph();
        schema.find().forEachRemaining(declarations::add);
        for (Node type : TermCheck.declarationTypes())
            dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), type).forEachRemaining(q -> {
                if (isSource.test(q.getGraph()))
                    declarations.add(q.asTriple());
            });
        Map<Node, String> checked = new LinkedHashMap<>(graphs);
        if (graphs.keySet().stream().anyMatch(schemas::contains))
            for (Node g : sources)
                checked.putIfAbsent(g, g.getURI());
        long dataGraphs = sources.stream().filter(g -> !schemas.contains(g)).count();
        ChunkedValidation pieces = new ChunkedValidation(shapes, dsg, isSource, schema, TermCheck.declaring(declarations));
        List<ValidationReport.Problem> problems = new ArrayList<>();
        checked.forEach((g, file) -> {
            if (problems.size() < MAX_PROBLEMS)
                pieces.check(g, file, dataGraphs <= 1, problems, MAX_PROBLEMS);
        });
        List<ValidationReport.Problem> distinct = problems.stream().distinct().toList();
        return new ValidationReport(distinct, problems.size() >= MAX_PROBLEMS);
    }

    private static boolean isSchema(Graph g) {
        return g.contains(Node.ANY, RDF.type.asNode(), OWL.Ontology.asNode());
    }

    private static void add(SourceFile f, Map<Node, Graph> graphs, Map<Node, String> names) {
        graphs.put(f.graph(), Parser.parse(f).getDefaultGraph());
        names.put(f.graph(), f.displayName());
    }

    private static String fileOf(Node node, Map<Node, Graph> graphs, Map<Node, String> names) {
        String files = graphs.entrySet().stream()
                             .filter(e -> e.getValue().contains(node, Node.ANY, Node.ANY))
                             .map(e -> names.getOrDefault(e.getKey(), e.getKey().toString()))
                             .collect(Collectors.joining(", "));
        return files.isEmpty() ? "(store)" : files;
    }
}
