package org.corrkg.exchange;

import java.util.Iterator;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * The union of a dataset's named graphs as a stream in which each triple appears once,
 * without remembering what was seen: a quad is kept only if its graph is the first (by
 * IRI) of the graphs that hold the triple, which one index lookup tells. Memory stays
 * flat however large the store; TDB2's own union view keeps a set of what it has returned.
 */
public final class UnionStream {

    /** Every triple of the union, once, graph by graph in the store's order. */
    public static Iterator<Triple> triples(DatasetGraph dsg) {
        return Iter.map(Iter.filter(dsg.find(), q -> !q.isDefaultGraph() && isFirst(dsg, q)), Quad::asTriple);
    }

    /** Every subject with {@code rdf:type type} in some graph, once. */
    public static Iterator<Node> subjectsOfType(DatasetGraph dsg, Node type) {
        return Iter.map(Iter.filter(dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), type), q -> isFirst(dsg, q)), Quad::getSubject);
    }

    private static boolean isFirst(DatasetGraph dsg, Quad q) {
        Iterator<Quad> holders = dsg.find(Node.ANY, q.getSubject(), q.getPredicate(), q.getObject());
        String mine = q.getGraph().getURI();
        try {
            while (holders.hasNext()) {
                Node g = holders.next().getGraph();
                if (g.isURI() && g.getURI().compareTo(mine) < 0)
                    return false;
            }
            return true;
        } finally {
            Iter.close(holders);
        }
    }

    private UnionStream() {}
}
