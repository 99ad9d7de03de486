package org.corrkg.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NullIterator;
import org.apache.jena.vocabulary.RDF;

/**
 * The types of nodes defined elsewhere, answered only when asked about one node: a letter
 * being loaded may name an actor typed in another graph (sh:class needs that type), while
 * shape targets, which are found by type alone, come only from the graphs being checked.
 */
final class ReferencedTypes extends GraphBase {

    private final Graph graph;

    ReferencedTypes(Graph graph) {
        this.graph = graph;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Node s = pattern.getSubject();
        if (s.isConcrete() && RDF.type.asNode().equals(pattern.getPredicate()))
            return graph.find(s, pattern.getPredicate(), pattern.getObject());
        return NullIterator.instance();
    }
}
