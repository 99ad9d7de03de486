package org.corrkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.corrkg.CorrkgException;
import org.corrkg.TestStores;
import org.corrkg.source.SourceFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoaderTest {

    @TempDir Path dir;
    Store store;

    static final String PREFIXES = """
            @prefix : <https://w3id.org/corrkg/id/> .
            @prefix corr: <https://w3id.org/corrkg/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix edtf: <http://id.loc.gov/datatypes/edtf/> .
            """;

    static final String GOOD_LETTER = PREFIXES + """
            :test-letter a corr:Letter ; rdfs:label "A test letter" ;
                corr:sender :obama ; corr:addressee :rouhani ;
                corr:edtf "2015"^^edtf:EDTF ; corr:earliest "2015-01-01"^^xsd:date ; corr:latest "2015-12-31"^^xsd:date ;
                corr:status corr:Attested ; corr:evidence :us-iran-2014-p1 .
            """;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("store"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void loadingTheSameFilesTwiceLeavesTheSameTriples() {
        new Loader(store).load(SourceFile.bundledGraph());
        DatasetGraph first = TestStores.snapshot(store);
        new Loader(store).load(SourceFile.bundledGraph());
        assertTrue(IsoMatcher.isomorphic(first, TestStores.snapshot(store)), "second load changed the store");
        List<String> graphs = new java.util.ArrayList<>();
        first.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
        String g = "https://w3id.org/corrkg/graph/";
        String inferred = g + "inferred?source=https%3A%2F%2Fw3id.org%2Fcorrkg%2Fgraph%2F";
        assertEquals(List.of(g + "data/actors.ttl", g + "data/claims.ttl", g + "data/communications.ttl", g + "data/sources.ttl",
                             inferred + "data%2Factors.ttl", inferred + "data%2Fclaims.ttl", inferred + "data%2Fcommunications.ttl",
                             inferred + "data%2Fsources.ttl", inferred + "ontology%2Fcorrkg.ttl",
                             g + "names", g + "ontology/corrkg.ttl", g + "ontology/topics.ttl"),
                     graphs.stream().sorted().toList(),
                     "each source graph, a companion of inferred triples for each that implies any (the ontology's: its table of kinds),"
                     + " and the names graph");
    }

    @Test
    void eachFileGoesIntoItsOwnNamedGraphAndTheUnionIsTheDefaultGraph() throws IOException {
        new Loader(store).load(SourceFile.bundledGraph());
        Path letter = write("letter.ttl", GOOD_LETTER);
        new Loader(store).load(List.of(SourceFile.of(letter)));
        String graph = letter.toAbsolutePath().toUri().toString();
        long inGraph = Txn.calculateRead(store.dataset(), () -> store.dataset().getNamedModel(graph).size());
        assertEquals(9, inGraph);
        String ask = "ASK { <https://w3id.org/corrkg/id/test-letter> a <https://schema.org/Message> ; "
                     + "<https://schema.org/sender>/<https://schema.org/name> \"Barack Obama\" }";
        boolean inUnion = Txn.calculateRead(store.dataset(),
                () -> QueryExecution.dataset(store.dataset()).query(ask).ask());
        assertTrue(inUnion, "the new letter, with its inferred schema:Message type, is in the union graph");
    }

    @Test
    void aSyntaxErrorNamesFileAndLineAndLoadsNothing() throws IOException {
        new Loader(store).load(SourceFile.bundledGraph());
        DatasetGraph before = TestStores.snapshot(store);
        Path good = write("good.ttl", GOOD_LETTER.replace("test-letter", "other-letter"));
        Path bad = write("bad.ttl", PREFIXES + ":x a corr:Letter ;\n    rdfs:label \"unterminated .\n");
        CorrkgException e = assertThrows(CorrkgException.class,
                () -> new Loader(store).load(List.of(SourceFile.of(good), SourceFile.of(bad))));
        assertEquals(bad + ":8:1: Broken token (newline in string)", e.getMessage());
        assertTrue(IsoMatcher.isomorphic(before, TestStores.snapshot(store)), "the store changed");
    }

    @Test
    void aValidationFailureLoadsNothingAndReportsTheNode() throws IOException {
        new Loader(store).load(SourceFile.bundledGraph());
        DatasetGraph before = TestStores.snapshot(store);
        Path good = write("good.ttl", GOOD_LETTER.replace("test-letter", "other-letter"));
        Path bad = write("no-evidence.ttl", GOOD_LETTER.replace("corr:status corr:Attested ; corr:evidence :us-iran-2014-p1 .", "corr:status corr:Attested ."));
        Loader.ValidationFailed e = assertThrows(Loader.ValidationFailed.class,
                () -> new Loader(store).load(List.of(SourceFile.of(good), SourceFile.of(bad))));
        assertEquals(List.of(bad + ": id:test-letter corr:evidence: A communication needs evidence: a corr:evidence link to a corr:SourcePassage."),
                     e.report().problems().stream().map(Object::toString).toList());
        assertTrue(IsoMatcher.isomorphic(before, TestStores.snapshot(store)), "the store changed");
    }

    @Test
    void anUnknownFileExtensionIsRejectedByName() {
        CorrkgException e = assertThrows(CorrkgException.class, () -> SourceFile.of(Path.of("letters.docx")));
        assertEquals("letters.docx: unknown RDF syntax (expected .ttl, .nt, .nq, .trig, .rdf, .owl, .jsonld)", e.getMessage());
    }

    @Test
    void aMissingFileIsAClearErrorAndLoadsNothing() {
        new Loader(store).load(SourceFile.bundledGraph());
        DatasetGraph before = TestStores.snapshot(store);
        Path missing = dir.resolve("missing.ttl");
        CorrkgException e = assertThrows(CorrkgException.class, () -> new Loader(store).load(List.of(SourceFile.of(missing))));
        assertTrue(e.getMessage().startsWith(missing + ": cannot read"), e.getMessage());
        assertTrue(IsoMatcher.isomorphic(before, TestStores.snapshot(store)));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
