package org.corrkg.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.corrkg.vocab.CORR;
import org.junit.jupiter.api.Test;

class PreferredNamesTest {

    static final Node A = NodeFactory.createURI("urn:edition:a");
    static final Node B = NodeFactory.createURI("urn:edition:b");
    static final Node DERIVED = NodeFactory.createURI(CORR.INFERRED_GRAPH + "?source=urn%3Aedition%3Aa");
    static final Node MUELLER = NodeFactory.createURI("https://d-nb.info/gnd/118585355");
    static final Node LETTER = NodeFactory.createURI("urn:edition:a#letter-1");

    final DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    final PreferredNames names = new PreferredNames(dsg, g -> !g.getURI().startsWith(CORR.INFERRED_GRAPH) && !g.equals(PreferredNames.GRAPH));

    void label(Node g, Node node, String label) {
        dsg.add(g, node, RDFS.label.asNode(), NodeFactory.createLiteralString(label));
    }

    /** {@code times} letters of graph {@code g} that write the name {@code as}. */
    void mentions(Node g, Node node, String as, int times) {
        for (int i = 0; i < times; i++) {
            Node m = NodeFactory.createURI(g.getURI() + "#mention-" + as.hashCode() + "-" + i);
            dsg.add(g, m, CORR.mentionOf.asNode(), node);
            dsg.add(g, m, CORR.nameAsWritten.asNode(), NodeFactory.createLiteralString(as));
        }
    }

    void person(Node g, Node node) {
        dsg.add(g, node, RDF.type.asNode(), CORR.Person.asNode());
        // what the companion of inferred triples says: a person is an actor
        dsg.add(DERIVED, node, RDF.type.asNode(), CORR.Actor.asNode());
    }

    List<String> graph(Node node) {
        Set<String> out = new TreeSet<>();
        dsg.find(PreferredNames.GRAPH, node, Node.ANY, Node.ANY).forEachRemaining(q ->
                out.add(q.getPredicate().getLocalName() + " " + q.getObject().getLiteralLexicalForm()));
        return List.copyOf(out);
    }

    @Test
    void theSpellingMostLettersUseIsPreferredAcrossEditions() {
        person(A, MUELLER);
        label(A, MUELLER, "Müller, Johann von");
        mentions(A, MUELLER, "Müller, Johann von", 3);
        person(B, MUELLER);
        label(B, MUELLER, "Müller, Johann,von");
        mentions(B, MUELLER, "Müller, Johann,von", 2);
        mentions(B, MUELLER, "Mueller, Hans", 1);
        assertEquals(1, names.rebuild());
        assertEquals(List.of("altLabel Mueller, Hans", "altLabel Müller, Johann,von", "nameKey hans mueller",
                             "nameKey johann muller von", "prefLabel Müller, Johann von"), graph(MUELLER));
    }

    @Test
    void equalVotesGoToTheFirstSpellingInUnicodeOrderWhateverTheLoadOrder() {
        person(B, MUELLER);
        label(B, MUELLER, "Müller, Johann,von");
        person(A, MUELLER);
        label(A, MUELLER, "Müller, Johann von");
        names.rebuild();
        assertEquals("Müller, Johann von", names.names(MUELLER).preferred());
    }

    @Test
    void aStatedPreferredNameWins() {
        person(A, MUELLER);
        label(A, MUELLER, "Müller, Johann von");
        mentions(A, MUELLER, "Müller, Johann von", 5);
        dsg.add(B, MUELLER, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString("Johann von Müller"));
        assertEquals(new PreferredNames.Names("Johann von Müller", List.of("Müller, Johann von"), List.of("johann muller von")),
                     names.names(MUELLER));
    }

    @Test
    void onlyActorsAndPlacesAreNamedAndDerivedGraphsDoNotVote() {
        label(A, LETTER, "A letter");
        assertNull(names.names(LETTER));
        person(A, MUELLER);
        label(A, MUELLER, "Müller, Johann");
        label(DERIVED, MUELLER, "Not a source's spelling");
        assertEquals(new PreferredNames.Names("Müller, Johann", List.of(), List.of("johann muller")), names.names(MUELLER));
    }

    @Test
    void refreshingAfterAnEditionIsDroppedLeavesTheOtherEditionsNameOrNone() {
        person(A, MUELLER);
        label(A, MUELLER, "Müller, Johann von");
        mentions(A, MUELLER, "Müller, Johann von", 3);
        person(B, MUELLER);
        label(B, MUELLER, "Müller, Johann,von");
        names.rebuild();
        Set<Node> touched = names.touchedBy(A, DERIVED);
        dsg.removeGraph(A);
        names.refresh(touched);
        assertEquals(List.of("nameKey johann muller von", "prefLabel Müller, Johann,von"), graph(MUELLER));
        touched = names.touchedBy(B, DERIVED);
        dsg.removeGraph(B);
        dsg.removeGraph(DERIVED);
        names.refresh(touched);
        assertEquals(List.of(), graph(MUELLER));
    }

    @Test
    void aChangedGraphTouchesItsActorsAndPlacesNotItsLetters() {
        person(A, MUELLER);
        label(A, MUELLER, "Müller, Johann");
        label(A, LETTER, "A letter");
        dsg.add(DERIVED, LETTER, NodeFactory.createURI("https://schema.org/name"), NodeFactory.createLiteralString("A letter"));
        assertEquals(Set.of(MUELLER), names.touchedBy(A, DERIVED));
    }
}
