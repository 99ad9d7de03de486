package org.corrkg.infer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.corrkg.bench.SyntheticCorpus;
import org.corrkg.source.Parser;
import org.corrkg.source.SourceFile;
import org.corrkg.vocab.CORR;
import org.junit.jupiter.api.Test;

/**
 * The Java pass and the SPARQL rules of {@code ontology/rules/} (with the summaries of
 * {@code ontology/summaries/}) derive the same triples, graph by graph: on every graph of the
 * article, on the ontology itself, on a generated corpus, and on small graphs that exercise
 * the rules the article does not (inverses that turn round, replies, nodes named only as objects).
 */
class InferencePassTest {

    private static final Map<Node, Graph> BUNDLED = new LinkedHashMap<>();
    private static final Graph SCHEMA = GraphFactory.createDefaultGraph();

    static {
        for (SourceFile f : SourceFile.bundledGraph()) {
            Graph g = Parser.parse(f).getDefaultGraph();
            BUNDLED.put(f.graph(), g);
            if (g.contains(Node.ANY, RDF.type.asNode(), OWL.Ontology.asNode()))
                g.find().forEachRemaining(SCHEMA::add);
        }
    }

    @Test
    void sameAsTheRulesOnEveryGraphOfTheArticle() {
        long derived = 0;
        for (Map.Entry<Node, Graph> e : BUNDLED.entrySet())
            derived += assertSame(e.getValue(), e.getKey()).size();
        assertTrue(derived > 1000, "the article's graphs derive " + derived + " triples");
    }

    @Test
    void sameAsTheRulesOnAGeneratedCorpus() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SyntheticCorpus(3000, 7).write(out);
        Graph corpus = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.NTRIPLES).parse(corpus);
        assertSame(corpus, NodeFactory.createURI("file:///tmp/generated.nt"));
    }

    @Test
    void sameAsTheRulesWhereTriplesTurnRound() {
        // b is named only as the object of hasReply; c replies to a and refers to d; e is a bare label.
        Graph g = turtle("""
                @prefix corr: <https://w3id.org/corrkg/ontology#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                <https://example.org/a> a corr:Letter ; rdfs:label "a" ; corr:hasReply <https://example.org/b> ; corr:sender <https://example.org/p> ; corr:addressee <https://example.org/q> .
                <https://example.org/c> a corr:PhoneCall ; corr:repliesTo <https://example.org/a> ; corr:refersTo <https://example.org/d> ; corr:participant <https://example.org/p> .
                <https://example.org/d> rdfs:label "d" ; corr:referredToBy <https://example.org/a> .
                <https://example.org/p> a corr:Person ; rdfs:label "p" ; corr:correspondedWith <https://example.org/q> .
                <https://example.org/q> a corr:Organisation ; rdfs:label "q" .
                """);
        Graph derived = assertSame(g, NodeFactory.createURI("https://example.org/graph"));
        assertTrue(derived.contains(NodeFactory.createURI("https://example.org/b"), RDF.type.asNode(), CORR.Reply.asNode()));
        assertTrue(derived.contains(NodeFactory.createURI("https://example.org/b"), CORR.kind.asNode(), CORR.Communication.asNode()));
    }

    @Test
    void sameAsTheRulesWhereSomeCommunicationsAreUndated() {
        // The article's communications with the undated fixture of the query cases added: two
        // letters and a call whose date is wholly unknown (EDTF XXXX, no bound).
        Graph article = BUNDLED.entrySet().stream().filter(e -> e.getKey().getURI().endsWith("/communications.ttl"))
                               .findFirst().orElseThrow().getValue();
        Graph withUndated = GraphFactory.createDefaultGraph();
        article.find().forEachRemaining(withUndated::add);
        RDFParser.source("src/test/resources/query-cases/undated/undated.ttl").lang(Lang.TURTLE).parse(withUndated);
        Node source = NodeFactory.createURI("https://example.org/undated");
        Graph dated = assertSame(article, source), undated = assertSame(withUndated, source);
        // Counted by kind, and left out of the range of dates and of the years.
        assertEquals(summary(dated, CORR.DateRange, CORR.earliest), summary(undated, CORR.DateRange, CORR.earliest));
        assertEquals(summary(dated, CORR.DateRange, CORR.latest), summary(undated, CORR.DateRange, CORR.latest));
        assertEquals(List.of("2006-01-01"), summary(undated, CORR.DateRange, CORR.earliest));
        assertEquals(List.of("2014-11-24"), summary(undated, CORR.DateRange, CORR.latest));
        assertEquals(sum(dated, CORR.TypeCount) + 3, sum(undated, CORR.TypeCount));
        assertEquals(sum(dated, CORR.YearCount), sum(undated, CORR.YearCount));
    }

    /** The lexical forms of property {@code p} of the summary nodes of class {@code type}. */
    private static List<String> summary(Graph g, org.apache.jena.rdf.model.Resource type, org.apache.jena.rdf.model.Property p) {
        return g.find(Node.ANY, RDF.type.asNode(), type.asNode()).toList().stream()
                .flatMap(t -> g.find(t.getSubject(), p.asNode(), Node.ANY).toList().stream())
                .map(t -> t.getObject().getLiteralLexicalForm()).sorted().toList();
    }

    /** The counts of the summary nodes of class {@code type}, added up. */
    private static long sum(Graph g, org.apache.jena.rdf.model.Resource type) {
        return summary(g, type, CORR.count).stream().mapToLong(Long::parseLong).sum();
    }

    /** Asserts the pass derives from {@code data} exactly what the SPARQL rules do; returns what it derived. */
    private static Graph assertSame(Graph data, Node source) {
        Graph bySparql = Skolem.name(Materialiser.bundled().infer(data, SCHEMA), source);
        Graph byJava = new InferencePass(SCHEMA).infer(data, source);
        Set<String> sparql = lines(bySparql), java = lines(byJava);
        Set<String> missing = new TreeSet<>(sparql);
        missing.removeAll(java);
        Set<String> extra = new TreeSet<>(java);
        extra.removeAll(sparql);
        assertEquals(List.of(), List.copyOf(missing), "derived by the rules but not the pass, in " + source);
        assertEquals(List.of(), List.copyOf(extra), "derived by the pass but not the rules, in " + source);
        return byJava;
    }

    private static Set<String> lines(Graph g) {
        return g.find().toList().stream().map(Triple::toString).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Graph turtle(String text) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.TURTLE).parse(g);
        return g;
    }
}
