package org.corrkg.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.data.BagFactory;
import org.apache.jena.atlas.data.SortedDataBag;
import org.apache.jena.atlas.data.ThresholdPolicyFactory;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.system.SerializationFactoryFinder;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.corrkg.names.PreferredNames;
import org.corrkg.vocab.CORR;

/**
 * Reads communications and actors out of a graph (the store's union graph, inferred
 * triples included) one at a time, so exports stream: memory holds a bounded cache of
 * labels, not the graph. The type of a communication or actor is its corr:kind, the most
 * specific class that the rule {@code ontology/rules/8-kind.rq} materialised at load.
 */
public final class Correspondence {

    private static final int LABEL_CACHE = 100_000;

    private final DatasetGraph dsg;
    private final Graph graph;
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
    }

    /** Every communication, in the store's order. */
    public Iterator<Communication> communications() {
        return Iter.map(UnionStream.subjectsOfType(dsg, CORR.Communication.asNode()), this::read);
    }

    /** How many communications are sorted in memory before a run of them is written to a temporary file. */
    static final long SORT_IN_MEMORY = 100_000;

    private static final Var IRI = Var.alloc("c");
    private static final Var EARLIEST = Var.alloc("earliest");
    private static final Var LATEST = Var.alloc("latest");

    /**
     * Every communication by date: by its earliest day, then its latest, then its IRI, a
     * communication without a bound after those with one. The sort is external: past
     * {@link #SORT_IN_MEMORY} communications, sorted runs go to temporary files, so memory stays
     * bounded however large the store. The temporary files go when the iterator is exhausted.
     */
    public Iterator<Communication> communicationsByDate() {
        return communicationsByDate(UnionStream.subjectsOfType(dsg, CORR.Communication.asNode()));
    }

    /**
     * The communications {@code which} names (a query's answers, say), by date as
     * {@link #communicationsByDate()} gives them all, with its bounded memory.
     */
    public Iterator<Communication> communicationsByDate(Iterator<Node> which) {
        SortedDataBag<Binding> bag = BagFactory.newSortedBag(ThresholdPolicyFactory.count(SORT_IN_MEMORY),
                SerializationFactoryFinder.bindingSerializationFactory(), Correspondence::byDate);
        try {
            for (Iterator<Node> it = which; it.hasNext();) {
                Node c = it.next();
                BindingBuilder b = BindingFactory.builder().add(IRI, c);
                Node e = first(c, CORR.earliest.asNode());
                Node l = first(c, CORR.latest.asNode());
                if (e != null)
                    b.add(EARLIEST, NodeFactory.createLiteralString(e.getLiteralLexicalForm()));
                if (l != null)
                    b.add(LATEST, NodeFactory.createLiteralString(l.getLiteralLexicalForm()));
                bag.add(b.build());
            }
        } catch (RuntimeException ex) {
            bag.close();
            throw ex;
        }
        Iterator<Binding> sorted = bag.iterator();
        return new Iterator<>() {
            private boolean open = true;

            @Override
            public boolean hasNext() {
                if (open && !sorted.hasNext()) {
                    open = false;
                    bag.close();
                }
                return open;
            }

            @Override
            public Communication next() {
                if (!hasNext())
                    throw new java.util.NoSuchElementException();
                return read(sorted.next().get(IRI));
            }
        };
    }

    private static int byDate(Binding a, Binding b) {
        int c = compareBound(a.get(EARLIEST), b.get(EARLIEST));
        if (c == 0)
            c = compareBound(a.get(LATEST), b.get(LATEST));
        return c != 0 ? c : a.get(IRI).toString().compareTo(b.get(IRI).toString());
    }

    /** ISO days compare as strings (years 1000 to 9999); an open bound comes last. */
    private static int compareBound(Node a, Node b) {
        if (a == null || b == null)
            return a == null ? (b == null ? 0 : 1) : -1;
        return a.getLiteralLexicalForm().compareTo(b.getLiteralLexicalForm());
    }

    /** Every actor, with its label and kind. */
    public Iterator<Actor> actors() {
        return Iter.map(UnionStream.subjectsOfType(dsg, CORR.Actor.asNode()),
                        a -> new Actor(a, label(a), kind(a, CORR.Actor.asNode())));
    }

    /** An actor: {@code type} is its corr:kind, its most specific corrkg class. */
    public record Actor(Node iri, String label, Node type) {}

    /** True when the node is an instance of {@code cls}; the store holds the super-classes of every type, so subclasses count. */
    public boolean hasType(Node node, Node cls) {
        return graph.contains(node, RDF.type.asNode(), cls);
    }

    /** True when the actor is a person (corr:Person or a subclass). */
    public boolean isPerson(Node actor) {
        return hasType(actor, CORR.Person.asNode());
    }

    /**
     * The name an actor or place is shown by (its skos:prefLabel in {@link PreferredNames#GRAPH}),
     * else the node's rdfs:label, or its IRI when it has none.
     */
    public String label(Node node) {
        return labels.computeIfAbsent(node, n -> {
            Iterator<Quad> preferred = dsg.find(PreferredNames.GRAPH, n, SKOS.prefLabel.asNode(), Node.ANY);
            if (preferred.hasNext())
                return preferred.next().getObject().getLiteralLexicalForm();
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

    /** Subjects that have {@code object} as a value of one property, sorted by label as {@link #values} sorts. */
    public List<Node> subjects(Node property, Node object) {
        List<Node> out = new ArrayList<>();
        graph.find(Node.ANY, property, object).forEachRemaining(t -> out.add(t.getSubject()));
        out.sort(Comparator.comparing((Node n) -> label(n)).thenComparing((Node n) -> n.toString()));
        return out;
    }

    /** The first value of a property as its lexical form, or null. */
    public String lexical(Node s, Node p) {
        Node o = first(s, p);
        return o == null ? null : o.getLiteralLexicalForm();
    }

    /** One communication, as the exporters see it. */
    public Communication read(Node c) {
        return new Communication(c, kind(c, CORR.Communication.asNode()), label(c),
                lexical(c, CORR.dateAsWritten), lexical(c, CORR.edtf), lexical(c, CORR.earliest), lexical(c, CORR.latest),
                values(c, CORR.sender.asNode()), "true".equals(lexical(c, CORR.senderUnknown)),
                values(c, CORR.recipient.asNode()), values(c, CORR.intermediary.asNode()), values(c, CORR.topic.asNode()),
                first(c, CORR.status.asNode()), values(c, CORR.evidence.asNode()),
                values(c, CORR.sentFrom.asNode()), values(c, CORR.sentTo.asNode()));
    }

    /**
     * The node's corr:kind; of several (a node typed differently in two source graphs), the
     * first by IRI, so output does not depend on storage order; {@code top} if it has none.
     */
    private Node kind(Node n, Node top) {
        Node kind = null;
        for (Iterator<Triple> it = graph.find(n, CORR.kind.asNode(), Node.ANY); it.hasNext();) {
            Node k = it.next().getObject();
            if (k.isURI() && (kind == null || k.getURI().compareTo(kind.getURI()) < 0))
                kind = k;
        }
        return kind == null ? top : kind;
    }

    private String lexical(Node s, Property p) {
        Node o = first(s, p.asNode());
        return o == null ? null : o.getLiteralLexicalForm();
    }

    private Node first(Node s, Node p) {
        Iterator<Triple> it = graph.find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

}
