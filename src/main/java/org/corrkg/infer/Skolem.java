package org.corrkg.infer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.corrkg.vocab.CORR;

/**
 * Names the blank nodes of inferred triples (the summaries) with IRIs made from the source
 * graph and what each node says, so the same load gives the same IRIs, loading again
 * changes nothing, and stores compare without blank-node matching.
 */
public final class Skolem {

    /** {@code inferred} with each blank node replaced by an IRI made from {@code source} and what the node says. */
    public static Graph name(Graph inferred, Node source) {
        Map<Node, List<String>> statements = new HashMap<>();
        inferred.find().forEachRemaining(t -> {
            if (t.getSubject().isBlank())
                statements.computeIfAbsent(t.getSubject(), k -> new ArrayList<>())
                          .add(t.getPredicate() + " " + t.getObject());
        });
        if (statements.isEmpty())
            return inferred;
        Map<Node, Node> names = new HashMap<>();
        statements.forEach((blank, lines) -> {
            names.put(blank, summaryName(source, lines));
        });
        Graph out = GraphFactory.createDefaultGraph();
        inferred.find().forEachRemaining(t -> out.add(Triple.create(
                names.getOrDefault(t.getSubject(), t.getSubject()), t.getPredicate(), names.getOrDefault(t.getObject(), t.getObject()))));
        return out;
    }

    /** The IRI of a summary node of {@code source} that says {@code lines} (each "predicate object"), in any order. */
    static Node summaryName(Node source, List<String> lines) {
        List<String> sorted = new ArrayList<>(lines);
        sorted.sort(null);
        return NodeFactory.createURI(CORR.GRAPH + "summary/" + hash(source.getURI() + "\n" + String.join("\n", sorted)));
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Skolem() {}
}
