package org.corrkg.infer;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * A graph read the way the streaming passes read it: every triple with each subject's triples
 * together, and lookups. A TDB2 graph lists its triples in index order, subject by subject, at
 * no cost in memory; an in-memory graph is grouped by listing its subjects first.
 */
public interface SubjectSource {

    /** Every triple of the graph, each subject's triples one after the other. */
    Iterator<Triple> bySubject();

    /** The triples matching the pattern ({@link Node#ANY} for any). */
    Iterator<Triple> find(Node s, Node p, Node o);

    default boolean contains(Triple t) {
        return find(t.getSubject(), t.getPredicate(), t.getObject()).hasNext();
    }

    /** A graph whose {@code find()} already lists triples subject by subject, as TDB2's GSPO and SPO indexes do. */
    static SubjectSource indexed(Graph graph) {
        return new SubjectSource() {
            @Override public Iterator<Triple> bySubject() { return graph.find(); }
            @Override public Iterator<Triple> find(Node s, Node p, Node o) { return graph.find(s, p, o); }
            @Override public boolean contains(Triple t) { return graph.contains(t); }
        };
    }

    /** Any graph: its subjects are listed first (held in memory), then each subject's triples. */
    static SubjectSource of(Graph graph) {
        return new SubjectSource() {
            @Override
            public Iterator<Triple> bySubject() {
                Set<Node> subjects = new LinkedHashSet<>();
                graph.find().forEachRemaining(t -> subjects.add(t.getSubject()));
                return subjects.stream().flatMap(s -> graph.find(s, Node.ANY, Node.ANY).toList().stream()).iterator();
            }
            @Override public Iterator<Triple> find(Node s, Node p, Node o) { return graph.find(s, p, o); }
            @Override public boolean contains(Triple t) { return graph.contains(t); }
        };
    }
}
