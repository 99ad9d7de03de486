package org.corrkg.infer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.corrkg.dates.DateBuckets;
import org.corrkg.vocab.CORR;

/**
 * What the rules of {@code ontology/rules/} derive from a graph, computed in one pass in Java,
 * subject by subject, so memory holds one subject's triples at a time and not the graph. The
 * SPARQL rules stay the specification: {@code InferencePassTest} checks that both give the same
 * triples, and the summaries of {@code ontology/summaries/}, on the article and on a generated
 * corpus.
 *
 * <p>Each rule with one premise (super-properties, inverses, symmetric properties, replies,
 * super-classes) is applied to every triple to a fixpoint; the rules with several premises about
 * one node (names, who corresponded with whom, the most specific class) then see everything
 * said of the subject, including what triples about other nodes say of it when they turn round
 * through an inverse or symmetric property. As the rules, the pass derives nothing already in
 * the graph or the ontology, and takes classes and properties from the ontology graphs.
 */
public final class InferencePass {

    /** The classes whose members get a {@code schema:name} (and actors a {@code foaf:name}), as in 5-names.rq. */
    private static final List<Node> NAMED = List.of(CORR.Actor.asNode(), CORR.Communication.asNode(),
                                                    CORR.Place.asNode(), CORR.SourceDocument.asNode());

    /** The classes under which each member's most specific class is its {@code corr:kind}, as in 8-kind.rq. */
    private static final List<Node> KINDS = List.of(CORR.Communication.asNode(), CORR.Actor.asNode(), CORR.Place.asNode(),
                                                    CORR.Office.asNode(), CORR.Tenure.asNode(), CORR.Attestation.asNode(),
                                                    CORR.Claim.asNode(), CORR.ClaimResponse.asNode(),
                                                    CORR.SourceDocument.asNode(), CORR.SourcePassage.asNode());

    private static final Node TYPE = RDF.type.asNode();
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node SCHEMA_NAME = NodeFactory.createURI("https://schema.org/name");
    private static final Node FOAF_NAME = NodeFactory.createURI("http://xmlns.com/foaf/0.1/name");
    private static final Node REPLY = CORR.Reply.asNode();
    private static final Node KIND_WITHIN = CORR.kindWithin.asNode();

    private final RuleTables tables;
    private final Graph schema;
    private final Set<Node> turning;

    /** A pass with the classes and properties of {@code schema} (the union of the store's ontology graphs). */
    public InferencePass(Graph schema) {
        this.schema = schema;
        this.tables = new RuleTables(schema);
        this.turning = turningProperties();
    }

    /**
     * Everything the rules derive from {@code data} (graph {@code source}) with its summaries, in
     * a new in-memory graph: what {@link Materialiser} gives, named as {@link Skolem} names it.
     */
    public Graph infer(Graph data, Node source) {
        Graph out = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        companion(SubjectSource.of(data), source, out::add);
        return out;
    }

    /**
     * Everything the companion of graph {@code source} holds, emitted to {@code out} (a triple may
     * come more than once): what the rules derive from {@code data}, its summaries, and what they
     * derive from the ontology that {@code data} does not already say.
     */
    public void companion(SubjectSource data, Node source, Consumer<Triple> out) {
        Summaries summaries = new Summaries(tables);
        run(data, out, summaries);
        summaries.emit(source, out);
        fromSchema().forEach(t -> { if (!data.contains(t)) out.accept(t); });
        kindTable(data, out);
    }

