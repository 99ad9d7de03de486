package org.corrkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.corrkg.TestStores;
import org.corrkg.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** CMIF from the command line: who carried a letter, and a file that moves. */
class CmifCliTest {

    static final Path EXTRAS = Path.of("src/test/resources/cmif-faithful/tei-extras.xml");
    static final Path VALID = Path.of("src/test/resources/cmif-faithful/valid.xml");

    @TempDir Path dir;

    @Test
    void whoViaFindsTheLettersACarrierTook() throws Exception {
        String store = dir.resolve("store").toString();
        CliTest.Run imported = CliTest.run("import", "--store", store, EXTRAS.toString());
        assertEquals(0, imported.code(), imported.err());
        CliTest.Run who = CliTest.run("who", "--store", store, "--via", "Johann Jacob Schütz", "--format", "csv");
        assertEquals(0, who.code(), who.err());
        List<String> rows = Arrays.asList(who.out().strip().split("\r?\n"));
        Document xml = parse(EXTRAS);
        double expected = (Double) XPathFactory.newInstance().newXPath().evaluate(
                "count(//*[local-name()='correspDesc'][*[local-name()='correspAction'][@type!='sent' and @type!='received']"
                + "/*[local-name()='persName'][normalize-space()='Johann Jacob Schütz']])", xml, javax.xml.xpath.XPathConstants.NUMBER);
        assertEquals(2, (int) expected);
        assertEquals((int) expected, rows.size() - 1, who.out());
        assertTrue(rows.stream().skip(1).allMatch(r -> r.contains("Johann Jacob Schütz")), who.out());
    }

    @Test
    void theSameFileImportedFromAnotherDirectoryReplacesItsGraph() throws Exception {
        Path here = Files.createDirectories(dir.resolve("here")).resolve("letters.xml");
        Path there = Files.createDirectories(dir.resolve("elsewhere/deeper")).resolve("letters-copy.xml");
        Files.copy(VALID, here);
        Files.copy(VALID, there);
        Path storeDir = dir.resolve("store");
        CliTest.Run first = CliTest.run("import", "--store", storeDir.toString(), here.toString());
        assertEquals(0, first.code(), first.err());
        DatasetGraph before;
        try (Store store = Store.open(storeDir)) {
            before = TestStores.snapshot(store);
        }
        CliTest.Run again = CliTest.run("import", "--store", storeDir.toString(), there.toString());
        assertEquals(0, again.code(), again.err());
        try (Store store = Store.open(storeDir)) {
            DatasetGraph after = TestStores.snapshot(store);
            assertTrue(IsoMatcher.isomorphic(before, after), "the moved file made the store different: "
                       + after.stream().filter(q -> !before.contains(q)).limit(5).toList() + " new, "
                       + before.stream().filter(q -> !after.contains(q)).limit(5).toList() + " gone");
        }
    }

    @Test
    void twoFilesThatGiveOneUrlAreNotMixedInOneImport() throws Exception {
        Path copy = Files.createDirectories(dir.resolve("copy")).resolve("valid.xml");
        Files.copy(VALID, copy);
        CliTest.Run r = CliTest.run("import", "--store", dir.resolve("store").toString(), VALID.toString(), copy.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals("corrkg: " + copy + ": names itself https://example.org/faithful/valid.xml (publicationStmt/idno), as " + VALID
                     + " does; import one of them, or give one its own URL\n", r.err());
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(file.toFile());
    }
}
