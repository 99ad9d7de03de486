package org.corrkg.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.corrkg.source.SourceFile;
import org.corrkg.validate.ValidationReport;
import org.corrkg.validate.Validator;
import org.corrkg.vocab.CORR;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic corpus: the same every time, the figures its seed gives, and valid data. */
class SyntheticCorpusTest {

    @TempDir Path dir;

    @Test
    void theSameSizeAndSeedGiveTheSameBytesAndAnotherSeedOthers() {
        assertArrayEquals(bytes(200, 1), bytes(200, 1));
        assertNotEquals(new String(bytes(200, 1)), new String(bytes(200, 2)));
    }

    @Test
    void twoHundredLettersWithSeedOneHoldTheseFigures() {
        Graph g = graph(200, 1);
        assertEquals(3873, g.size(), "triples");
        assertEquals(200, instances(g, CORR.Letter.asNode()).size(), "letters: exactly as many as asked for");
        assertEquals(2, instances(g, CORR.Meeting.asNode()).size(), "meetings");
        assertEquals(2, instances(g, CORR.Statement.asNode()).size(), "statements");
        assertEquals(24, instances(g, CORR.Person.asNode()).size(), "persons");
        assertEquals(1, instances(g, CORR.Organisation.asNode()).size(), "organisations");
        assertEquals(63, count(g, CORR.repliesTo.asNode(), Node.ANY), "replies");
        assertEquals(5, count(g, CORR.status.asNode(), CORR.Disputed.asNode()), "disputed letters");
        assertEquals(11, count(g, CORR.status.asNode(), CORR.ReportedOnly.asNode()), "letters reported only");
        assertEquals(7, count(g, CORR.intermediary.asNode(), Node.ANY), "letters with an intermediary");
        assertEquals(2, count(g, CORR.edtf.asNode(), NodeFactory.createLiteralDT("XXXX", CORR.EDTF)), "wholly unknown dates");
    }

    @Test
    void everyReplyGoesBackToTheSenderOfALetterThatEndedBeforeItBegan() {
        Graph g = graph(2000, 1);
        List<Triple> replies = g.find(Node.ANY, CORR.repliesTo.asNode(), Node.ANY).toList();
        assertEquals(706, replies.size());
        Set<Node> answered = new HashSet<>();
        for (Triple t : replies) {
            Node reply = t.getSubject();
            Node original = t.getObject();
            assertTrue(answered.add(original), original + " has one reply");
            assertEquals(one(g, original, CORR.addressee.asNode()), one(g, reply, CORR.sender.asNode()), reply + " is from the addressee");
            assertEquals(one(g, original, CORR.sender.asNode()), one(g, reply, CORR.addressee.asNode()), reply + " is to the sender");
            LocalDate begins = day(one(g, reply, CORR.earliest.asNode()));
            LocalDate ended = day(one(g, original, CORR.latest.asNode()));
            assertTrue(begins.isAfter(ended), reply + " begins " + begins + ", after " + original + " ended " + ended);
        }
    }

    @Test
    void everyDisputedLetterIsClaimedByOneActorAndDeniedByAnotherEachWithEvidence() {
        Graph g = graph(2000, 1);
        List<Node> disputed = g.find(Node.ANY, CORR.status.asNode(), CORR.Disputed.asNode()).mapWith(Triple::getSubject).toList();
        assertEquals(38, disputed.size());
        for (Node letter : disputed) {
            List<Node> words = g.find(Node.ANY, CORR.attests.asNode(), letter).mapWith(Triple::getSubject).toList();
            assertEquals(List.of(CORR.Claimed.asNode(), CORR.Denied.asNode()), words.stream().map(a -> one(g, a, CORR.stance.asNode())).sorted(
                    (a, b) -> a.getURI().compareTo(b.getURI())).toList(), letter + ": a claim and a denial");
            assertNotEquals(one(g, words.get(0), CORR.attestedBy.asNode()), one(g, words.get(1), CORR.attestedBy.asNode()), letter.toString());
            for (Node word : words)
                assertTrue(g.contains(one(g, word, CORR.evidence.asNode()), CORR.paragraph.asNode(), Node.ANY), word + " has evidence");
        }
    }

    @Test
    void twoThousandLettersPassTheShapesAndTheTermCheck() throws Exception {
        Path file = dir.resolve("letters.nt");
        try (OutputStream out = Files.newOutputStream(file)) {
            new SyntheticCorpus(2000, 1).write(out);
        }
        ValidationReport report = Validator.bundled().validateFiles(List.of(SourceFile.of(file)));
        assertTrue(report.conforms(), report.format());
        assertFalse(Files.readString(file).contains("_:"), "no blank nodes, whose labels a streaming writer would have to remember");
    }

    private static byte[] bytes(int letters, long seed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SyntheticCorpus(letters, seed).write(out);
        return out.toByteArray();
    }

    private static Graph graph(int letters, long seed) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(bytes(letters, seed))).lang(Lang.NTRIPLES).parse(g);
        return g;
    }

    private static Set<Node> instances(Graph g, Node type) {
        return g.find(Node.ANY, RDF.type.asNode(), type).mapWith(Triple::getSubject).toSet();
    }

    private static int count(Graph g, Node p, Node o) {
        return g.find(Node.ANY, p, o).toList().size();
    }

    private static Node one(Graph g, Node s, Node p) {
        List<Node> values = g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
        assertEquals(1, values.size(), s + " " + p);
        return values.get(0);
    }

    private static LocalDate day(Node literal) {
        return LocalDate.parse(literal.getLiteralLexicalForm());
    }
}
