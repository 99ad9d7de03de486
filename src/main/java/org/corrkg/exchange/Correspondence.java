package org.corrkg.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.corrkg.vocab.CORR;

/**
 * Reads communications and actors out of a graph (the store's union graph, inferred
 * triples included) one at a time, so exports stream: memory holds the class hierarchy
 * and a bounded cache of labels, not the graph.
 */
public final class Correspondence {

    private static final int LABEL_CACHE = 100_000;

    private final DatasetGraph dsg;
    private final Graph graph;
    private final Map<Node, Set<Node>> superClasses = new HashMap<>();
    private final Map<Node, String> labels = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Node, String> eldest) {
            return size() > LABEL_CACHE;
        }
    };

    /** Reads {@code dsg}, the union of its named graphs; call inside a read transaction. */
    public Correspondence(DatasetGraph dsg) {
        this.dsg = dsg;
        this.graph = dsg.getUnionGraph();
        graph.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isURI())
                superClasses.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(t.getObject());
        });
    }

    /** Every communication, in the store's order. */
    public Iterator<Communication> communications() {
        return Iter.map(UnionStream.subjectsOfType(dsg, CORR.Communication.asNode()), this::read);
    }

    /** Every actor, with its label and most specific class. */
    public Iterator<Actor> actors() {
        return Iter.map(UnionStream.subjectsOfType(dsg, CORR.Actor.asNode()),
                        a -> new Actor(a, label(a), mostSpecific(types(a), CORR.Actor.asNode())));
    }

    /** An actor: {@code type} is its most specific corrkg class. */
    public record Actor(Node iri, String label, Node type) {}

    /** True when {@code type} is {@code cls} or one of its subclasses. */
    public boolean isA(Node type, Node cls) {
        return type.equals(cls) || reaches(type, cls);
    }

    /** True when the actor is a person (corr:Person or a subclass). */
    public boolean isPerson(Node actor) {
        return types(actor).stream().anyMatch(t -> isA(t, CORR.node("Person")));
    }

    /** The node's rdfs:label, or its IRI when it has none. */
    public String label(Node node) {
        return labels.computeIfAbsent(node, n -> {
            Iterator<Triple> it = graph.find(n, RDFS.label.asNode(), Node.ANY);
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : n.toString();
        });
    }

    /** Values of one property, as nodes, sorted by label so output does not depend on storage order. */
    public List<Node> values(Node subject, Node property) {
        List<Node> out = new ArrayList<>();
        graph.find(subject, property, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        out.sort(Comparator.comparing((Node n) -> label(n)).thenComparing((Node n) -> n.toString()));
        return out;
    }

    private Communication read(Node c) {
        return new Communication(c, mostSpecific(types(c), CORR.Communication.asNode()), label(c),
                lexical(c, "dateAsWritten"), lexical(c, "edtf"), lexical(c, "earliest"), lexical(c, "latest"),
                values(c, CORR.node("sender")), "true".equals(lexical(c, "senderUnknown")),
                values(c, CORR.node("recipient")), values(c, CORR.node("intermediary")), values(c, CORR.node("topic")),
                first(c, CORR.node("status")), values(c, CORR.node("evidence")), values(c, CORR.node("sentFrom")), values(c, CORR.node("sentTo")));
    }

    private Set<Node> types(Node n) {
        Set<Node> types = new HashSet<>();
        graph.find(n, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> types.add(t.getObject()));
        return types;
    }

    /** The type among {@code types} under {@code top} that no other of them specialises; the reply role aside. */
    private Node mostSpecific(Set<Node> types, Node top) {
        Node reply = CORR.node("Reply");
        List<Node> candidates = types.stream()
                .filter(t -> !t.equals(reply) && (t.equals(top) || superClasses.getOrDefault(t, Set.of()).contains(top) || reaches(t, top)))
                .toList();
        return candidates.stream()
                .filter(t -> candidates.stream().noneMatch(u -> !u.equals(t) && reaches(u, t)))
                .min(Comparator.comparing(Node::getURI))
                .orElse(top);
    }

    private boolean reaches(Node from, Node to) {
        Set<Node> seen = new HashSet<>();
        List<Node> todo = new ArrayList<>(List.of(from));
        while (!todo.isEmpty()) {
            Node n = todo.remove(todo.size() - 1);
            for (Node up : superClasses.getOrDefault(n, Set.of())) {
                if (up.equals(to))
                    return true;
                if (seen.add(up))
                    todo.add(up);
            }
        }
        return false;
    }

    private String lexical(Node s, String local) {
        Node o = first(s, CORR.node(local));
        return o == null ? null : o.getLiteralLexicalForm();
    }

    private Node first(Node s, Node p) {
        Iterator<Triple> it = graph.find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

}
