package org.corrkg.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.corrkg.TestStores;
import org.corrkg.exchange.rdf.RdfExport;
import org.corrkg.exchange.rdf.RdfSyntax;
import org.corrkg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every RDF syntax reads back isomorphic to the store, and the same store gives the same bytes. */
class RdfRoundTripTest {

    @TempDir static Path dir;
    static Store store;

    @BeforeAll
    static void seed() {
        store = TestStores.seeded(dir);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RdfSyntax.class)
    void exportReadsBackIsomorphicToTheStore(RdfSyntax syntax) {
        byte[] bytes = export(syntax);
        DatasetGraph read = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang(syntax)).parse(read);
        if (syntax.quads()) {
            assertTrue(IsoMatcher.isomorphic(TestStores.snapshot(store), read), syntax + " lost or changed quads");
        } else {
            Graph union = Txn.calculateRead(store.dataset(), () -> {
                Graph g = GraphFactory.createDefaultGraph();
                store.dataset().asDatasetGraph().getUnionGraph().find().forEachRemaining(g::add);
                return g;
            });
            assertTrue(union.size() > 2000, "the union holds the article: " + union.size());
            assertTrue(union.isIsomorphicWith(read.getDefaultGraph()), syntax + " lost or changed triples");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RdfSyntax.class)
    void theSameStoreGivesTheSameBytes(RdfSyntax syntax) {
        assertArrayEquals(export(syntax), export(syntax));
    }

    @Test
    void turtleKeepsThePrefixesAndJsonLdUsesTheContextTerms() {
        String turtle = new String(export(RdfSyntax.TURTLE), StandardCharsets.UTF_8);
        assertTrue(turtle.startsWith("PREFIX corr: <https://w3id.org/corrkg/ontology#>\n"), turtle.substring(0, 200));
        assertTrue(turtle.contains("id:letter-2014-10-obama-khamenei"));
        String json = new String(export(RdfSyntax.JSONLD), StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\n    \"@context\": {"), json.substring(0, 100));
        assertTrue(json.contains("\"@id\": \"id:letter-2014-10-obama-khamenei\""), "compact IRIs");
        assertTrue(json.contains("\"sender\": \"id:obama\""), "the context's terms, not full IRIs");
        assertTrue(json.contains("\"dateAsWritten\": \"Mid-October 2014\""));
        assertTrue(json.contains("\"@id\": \"id:claim-2014-10-wsj-condition\""), "claims travel with the graph");
        assertTrue(json.contains("\"claimedBy\": \"id:wsj\""), "and use the context's terms");
        assertTrue(json.contains("\"onClaim\": \"id:claim-2014-10-wsj-condition\""));
    }

    private static byte[] export(RdfSyntax syntax) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(store.dataset(), () -> RdfExport.write(store.dataset().asDatasetGraph(), syntax, null, out));
        return out.toByteArray();
    }

    private static Lang lang(RdfSyntax syntax) {
        return switch (syntax) {
            case TURTLE -> Lang.TURTLE;
            case NTRIPLES -> Lang.NTRIPLES;
            case NQUADS -> Lang.NQUADS;
            case TRIG -> Lang.TRIG;
            case JSONLD -> Lang.JSONLD;
            case RDFXML -> Lang.RDFXML;
        };
    }
}
