package org.corrkg.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.corrkg.vocab.CORR;

/**
 * Every predicate, every class used with {@code rdf:type}, and every term of the corrkg
 * namespace that the data uses must be declared in the ontology: a typo such as
 * {@code corr:sendr} is then an error instead of a silent new property.
 * The RDF, RDFS, OWL and XSD vocabularies count as declared.
 */
final class TermCheck {

    private static final Set<Node> DECLARATION_TYPES = Set.of(
            OWL.Class.asNode(), RDFS.Class.asNode(), OWL.ObjectProperty.asNode(),
            OWL.DatatypeProperty.asNode(), OWL.AnnotationProperty.asNode(), RDF.Property.asNode());

    private static final List<String> BUILT_IN = List.of(RDF.getURI(), RDFS.getURI(), OWL.getURI(), XSD.getURI());

    private final Set<Node> declared;

    TermCheck(Graph union) {
        this.declared = declaredTerms(union);
    }

    /** With the terms of {@code declarations} declared, as {@link #declaredTerms} finds them. */
    static TermCheck declaring(Graph declarations) {
        return new TermCheck(declarations);
    }

    /** The types that declare a term. */
    static Set<Node> declarationTypes() { return DECLARATION_TYPES; }

    /** Reports, once per term, each undeclared term of triple {@code t} of a data file. */
    void check(Triple t, String file, Set<Node> reported, List<ValidationReport.Problem> problems) {
        for (Node term : termsOf(t))
            if (!isDeclared(term) && reported.add(term))
                problems.add(new ValidationReport.Problem(file, Terms.show(t.getSubject()), "",
                        "uses " + Terms.show(term) + ", which the ontology does not declare"));
    }

    /** Problems in the graphs that are data, not ontology (an ontology graph declares an owl:Ontology). */
    List<ValidationReport.Problem> check(Map<Node, Graph> graphs, Map<Node, String> names) {
        List<ValidationReport.Problem> problems = new ArrayList<>();
        graphs.forEach((name, graph) -> {
            if (graph.contains(Node.ANY, RDF.type.asNode(), OWL.Ontology.asNode()))
                return;
            Set<Node> reported = new HashSet<>();
            String file = names.getOrDefault(name, name.toString());
            graph.find().forEachRemaining(t -> check(t, file, reported, problems));
        });
        return problems;
    }

    private static Set<Node> termsOf(Triple t) {
        Set<Node> terms = new LinkedHashSet<>();
        terms.add(t.getPredicate());
        if (t.getPredicate().equals(RDF.type.asNode()))
            terms.add(t.getObject());
        for (Node n : List.of(t.getSubject(), t.getObject()))
            if (n.isURI() && n.getURI().startsWith(CORR.NS))
                terms.add(n);
        return terms;
    }

    private boolean isDeclared(Node term) {
        if (!term.isURI())
            return true;
        return declared.contains(term) || BUILT_IN.stream().anyMatch(ns -> term.getURI().startsWith(ns));
    }

    /** Classes and properties with a declaration, and the named individuals of declared classes. */
    static Set<Node> declaredTerms(Graph g) {
        Set<Node> terms = new HashSet<>();
        for (Node type : DECLARATION_TYPES)
            g.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> terms.add(t.getSubject()));
        Set<Node> individuals = new HashSet<>();
        g.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(CORR.NS) && terms.contains(t.getObject()))
                individuals.add(t.getSubject());
        });
        terms.addAll(individuals);
        return terms;
    }
}
