package org.corrkg.store;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.corrkg.vocab.CORR;

/**
 * Names of the graphs that hold what the ontology implies about each source graph:
 * {@code https://w3id.org/corrkg/graph/inferred?source=<source graph IRI>}. They are part
 * of the union that queries see; they are never loaded from files.
 */
public final class InferredGraphs {

    private static final String PREFIX = CORR.INFERRED_GRAPH + "?source=";

    public static Node companion(Node source) {
        return NodeFactory.createURI(PREFIX + URLEncoder.encode(source.getURI(), StandardCharsets.UTF_8));
    }

    /** True for a graph that corrkg derives and keeps: a companion, or the names graph ({@link CORR#NAMES_GRAPH}). */
    public static boolean isCompanion(Node graph) {
        return graph.isURI() && (graph.getURI().startsWith(CORR.INFERRED_GRAPH) || graph.getURI().equals(CORR.NAMES_GRAPH));
    }

    private InferredGraphs() {}
}
