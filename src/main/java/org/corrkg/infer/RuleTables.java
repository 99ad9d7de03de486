package org.corrkg.infer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The ontology's axioms as the rules of {@code ontology/rules/} use them, read once from the
 * ontology graphs: each property's super-properties and inverses, the symmetric properties,
 * each class's super-classes. The closures are transitive, as {@code rdfs:subPropertyOf+} and
 * {@code rdfs:subClassOf+} are, and keep only IRIs, as the rules' filters do.
 */
final class RuleTables {

    private final Map<Node, Set<Node>> superProperties;
    private final Map<Node, Set<Node>> inverses = new HashMap<>();
    private final Set<Node> symmetric = new HashSet<>();
    private final Map<Node, Set<Node>> superClasses;

    RuleTables(Graph schema) {
        this.superProperties = closure(schema, RDFS.subPropertyOf.asNode());
        this.superClasses = closure(schema, RDFS.subClassOf.asNode());
        schema.find(Node.ANY, OWL.inverseOf.asNode(), Node.ANY).forEachRemaining(
                t -> inverses.computeIfAbsent(t.getSubject(), k -> new LinkedHashSet<>()).add(t.getObject()));
        schema.find(Node.ANY, RDF.type.asNode(), OWL.SymmetricProperty.asNode()).forEachRemaining(t -> symmetric.add(t.getSubject()));
    }

    /** The super-properties of {@code p}, transitively; IRIs only. */
    Set<Node> superProperties(Node p) { return superProperties.getOrDefault(p, Set.of()); }

    /** The properties {@code p} is declared the inverse of ({@code p owl:inverseOf q}). */
    Set<Node> inverses(Node p) { return inverses.getOrDefault(p, Set.of()); }

    boolean isSymmetric(Node p) { return symmetric.contains(p); }

    /** The super-classes of {@code c}, transitively; IRIs only. */
    Set<Node> superClasses(Node c) { return superClasses.getOrDefault(c, Set.of()); }

    /** True when {@code sub rdfs:subClassOf* sup}: the same class, or a chain of sub-class axioms. */
    boolean isSubClassOrSame(Node sub, Node sup) {
        return sub.equals(sup) || superClasses(sub).contains(sup);
    }

    /** The properties whose triples can say something about their object: their closure turns a triple round. */
    Set<Node> turningProperties() {
        Set<Node> out = new HashSet<>(symmetric);
        out.addAll(inverses.keySet());
        superProperties.forEach((p, supers) -> {
            for (Node s : supers)
                if (symmetric.contains(s) || inverses.containsKey(s))
                    out.add(p);
        });
        return out;
    }

    private static Map<Node, Set<Node>> closure(Graph schema, Node relation) {
        Map<Node, Set<Node>> direct = new HashMap<>();
        schema.find(Node.ANY, relation, Node.ANY).forEachRemaining(
                (Triple t) -> direct.computeIfAbsent(t.getSubject(), k -> new LinkedHashSet<>()).add(t.getObject()));
        Map<Node, Set<Node>> closed = new HashMap<>();
        for (Node start : direct.keySet()) {
            Set<Node> seen = new LinkedHashSet<>();
            Deque<Node> todo = new ArrayDeque<>(direct.get(start));
            while (!todo.isEmpty()) {
                Node n = todo.pop();
                if (seen.add(n))
                    todo.addAll(direct.getOrDefault(n, Set.of()));
            }
            seen.removeIf(n -> !n.isURI());
            if (!seen.isEmpty())
                closed.put(start, seen);
        }
        return closed;
    }
}
