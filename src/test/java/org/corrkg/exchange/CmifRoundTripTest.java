package org.corrkg.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.system.Txn;
import org.corrkg.exchange.cmif.CmifExport;
import org.corrkg.exchange.cmif.CmifImporter;
import org.corrkg.query.QueryLibrary;
import org.corrkg.query.QueryRunner;
import org.corrkg.query.QuerySource;
import org.corrkg.source.SourceFile;
import org.corrkg.store.Batch;
import org.corrkg.store.Loader;
import org.corrkg.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spener in, CMIF out, CMIF in again: the same letters, in a file that passes the CMIF rules and the schema as far as the input did. */
class CmifRoundTripTest {

    @TempDir Path dir;

    @Test
    void importExportImportKeepsEveryLetterAndTheExportIsValidCmif() throws Exception {
        Path exported = dir.resolve("spener-exported.xml");
        List<String> original;
        try (Store first = ontologyOnly(dir.resolve("first"))) {
            String graph = importFile(first, Cmif.SPENER);
            original = tuples(first, graph);
            Txn.executeRead(first.dataset(), () -> {
                try (OutputStream out = Files.newOutputStream(exported)) {
                    CmifExport.write(new Correspondence(first.dataset().asDatasetGraph()),
                                     CmifExport.Header.defaults(Instant.parse("2026-01-01T00:00:00Z")), out);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        // The export keeps the file's @cert="medium" (CMIF 1.1 allows only "low") and adds no other deviation.
        assertEquals(List.of(), CmifFaithfulTest.added(CmifFaithfulTest.schemaProblems(Cmif.SPENER), CmifFaithfulTest.schemaProblems(exported)),
                     "CMIF 1.1 RELAX NG schema");
        assertEquals(List.of(), Cmif.schematronErrors(exported), "CMIF Schematron errors");
        assertEquals(2435.0, Cmif.number(Cmif.parse(exported), "count(//tei:correspDesc)"));

        try (Store second = ontologyOnly(dir.resolve("second"))) {
            String graph = importFile(second, exported);
            List<String> again = tuples(second, graph);
            assertEquals(List.of(), CmifFaithfulTest.added(again, original), "lost; gained: " + CmifFaithfulTest.added(original, again));
        }
        assertTrue(original.size() >= 2435, "at least one row per letter: " + original.size());
    }

    private static Store ontologyOnly(Path dir) {
        Store store = Store.open(dir);
        new Loader(store).load(List.of(SourceFile.bundled("ontology/corrkg.ttl"), SourceFile.bundled("ontology/topics.ttl")));
        return store;
    }

    private static String importFile(Store store, Path file) {
        CmifImporter.Imported imported = CmifImporter.read(file, CmifImporter.Progress.NONE);
        new Loader(store).load(new Batch().add(imported.graphName(), imported.graph(), file.toString()));
        return imported.graphName().getURI();
    }

    /** Sender, recipient and date bounds of each letter, sorted: the letters as a bag, whatever their IRIs. */
    private static List<String> tuples(Store store, String graph) throws java.io.IOException {
        List<String> out = new ArrayList<>();
        new QueryRunner(QuerySource.of(store.dataset()), QueryLibrary.bundled())
                .select(SpenerImportTest.test("letter-tuples"), Map.of("graph", graph))
                .forEachRemaining(s -> out.add(String.join("|", value(s, "sender"), value(s, "recipient"),
                                                           value(s, "earliest"), value(s, "latest"))));
        out.sort(null);
        return out;
    }

    private static String value(org.apache.jena.query.QuerySolution s, String var) {
        return s.get(var) == null ? "" : s.get(var).isLiteral() ? s.getLiteral(var).getLexicalForm() : s.get(var).toString();
    }
}
