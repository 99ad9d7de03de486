package org.corrkg.server;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.corrkg.names.PreferredNames;
import org.corrkg.store.InferredGraphs;
import org.corrkg.vocab.CORR;
import org.corrkg.vocab.Prefixes;

/**
 * The concise bounded description of one resource, as a dereferenced IRI answers it:
 * <ul>
 * <li>every triple whose subject is the resource, from every graph of the store: the source
 *     graphs, the triples the store derives from them (their inferred companions: the classes
 *     and super-properties the ontology implies, {@code corr:kind}, {@code schema:name} and
 *     {@code foaf:name}, inverse links between communications) and the names graph (the one
 *     preferred name and the other spellings). One derived property is left out:
 *     {@code corr:correspondedWith} as the rules derive it, one per sender and recipient of
 *     every letter, is the letters that point at an actor in another form and would grow
 *     with them; where a source states it, it is kept;</li>
 * <li>the same, recursively, for every blank node those triples reach (blank-node closure);</li>
 * <li>the name of every IRI they point to: for an actor or place its one preferred name
 *     ({@code skos:prefLabel} in the names graph), for anything else its {@code rdfs:label}s.</li>
 * </ul>
 * It is what is said <em>of</em> the resource, never what points <em>at</em> it: the
 * description of an actor holds its names, classes, identifiers and memberships, not the
 * letters that name it as sender or recipient nor the correspondents derived from them, so an
 * actor of 50,000 letters answers as many triples as one of a single letter. Its letters and
 * correspondents are a query away (the SPARQL endpoint, or the browser's actor page).
 *
 * <p>Call inside a read transaction.
 */
final class Description {

    private static final Node PREF = SKOS.prefLabel.asNode();
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node CORRESPONDED = CORR.correspondedWith.asNode();

    /** In a stable order (subject, predicate, object), so the same store gives the same bytes. */
    private static final Comparator<Triple> ORDER = Comparator.comparing((Triple t) -> t.getSubject().toString())
            .thenComparing(t -> t.getPredicate().toString()).thenComparing(t -> t.getObject().toString());

    private Description() {}

    /** True when the store says anything of {@code resource}. */
    static boolean known(DatasetGraph dsg, Node resource) {
        return dsg.contains(Node.ANY, resource, Node.ANY, Node.ANY);
    }

    /** The description of {@code resource} (empty when the store says nothing of it), with corrkg's prefixes. */
    static Graph of(DatasetGraph dsg, Node resource) {
        Set<Triple> said = new TreeSet<>(ORDER);
        Set<Node> seen = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>(List.of(resource));
        while (!todo.isEmpty()) {
            Node s = todo.pop();
            if (!seen.add(s))
                continue;
            dsg.find(Node.ANY, s, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (q.getPredicate().equals(CORRESPONDED) && InferredGraphs.isCompanion(q.getGraph()))
                    return;
                said.add(q.asTriple());
                if (q.getObject().isBlank())
                    todo.push(q.getObject());
            });
        }
        Set<Node> pointedAt = new LinkedHashSet<>();
        for (Triple t : said)
            if (t.getObject().isURI() && !seen.contains(t.getObject()))
                pointedAt.add(t.getObject());
        Set<Triple> names = new TreeSet<>(ORDER);
        for (Node o : pointedAt)
            names.addAll(nameOf(dsg, o));
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Prefixes.ALL);
        said.forEach(g::add);
        names.forEach(g::add);
        return g;
    }

    /** The preferred name of an actor or place; the labels of anything else. */
    private static List<Triple> nameOf(DatasetGraph dsg, Node node) {
        List<Triple> pref = triples(dsg.find(PreferredNames.GRAPH, node, PREF, Node.ANY));
        if (!pref.isEmpty())
            return pref;
        return triples(dsg.find(Node.ANY, node, LABEL, Node.ANY));
    }

    private static List<Triple> triples(java.util.Iterator<Quad> quads) {
        List<Triple> out = new java.util.ArrayList<>();
        quads.forEachRemaining(q -> out.add(q.asTriple()));
        return out;
    }
}
