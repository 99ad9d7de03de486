package org.corrkg.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.vocabulary.RDF;

/**
 * Validates a graph of a store in bounded pieces, so that memory does not grow with the graph:
 * its subjects are read in index order, {@value #CHUNK} at a time, and each piece is checked
 * against the shapes with its neighbourhood as context: everything the store says of each
 * subject (in any source graph), the types of the nodes it names (for {@code sh:class}), and the
 * triples that target it through {@code sh:targetObjectsOf} (the attestations of a
 * communication) with everything said of their subjects. Only the piece's subjects are focus
 * nodes; the rest is context. The term check runs on every triple as it passes.
 */
final class ChunkedValidation {

    /** Subjects validated at once: enough to amortise SHACL's set-up, few enough that a piece stays small. */
    static final int CHUNK = 2000;

    /** How many nodes' types are remembered between pieces (the persons and editions most letters name). */
    private static final int TYPE_CACHE = 100_000;

    private final Shapes shapes;
    private final DatasetGraph dsg;
    private final Predicate<Node> isSource;
    private final Graph schema;
    private final TermCheck terms;
    private final Set<Node> targetObjectsOf;
    private final Map<Node, List<Node>> types = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Node, List<Node>> eldest) { return size() > TYPE_CACHE; }
    };

    ChunkedValidation(Shapes shapes, DatasetGraph dsg, Predicate<Node> isSource, Graph schema, TermCheck terms) {
        this.shapes = shapes;
        this.dsg = dsg;
        this.isSource = isSource;
        this.schema = schema;
        this.terms = terms;
        this.targetObjectsOf = new HashSet<>();
        shapes.getTargetShapes().forEach(shape -> shape.getTargets().forEach(t -> {
            if (t.getTargetType() == org.apache.jena.shacl.engine.TargetType.targetObjectsOf)
                targetObjectsOf.add(t.getObject());
        }));
    }

    /**
     * Checks graph {@code g} (named {@code file} in messages); adds what is wrong to {@code problems},
     * stopping once it holds {@code max}. {@code alone} says no other source graph holds data
     * (only ontologies), so a subject's triples are all in {@code g}.
     */
    void check(Node g, String file, boolean alone, List<ValidationReport.Problem> problems, int max) {
        Iterator<Quad> it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
        List<Triple> piece = new ArrayList<>();
        Set<Node> subjects = new HashSet<>();
        Set<Node> reportedTerms = new HashSet<>();
        while (it.hasNext() && problems.size() < max) {
            Triple t = it.next().asTriple();
            if (!subjects.contains(t.getSubject()) && subjects.size() >= CHUNK) {
                checkPiece(piece, subjects, file, alone, problems);
                piece.clear();
                subjects.clear();
            }
            subjects.add(t.getSubject());
            piece.add(t);
            terms.check(t, file, reportedTerms, problems);
        }
        if (!piece.isEmpty() && problems.size() < max)
            checkPiece(piece, subjects, file, alone, problems);
    }

    private void checkPiece(List<Triple> piece, Set<Node> subjects, String file, boolean alone,
                            List<ValidationReport.Problem> problems) {
        Graph data = GraphFactory.createDefaultGraph();
        schema.find().forEachRemaining(data::add);
        piece.forEach(data::add);
        if (!alone)
            for (Node s : subjects)
                everythingSaidOf(s, data);
        for (Triple t : piece) {
            Node o = t.getObject();
            if ((o.isURI() || o.isBlank()) && !subjects.contains(o))
                for (Node type : typesOf(o))
                    data.add(Triple.create(o, RDF.type.asNode(), type));
        }
        for (Node p : targetObjectsOf)
            for (Node s : subjects)
                sourceQuads(Node.ANY, p, s).forEach(q -> everythingSaidOf(q.getSubject(), data));
        for (ReportEntry e : ShaclValidator.get().validate(shapes, data).getEntries()) {
            if (!subjects.contains(e.focusNode()))
                continue;
            problems.add(new ValidationReport.Problem(file, Terms.show(e.focusNode()),
                    e.resultPath() == null ? "" : e.resultPath().toString(new Prologue(Terms.PREFIXES)), e.message()));
        }
    }

    private void everythingSaidOf(Node s, Graph into) {
        sourceQuads(s, Node.ANY, Node.ANY).forEach(q -> into.add(q.asTriple()));
    }

    private List<Node> typesOf(Node n) {
        List<Node> known = types.get(n);
        if (known == null) {
            known = new ArrayList<>(1);
            for (Quad q : sourceQuads(n, RDF.type.asNode(), Node.ANY))
                if (!known.contains(q.getObject()))
                    known.add(q.getObject());
            types.put(n, known);
        }
        return known;
    }

    private List<Quad> sourceQuads(Node s, Node p, Node o) {
        List<Quad> out = new ArrayList<>();
        dsg.find(Node.ANY, s, p, o).forEachRemaining(q -> {
            if (isSource.test(q.getGraph()))
                out.add(q);
        });
        return out;
    }
}