    /**
     * The kinds table of {@code ontology/tables/kind-within.rq} for a graph that declares an
     * ontology (read from that graph alone); nothing for any other graph: each class of
     * communications {@code corr:kindWithin} itself and every IRI class above it.
     */
    public static void kindTable(SubjectSource data, Consumer<Triple> out) {
        if (!data.find(Node.ANY, TYPE, OWL.Ontology.asNode()).hasNext())
            return;
        Map<Node, Set<Node>> up = new HashMap<>();
        data.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY)
            .forEachRemaining(t -> up.computeIfAbsent(t.getSubject(), c -> new LinkedHashSet<>()).add(t.getObject()));
        Node top = CORR.Communication.asNode();
        Set<Node> kinds = new LinkedHashSet<>(List.of(top));
        for (Node c : up.keySet())
            if (above(c, up).contains(top))
                kinds.add(c);
        for (Node kind : kinds) {
            if (!kind.isURI())
                continue;
            out.accept(Triple.create(kind, KIND_WITHIN, kind));
            for (Node c : above(kind, up))
                if (c.isURI())
                    out.accept(Triple.create(kind, KIND_WITHIN, c));
        }
    }

    /** Every class above {@code c} by one or more {@code rdfs:subClassOf} steps. */
    private static Set<Node> above(Node c, Map<Node, Set<Node>> up) {
        Set<Node> seen = new LinkedHashSet<>();
        List<Node> todo = new ArrayList<>(up.getOrDefault(c, Set.of()));
        while (!todo.isEmpty()) {
            Node next = todo.remove(todo.size() - 1);
            if (seen.add(next))
                todo.addAll(up.getOrDefault(next, Set.of()));
        }
        return seen;
    }

    private List<Triple> fromSchema;

    /**
     * What the rules derive from the ontology graphs alone. The SPARQL rules see data and
     * ontology together, so this is part of every graph's companion; it is worked out once.
     */
    public synchronized List<Triple> fromSchema() {
        if (fromSchema == null) {
            Set<Triple> derived = new LinkedHashSet<>();
            run(SubjectSource.of(schema), derived::add, null);
            fromSchema = List.copyOf(derived);
        }
        return fromSchema;
    }

    /**
     * Derives from {@code data} and emits each derived triple to {@code out} (a triple may be
     * emitted more than once), and counts into {@code summaries} what the summaries need.
     * Returns how many subjects were read.
     */
    public long run(SubjectSource data, Consumer<Triple> out, Summaries summaries) {
        List<Node> turningHere = new ArrayList<>();
        for (Node p : turning)
            if (data.find(Node.ANY, p, Node.ANY).hasNext())
                turningHere.add(p);
        // A triple about another node is emitted unless the data already says it, which it cannot
        // when the data never uses its predicate: asked once per predicate, not once per triple.
        Map<Node, Boolean> used = new HashMap<>();
        Predicate<Triple> inData = t -> used.computeIfAbsent(t.getPredicate(), p -> data.find(Node.ANY, p, Node.ANY).hasNext())
                                        && data.contains(t);
        long subjects = 0;
        Iterator<Triple> it = data.bySubject();
        List<Triple> group = new ArrayList<>();
        Node current = null;
        while (it.hasNext()) {
            Triple t = it.next();
            if (current != null && !t.getSubject().equals(current)) {
                subject(current, group, data, inData, turningHere, out, summaries);
                subjects++;
                group.clear();
            }
            current = t.getSubject();
            group.add(t);
        }
        if (current != null) {
            subject(current, group, data, inData, turningHere, out, summaries);
            subjects++;
        }
        // Nodes the graph names only as the object of a turning property: what turns round is said of them.
        for (Node p : turningHere) {
            Iterator<Triple> objects = data.find(Node.ANY, p, Node.ANY);
            while (objects.hasNext()) {
                Node o = objects.next().getObject();
                if (!o.isLiteral() && !data.find(o, Node.ANY, Node.ANY).hasNext())
                    subject(o, List.of(), data, inData, turningHere, out, summaries);
            }
        }
        return subjects;
    }

    private void subject(Node s, List<Triple> asserted, SubjectSource data, Predicate<Triple> inData,
                         List<Node> turningHere, Consumer<Triple> out, Summaries summaries) {
        Set<Triple> known = new HashSet<>(asserted);
        Set<Triple> work = new LinkedHashSet<>();
        for (Triple t : asserted)
            close(t, work);
        for (Node p : turningHere) {
            Iterator<Triple> in = data.find(Node.ANY, p, s);
            while (in.hasNext()) {
                Set<Triple> turned = new LinkedHashSet<>();
                close(in.next(), turned);
                for (Triple t : turned)
                    if (t.getSubject().equals(s))
                        close(t, work);
            }
        }
        Set<Node> types = objects(work, s, TYPE);
        Set<Node> senders = objects(work, s, CORR.sender.asNode());
        Set<Node> recipients = objects(work, s, CORR.recipient.asNode());
        for (Node top : NAMED) {
            if (!types.contains(top))
                continue;
            for (Node label : objects(work, s, LABEL)) {
                close(Triple.create(s, SCHEMA_NAME, label), work);
                if (top.equals(CORR.Actor.asNode()))
                    close(Triple.create(s, FOAF_NAME, label), work);
            }
        }
        for (Node from : senders)
            for (Node to : recipients)
                if (!from.equals(to)) {
                    close(Triple.create(from, CORR.correspondedWith.asNode(), to), work);
                    close(Triple.create(to, CORR.correspondedWith.asNode(), from), work);
                }
        for (Node kind : kinds(types))
            close(Triple.create(s, CORR.kind.asNode(), kind), work);
        if (types.contains(CORR.Communication.asNode()))
            for (Node bucket : dateBuckets(objects(work, s, CORR.earliest.asNode()), objects(work, s, CORR.latest.asNode())))
                close(Triple.create(s, CORR.dateBucket.asNode(), bucket), work);
        for (Triple t : work) {
            if (known.contains(t) || schema.contains(t))
                continue;
            if (t.getSubject().equals(s) || !inData.test(t))
                out.accept(t);
        }
        if (summaries != null)
            summaries.add(s, work);
    }

    /** The most specific classes of a node under each of {@link #KINDS}, Reply aside, as 8-kind.rq says. */
    private List<Node> kinds(Set<Node> types) {
        Set<Node> kinds = new LinkedHashSet<>();
        for (Node top : KINDS) {
            if (!types.contains(top))
                continue;
            for (Node t : types) {
                if (!t.isURI() || t.equals(REPLY) || !tables.isSubClassOrSame(t, top))
                    continue;
                boolean specific = true;
                for (Node sub : types)
                    if (!sub.equals(t) && !sub.equals(REPLY) && tables.superClasses(sub).contains(t)) {
                        specific = false;
                        break;
                    }
                if (specific)
                    kinds.add(t);
            }
        }
        return new ArrayList<>(kinds);
    }

    /** The date buckets of a communication with these earliest and latest dates, as 9-date-bucket.rq gives them: one for each pair of bounds. */
    private static List<Node> dateBuckets(Set<Node> earliest, Set<Node> latest) {
        List<Node> out = new ArrayList<>();
        for (Node e : earliest.isEmpty() ? Collections.<Node>singleton(null) : earliest)
            for (Node l : latest.isEmpty() ? Collections.<Node>singleton(null) : latest) {
                Long bucket = DateBuckets.bucket(e != null, e == null ? null : Summaries.yearOf(e),
                                                 l != null, l == null ? null : Summaries.yearOf(l));
                if (bucket != null)
                    out.add(NodeFactory.createLiteralDT(Long.toString(bucket), XSDDatatype.XSDinteger));
            }
        return out;
    }

    /** Adds {@code t} and everything the one-premise rules derive from it to {@code into}. */
    private void close(Triple t, Set<Triple> into) {
        if (!into.add(t))
            return;
        Node s = t.getSubject(), p = t.getPredicate(), o = t.getObject();
        for (Node sup : tables.superProperties(p))
            close(Triple.create(s, sup, o), into);
        if (!o.isLiteral()) {
            for (Node q : tables.inverses(p))
                close(Triple.create(o, q, s), into);
            if (tables.isSymmetric(p))
                close(Triple.create(o, p, s), into);
        }
        if (p.equals(CORR.repliesTo.asNode()))
            close(Triple.create(s, TYPE, REPLY), into);
        if (p.equals(TYPE))
            for (Node sup : tables.superClasses(o))
                close(Triple.create(s, TYPE, sup), into);
    }

    private static Set<Node> objects(Set<Triple> triples, Node s, Node p) {
        Set<Node> out = new LinkedHashSet<>();
        for (Triple t : triples)
            if (t.getPredicate().equals(p) && t.getSubject().equals(s))
                out.add(t.getObject());
        return out;
    }

    /** What the rules with several premises and the summaries read of a node: only these need what turns round. */
    private static final Set<Node> READ_BY_GROUPS = Set.of(TYPE, LABEL, CORR.sender.asNode(), CORR.recipient.asNode(),
            CORR.kind.asNode(), CORR.status.asNode(), CORR.earliest.asNode(), CORR.latest.asNode());

    /**
     * Properties whose closure says something of the object that the rules with several premises
     * or the summaries read (found by closing one triple of each): {@code corr:hasReply} makes its
     * object a reply, while {@code corr:repliesTo} says of its object only that it has a reply,
     * which every pass emits from the replying letter itself.
     */
    private Set<Node> turningProperties() {
        Set<Node> props = new HashSet<>();
        schema.find().forEachRemaining(t -> {
            if (t.getPredicate().equals(RDFS.subPropertyOf.asNode()) || t.getPredicate().equals(org.apache.jena.vocabulary.OWL.inverseOf.asNode())
                || t.getObject().equals(org.apache.jena.vocabulary.OWL.SymmetricProperty.asNode()))
                props.add(t.getSubject());
        });
        Node a = NodeFactory.createBlankNode(), b = NodeFactory.createBlankNode();
        Set<Node> out = new HashSet<>();
        for (Node p : props) {
            if (!p.isURI())
                continue;
            Set<Triple> closed = new HashSet<>();
            close(Triple.create(a, p, b), closed);
            if (closed.stream().anyMatch(t -> t.getSubject().equals(b) && READ_BY_GROUPS.contains(t.getPredicate())))
                out.add(p);
        }
        return out;
    }
}
