package org.corrkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.datatypes.BaseDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a spool puts aside comes back the same, term for term and in order, whether it stayed
 * in memory or went to its file: every kind of RDF term, terms repeated (read back through the
 * table of recent terms) and terms that push each other out of it, and the file is removed on
 * close.
 */
class SpoolTest {

    private static final String EX = "https://example.org/";

    @TempDir Path dir;

    /** Every kind of term the format writes, each used more than once. */
    private static List<Triple> everyKindOfTerm() {
        Node s = NodeFactory.createURI(EX + "letter/1");
        Node b = NodeFactory.createBlankNode("b0-store-label");
        List<Node> objects = List.of(
                NodeFactory.createURI(EX + "person/Zoë"),
                b,
                NodeFactory.createLiteralString("plain, with \"quotes\", a tab\tand a line\nbreak"),
                NodeFactory.createLiteralString(""),
                NodeFactory.createLiteralLang("Brief", "de"),
                NodeFactory.createLiteralLang("letter", "en-GB"),
                NodeFactory.createLiteralDirLang("رسالة", "ar", "rtl"),
                NodeFactory.createLiteralDT("1703-05", XSDDatatype.XSDgYearMonth),
                NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger),
                NodeFactory.createLiteralDT("1703-05-12/1703-06", new BaseDatatype("http://id.loc.gov/datatypes/edtf/EDTF")),
                NodeFactory.createLiteralString("𝄞 outside the basic plane, 漢字 and é"),
                NodeFactory.createLiteralString("x".repeat(70_000)),
                NodeFactory.createTripleTerm(s, NodeFactory.createURI(EX + "says"), b));
        List<Triple> triples = new ArrayList<>();
        for (int round = 0; round < 3; round++)
            for (int i = 0; i < objects.size(); i++)
                triples.add(Triple.create(round == 1 ? b : s, NodeFactory.createURI(EX + "p" + i), objects.get(i)));
        return triples;
    }

    /** Many distinct terms, so that slots of the table of recent terms are taken over again and again. */
    private static List<Triple> manyTerms(int n) {
        List<Triple> triples = new ArrayList<>();
        Node p = NodeFactory.createURI(EX + "count");
        for (int i = 0; i < n; i++) {
            Node s = NodeFactory.createURI(EX + "summary/" + (i % 5_000));
            triples.add(Triple.create(s, p, NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger)));
            triples.add(Triple.create(s, NodeFactory.createURI(EX + "of"), NodeFactory.createURI(EX + "actor/" + (i * 7919 % 50_000))));
        }
        return triples;
    }

    private List<Triple> throughSpool(List<Triple> triples, int inMemory) {
        List<Triple> back = new ArrayList<>();
        try (Spool spool = new Spool(dir, inMemory)) {
            triples.forEach(spool);
            assertEquals(triples.size(), spool.size());
            spool.drain(back::add);
        }
        return back;
    }

    @Test
    void everyKindOfTermComesBackFromTheFile() {
        List<Triple> triples = everyKindOfTerm();
        List<Triple> back = throughSpool(triples, 0);
        assertEquals(triples, back);
        for (int i = 0; i < triples.size(); i++) {
            Node original = triples.get(i).getObject(), read = back.get(i).getObject();
            if (original.isLiteral()) {
                assertEquals(original.getLiteralLexicalForm(), read.getLiteralLexicalForm());
                assertEquals(original.getLiteralDatatypeURI(), read.getLiteralDatatypeURI());
                assertEquals(original.getLiteralLanguage(), read.getLiteralLanguage());
                assertEquals(original.getLiteralBaseDirection(), read.getLiteralBaseDirection());
            }
        }
    }

    @Test
    void everyKindOfTermComesBackFromMemory() {
        List<Triple> triples = everyKindOfTerm();
        assertEquals(triples, throughSpool(triples, Spool.IN_MEMORY));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "a spool within its memory writes no file");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void termsThatTakeEachOthersSlotsComeBackInOrder() {
        List<Triple> triples = manyTerms(120_000);
        assertEquals(triples, throughSpool(triples, 1_000));
    }

    @Test
    void aTermSeenAgainIsWrittenAsItsSlotAndTheFileIsRemovedOnClose() throws IOException {
        String long100 = EX + "x".repeat(100 - EX.length());
        Triple t = Triple.create(NodeFactory.createURI(long100 + "s"), NodeFactory.createURI(long100 + "p"), NodeFactory.createURI(long100 + "o"));
        List<Triple> triples = java.util.Collections.nCopies(10_000, t);
        Spool spool = new Spool(dir, 0);
        triples.forEach(spool);
        List<Triple> back = new ArrayList<>();
        spool.drain(back::add);
        Path file;
        try (Stream<Path> files = Files.list(dir)) {
            file = files.findFirst().orElseThrow();
        }
        long size = Files.size(file);
        // In full, 10,000 times 303 bytes; as slots, at most 3 bytes a term after the first.
        assertTrue(size <= 3 * 103 + 9_999 * 9, "the repeated terms are written as slots: " + size + " bytes");
        spool.close();
        assertFalse(Files.exists(file));
        assertEquals(triples, back);
    }
}
