package org.corrkg.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.corrkg.CorrkgException;
import org.corrkg.exchange.cmif.Authorities;
import org.corrkg.exchange.cmif.CmifImporter;
import org.corrkg.vocab.CORR;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lenient where the meaning is clear, strict where it is not, and safe against hostile XML. */
class CmifInputTest {

    static final Path BAD = Path.of("src/test/resources/cmif-bad");
    static final Path LENIENT = Path.of("src/test/resources/cmif-lenient/deviations.xml");

    @TempDir Path dir;

    @Test
    void smallDeviationsAreToleratedAndReportedWithTheirLines() {
        CmifImporter.Imported imported = CmifImporter.read(LENIENT, CmifImporter.Progress.NONE);
        String f = LENIENT.toString();
        assertEquals(List.of(
                f + ":17: warning: @cert=\"high\" on a name; CMIF 1.1 allows only \"low\"; kept as uncertain",
                f + ":19: warning: date/@when=\"1666-9-21\" is not YYYY, YYYY-MM or YYYY-MM-DD; read as 1666-09-21",
                f + ":27: warning: correspDesc without correspAction type=\"received\"",
                f + ":27: warning: correspDesc/@source=\"#missing-bibl\" matches no bibl/@xml:id; the file itself is the source"),
                imported.warnings());
        assertEquals(2, imported.letters());
    }

    @Test
    void spellingsOfOneAuthorityRecordBecomeOneNodeWithEveryName() {
        Graph g = CmifImporter.read(LENIENT, CmifImporter.Progress.NONE).graph();
        Node spener = NodeFactory.createURI("https://d-nb.info/gnd/118616099");
        // Each spelling once: the label is the first in Unicode order, whatever the order of the letters.
        assertEquals(Set.of("Philipp Jakob Spener"), literals(g, spener, RDFS.label.asNode()));
        assertEquals(Set.of("Spener, Philipp Jakob"), literals(g, spener, SKOS.altLabel.asNode()));
        assertEquals(2, g.find(Node.ANY, CORR.sender.asNode(), spener).toList().size(), "both letters have the one sender");
        assertTrue(g.contains(Node.ANY, CORR.sentFrom.asNode(), NodeFactory.createURI("https://sws.geonames.org/2925533/")));
        assertTrue(g.contains(Node.ANY, CORR.sentTo.asNode(), NodeFactory.createURI("https://sws.geonames.org/2954172/")));
    }

    @Test
    void datesKeepTheirPrecisionAndALooselySpeltDateIsRead() {
        Graph g = CmifImporter.read(LENIENT, CmifImporter.Progress.NONE).graph();
        // Named by the file's own URL (its idno), the letter by its @key in the edition it cites.
        String base = "https://example.org/cmif.xml#";
        Node first = NodeFactory.createURI(base + "letter-b7a3c0de-0000-4000-8000-000000000001-1");
        Node second = NodeFactory.createURI(base + "letter-2");
        assertEquals(Set.of("1666-09-21"), literals(g, first, CORR.edtf.asNode()));
        assertEquals(Set.of("1666-09-21"), literals(g, first, CORR.earliest.asNode()));
        assertEquals(Set.of("1666-09-21"), literals(g, first, CORR.latest.asNode()));
        assertEquals(Set.of("[1667..1668-06]"), literals(g, second, CORR.edtf.asNode()));
        assertEquals(Set.of("1667-01-01"), literals(g, second, CORR.earliest.asNode()));
        assertEquals(Set.of("1668-06-30"), literals(g, second, CORR.latest.asNode()));
        assertEquals(Set.of("1667/68"), literals(g, second, CORR.dateAsWritten.asNode()));
    }

    @Test
    void malformedXmlIsAnErrorWithItsLine() {
        assertEquals(BAD.resolve("malformed.xml") + ":6: not well-formed XML: The element type \"correspDesc\" must be terminated by the matching end-tag \"</correspDesc>\".",
                     error("malformed.xml"));
    }

    @Test
    void teiWithoutCorrespondenceIsNotCmif() {
        assertEquals(BAD.resolve("tei-without-letters.xml") + ": not a CMIF file: it has no correspDesc in teiHeader/profileDesc",
                     error("tei-without-letters.xml"));
        assertEquals(BAD.resolve("not-tei.xml") + ":2: not a CMIF file: the root element is letters, not TEI in the namespace http://www.tei-c.org/ns/1.0",
                     error("not-tei.xml"));
    }

    @Test
    void externalEntitiesAndEntityExpansionAreRefusedWithoutBeingRead() {
        String xxe = error("xxe.xml");
        assertEquals(BAD.resolve("xxe.xml") + ":2: DOCTYPE declarations are not allowed in CMIF files (no DTDs or entities are read)", xxe);
        assertFalse(xxe.contains("root:"), "nothing of /etc/passwd leaks");
        assertEquals(BAD.resolve("billion-laughs.xml") + ":12: DOCTYPE declarations are not allowed in CMIF files (no DTDs or entities are read)",
                     error("billion-laughs.xml"));
    }

    @Test
    void aTruncatedFileIsAnError() throws Exception {
        byte[] spener = Files.readAllBytes(Cmif.SPENER);
        Path truncated = Files.write(dir.resolve("truncated.xml"), java.util.Arrays.copyOf(spener, 100_000));
        CorrkgException e = assertThrows(CorrkgException.class, () -> CmifImporter.read(truncated, CmifImporter.Progress.NONE));
        assertTrue(e.getMessage().startsWith(truncated + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("not well-formed XML"), e.getMessage());
    }

    @Test
    void authorityIrisAreNormalisedToOneSpelling() {
        assertEquals("https://d-nb.info/gnd/118616099", Authorities.normalise("http://d-nb.info/gnd/118616099"));
        assertEquals("https://d-nb.info/gnd/118616099", Authorities.normalise("https://d-nb.info/gnd/118616099/"));
        assertEquals("https://d-nb.info/gnd/4032660-3", Authorities.normalise("http://d-nb.info/gnd/4032660-3"));
        assertEquals("https://sws.geonames.org/2925533/", Authorities.normalise("http://www.geonames.org/2925533"));
        assertEquals("https://sws.geonames.org/2925533/", Authorities.normalise("https://sws.geonames.org/2925533/about.rdf"));
        assertEquals("http://viaf.org/viaf/34464666", Authorities.normalise("https://viaf.org/viaf/34464666/"));
        assertEquals("http://www.wikidata.org/entity/Q76", Authorities.normalise("https://www.wikidata.org/wiki/Q76"));
        assertEquals("http://id.loc.gov/authorities/names/n94112934", Authorities.normalise("https://id.loc.gov/authorities/names/n94112934.html"));
        assertEquals("https://example.org/person/1", Authorities.normalise(" https://example.org/person/1 "));
    }

    private static String error(String file) {
        return assertThrows(CorrkgException.class, () -> CmifImporter.read(BAD.resolve(file), CmifImporter.Progress.NONE)).getMessage();
    }

    private static Set<String> literals(Graph g, Node s, Node p) {
        Set<String> out = new TreeSet<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject().getLiteralLexicalForm()));
        return out;
    }
}
