package org.corrkg.names;

import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.corrkg.vocab.CORR;

/**
 * Keeps the names graph ({@link CORR#NAMES_GRAPH}): for each actor and place, the one name it
 * is shown by (skos:prefLabel), its other spellings (skos:altLabel) and the key of every
 * spelling ({@link NameKey}, as corr:nameKey). Sources may spell one person many ways ("Müller,
 * Johann von" in one edition, "Müller, Johann,von" in another, a maiden and a married name);
 * the names graph gives every query the same single name for the same IRI.
 *
 * <p>The rule, for each actor or place: a name that a source states as its skos:prefLabel wins
 * (the one most sources state, then the first in Unicode order). Otherwise each spelling gets a
 * vote for every source graph that labels the node with it (rdfs:label) and for every letter
 * that writes it so (a corr:Mention's corr:nameAsWritten); the spelling with most votes is
 * preferred, of equal ones the first in Unicode order. Every other label, alternative label and
 * written spelling becomes an alternative label. The choice depends on what the store holds,
 * never on the order it was loaded in.
 *
 * <p>Call inside a write transaction. Only source graphs are read; the names graph and the
 * companions of inferred triples are not sources.
 */
public final class PreferredNames {

    public static final Node GRAPH = NodeFactory.createURI(CORR.NAMES_GRAPH);

    private static final Node TYPE = RDF.type.asNode();
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node PREF = SKOS.prefLabel.asNode();
    private static final Node ALT = SKOS.altLabel.asNode();
    private static final Node KEY = CORR.nameKey.asNode();
    /** What the inference pass says of every labelled actor, place, communication and source (see InferencePass). */
    private static final Node SCHEMA_NAME = NodeFactory.createURI("https://schema.org/name");
    private static final List<Node> NAMED = List.of(CORR.Actor.asNode(), CORR.Place.asNode());

    private final DatasetGraph dsg;
    private final Predicate<Node> isSource;

    /** {@code isSource} tells a graph that states things from one that corrkg derives. */
    public PreferredNames(DatasetGraph dsg, Predicate<Node> isSource) {
        this.dsg = dsg;
        this.isSource = isSource;
    }

    /** Works out the names graph anew for every actor and place. Returns how many have a name. */
    public long rebuild() {
        dsg.removeGraph(GRAPH);
        Set<Node> nodes = new LinkedHashSet<>();
        for (Node type : NAMED)
            dsg.find(Node.ANY, Node.ANY, TYPE, type).forEachRemaining(q -> nodes.add(q.getSubject()));
        long named = 0;
        for (Node n : nodes)
            named += write(n) ? 1 : 0;
        return named;
    }

    /** Works out again the names of {@code nodes}; one that is no longer an actor or place, or has no name left, loses its entry. */
    public void refresh(Collection<Node> nodes) {
        for (Node n : new LinkedHashSet<>(nodes)) {
            List<Quad> old = new java.util.ArrayList<>();
            dsg.find(GRAPH, n, Node.ANY, Node.ANY).forEachRemaining(old::add);
            old.forEach(dsg::delete);
            write(n);
        }
    }

    /**
     * The nodes whose names a change to graph {@code source} may change: those it labels or
     * mentions, and those its companion names. Call before the companion is recomputed and
     * again after, and {@link #refresh} the two together.
     */
    public Set<Node> touchedBy(Node source, Node companion) {
        Set<Node> nodes = new LinkedHashSet<>();
        // Only actors and places, and nodes named so far: memory grows with them, not with the letters.
        java.util.function.Consumer<Node> keep = n -> {
            if (!nodes.contains(n) && (dsg.contains(GRAPH, n, PREF, Node.ANY) || isNamed(n)))
                nodes.add(n);
        };
        for (Node p : List.of(LABEL, PREF, ALT))
            dsg.find(source, Node.ANY, p, Node.ANY).forEachRemaining(q -> keep.accept(q.getSubject()));
        dsg.find(source, Node.ANY, CORR.mentionOf.asNode(), Node.ANY).forEachRemaining(q -> keep.accept(q.getObject()));
        dsg.find(companion, Node.ANY, SCHEMA_NAME, Node.ANY).forEachRemaining(q -> keep.accept(q.getSubject()));
        return nodes;
    }

    /** True for an actor or a place, as any graph types it. */
    private boolean isNamed(Node node) {
        for (Node type : NAMED)
            if (dsg.contains(Node.ANY, node, TYPE, type))
                return true;
        return false;
    }

    /** The chosen names of {@code node}, or null when it is not an actor or place or has no name. */
    public Names names(Node node) {
        if (!node.isURI() && !node.isBlank())
            return null;
        if (!isNamed(node))
            return null;
        Map<String, Integer> votes = new HashMap<>();
        Map<String, Integer> stated = new HashMap<>();
        for (Node p : List.of(LABEL, PREF, ALT)) {
            Iterator<Quad> it = dsg.find(Node.ANY, node, p, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                if (!q.getObject().isLiteral() || !isSource.test(q.getGraph()))
                    continue;
                String text = q.getObject().getLiteralLexicalForm();
                if (p.equals(LABEL))
                    votes.merge(text, 1, Integer::sum);
                else if (p.equals(PREF))
                    stated.merge(text, 1, Integer::sum);
                else
                    votes.merge(text, 0, Integer::sum);
            }
        }
        Iterator<Quad> mentions = dsg.find(Node.ANY, Node.ANY, CORR.mentionOf.asNode(), node);
        while (mentions.hasNext()) {
            Quad m = mentions.next();
            if (!isSource.test(m.getGraph()))
                continue;
            Iterator<Quad> written = dsg.find(m.getGraph(), m.getSubject(), CORR.nameAsWritten.asNode(), Node.ANY);
            while (written.hasNext()) {
                Node w = written.next().getObject();
                if (w.isLiteral())
                    votes.merge(w.getLiteralLexicalForm(), 1, Integer::sum);
            }
        }
        stated.keySet().forEach(s -> votes.merge(s, 0, Integer::sum));
        if (votes.isEmpty())
            return null;
        String preferred = best(stated.isEmpty() ? votes : stated);
        Set<String> others = new TreeSet<>(votes.keySet());
        others.remove(preferred);
        Set<String> keys = new TreeSet<>();
        votes.keySet().forEach(s -> { String k = NameKey.of(s); if (!k.isEmpty()) keys.add(k); });
        return new Names(preferred, List.copyOf(others), List.copyOf(keys));
    }

    /** One node's names: the preferred one, the others in Unicode order, and their keys. */
    public record Names(String preferred, List<String> alternatives, List<String> keys) {}

    /** The spelling with most votes; of equal ones, the first in Unicode order. */
    private static String best(Map<String, Integer> votes) {
        String best = null;
        int most = -1;
        for (Map.Entry<String, Integer> e : new TreeMap<>(votes).entrySet())
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        return best;
    }

    private boolean write(Node node) {
        Names names = names(node);
        if (names == null)
            return false;
        dsg.add(GRAPH, node, PREF, NodeFactory.createLiteralString(names.preferred()));
        for (String alt : names.alternatives())
            dsg.add(GRAPH, node, ALT, NodeFactory.createLiteralString(alt));
        for (String key : names.keys())
            dsg.add(GRAPH, node, KEY, NodeFactory.createLiteralString(key));
        return true;
    }
}
