package org.corrkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.corrkg.TestStores;
import org.corrkg.exchange.CmifGenerator;
import org.corrkg.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import and export from the command line: exit codes, messages, and a store left alone on bad input. */
class ExchangeCliTest {

    static final Path LENIENT = Path.of("src/test/resources/cmif-lenient/deviations.xml");
    static final Path XXE = Path.of("src/test/resources/cmif-bad/xxe.xml");

    @TempDir Path dir;

    @Test
    void importReportsLettersAndWarningsAndExportWritesTheFile() throws Exception {
        String store = dir.resolve("store").toString();
        CliTest.Run imported = CliTest.run("import", "--store", store, LENIENT.toString());
        assertEquals(0, imported.code(), imported.err());
        assertEquals(LENIENT + ": 2 letters, 4 warning(s), 112 triples\nImported 1 file(s) into " + store + "\n", imported.out());
        assertEquals(4, imported.err().lines().filter(l -> l.contains(": warning: ")).count());

        Path csv = dir.resolve("letters.csv");
        CliTest.Run exported = CliTest.run("export", "--store", store, "--format", "csv", "--out", csv.toString());
        assertEquals(0, exported.code(), exported.err());
        assertEquals("Wrote csv to " + csv + "\n", exported.err());
        assertEquals(3, Files.readAllLines(csv, StandardCharsets.UTF_8).size(), "the header and the 2 letters: a new store holds what it is given");
        assertEquals("Note: the store was new, so it holds your files and the corrkg ontology, not the bundled article;"
                     + " add the article with 'corrkg load' (no files).", imported.err().lines().reduce((x, y) -> y).orElse(""));
    }

    @Test
    void aBadFileAmongGoodOnesImportsNothing() {
        Path storeDir = dir.resolve("store");
        DatasetGraph before;
        try (Store store = TestStores.seeded(dir)) {
            before = TestStores.snapshot(store);
        }
        CliTest.Run r = CliTest.run("import", "--store", storeDir.toString(), LENIENT.toString(), XXE.toString());
        assertEquals(1, r.code());
        assertEquals("corrkg: " + XXE + ":2: DOCTYPE declarations are not allowed in CMIF files (no DTDs or entities are read)\n",
                     r.err().lines().filter(l -> l.startsWith("corrkg:")).findFirst().orElse("") + "\n");
        try (Store store = Store.open(storeDir)) {
            assertTrue(IsoMatcher.isomorphic(before, TestStores.snapshot(store)), "the store changed");
        }
    }

    @Test
    void aFileBrokenInItsLastLetterImportsNoneOfTheLettersBeforeIt() throws Exception {
        Path storeDir = dir.resolve("store");
        DatasetGraph before;
        try (Store store = TestStores.seeded(dir)) {
            before = TestStores.snapshot(store);
        }
        Path broken = dir.resolve("broken.xml");
        new CmifGenerator(1000, 100).write(broken);
        String xml = Files.readString(broken);
        int end = xml.lastIndexOf("</correspDesc>");
        Files.writeString(broken, xml.substring(0, end) + "</correspdesc>" + xml.substring(end + "</correspDesc>".length()));
        long line = xml.substring(0, end).lines().count() + 1;

        CliTest.Run r = CliTest.run("import", "--store", storeDir.toString(), LENIENT.toString(), broken.toString());
        assertEquals(1, r.code());
        assertEquals(LENIENT + ":17: warning: @cert=\"high\" on a name; CMIF 1.1 allows only \"low\"; kept as uncertain",
                     r.err().lines().findFirst().orElse(""), "the good file's warnings come first");
        assertEquals("corrkg: " + broken + ":" + line + ": not well-formed XML: The element type \"correspDesc\" must be terminated"
                     + " by the matching end-tag \"</correspDesc>\".", r.err().lines().reduce((a, b) -> b).orElse(""));
        assertEquals("", r.out());
        try (Store store = Store.open(storeDir)) {
            assertTrue(IsoMatcher.isomorphic(before, TestStores.snapshot(store)), "the store changed");
        }
    }

    @Test
    void anUnknownFormatOrAGraphForANonRdfFormatIsAnError() {
        String store = dir.resolve("store").toString();
        CliTest.Run r = CliTest.run("export", "--store", store, "--format", "pdf");
        assertEquals(2, r.code());
        assertEquals("Invalid value for option '--format': expected one of turtle, ntriples, nquads, trig, jsonld, rdfxml, cmif, gexf, graphml, csv, not 'pdf'\n"
                     + "Run 'corrkg export --help' for its options.\n", r.err());
        CliTest.Run g = CliTest.run("export", "--store", store, "--format", "csv", "--graph", "urn:x");
        assertEquals(1, g.code());
        assertEquals("corrkg: --graph applies to RDF formats only, not csv\n", g.err());
        CliTest.Run missing = CliTest.run("export", "--store", store, "--format", "turtle", "--graph", "urn:no-such-graph");
        assertEquals(1, missing.code());
        assertEquals("corrkg: The store has no graph <urn:no-such-graph>\n", missing.err());
    }

    @Test
    void aFailedExportLeavesNoPartFile() {
        Path out = dir.resolve("x.ttl");
        CliTest.Run r = CliTest.run("export", "--store", dir.resolve("store").toString(), "--format", "turtle", "--graph", "urn:none", "--out", out.toString());
        assertEquals(1, r.code());
        assertTrue(!Files.exists(out) && !Files.exists(dir.resolve(".x.ttl.tmp")), "no output left behind");
    }
}
