package org.corrkg.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.corrkg.TestStores;
import org.corrkg.source.SourceFile;
import org.corrkg.store.Batch;
import org.corrkg.store.Loader;
import org.corrkg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load of files into a store elsewhere that already holds other graphs (the article) reads
 * only what the load needs of it: one {@code VALUES} lookup of the nodes the files name, the
 * ontologies and the names graph, not the store; and it ends with exactly the graphs a load of
 * the same files into the article's store here gives, again when run a second time.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RemotePartialLoadTest {

    @TempDir static Path dir;
    static FusekiProcess fuseki;
    static Store local;

    /** A letter between two actors of the article, on a passage of it, and another name for one of them. */
    static final String LETTER = """
            @prefix id:   <https://w3id.org/corrkg/id/> .
            @prefix corr: <https://w3id.org/corrkg/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
            @prefix edtf: <http://id.loc.gov/datatypes/edtf/> .
            id:obama skos:altLabel "Barry Obama" .
            id:letter-2015-test a corr:Letter ;
                rdfs:label "A letter from Obama to Khamenei for the test" ;
                corr:sender id:obama ; corr:addressee id:khamenei ;
                corr:dateAsWritten "in 2015" ; corr:edtf "2015"^^edtf:EDTF ;
                corr:earliest "2015-01-01"^^xsd:date ; corr:latest "2015-12-31"^^xsd:date ;
                corr:status corr:Attested ;
                corr:evidence id:us-iran-2014-p1 .
            """;

    @BeforeAll
    static void start() {
        fuseki = FusekiProcess.start(dir.resolve("fuseki"));
        local = TestStores.seeded(dir.resolve("local"));
        try (RemoteStore remote = RemoteStore.connect(endpoints())) {
            RemoteLoad.Result article = new RemoteLoad(remote).run(s -> new Loader(s).load(SourceFile.bundledGraph()));
            assertEquals(0, article.lookups(), "the article changes the ontology: the whole store is read");
        }
    }

    @AfterAll
    static void stop() {
        fuseki.close();
        local.close();
    }

    static Endpoints endpoints() {
        return Endpoints.query(fuseki.sparql()).withGsp(fuseki.gsp()).withRetry(new Retry(2, Duration.ofMillis(50)));
    }

    static RemoteLoad.Result load(List<SourceFile> files) {
        try (RemoteStore remote = RemoteStore.connect(endpoints())) {
            return new RemoteLoad(remote).run(files, s -> new Loader(s).loadUserGraphs(Batch.of(files)));
        }
    }

    @Test
    void aLoadIntoAStoreHoldingOtherGraphsReadsWhatItNeedsAndEndsAsHere() throws IOException {
        Path file = Files.writeString(dir.resolve("letter.ttl"), LETTER);
        List<SourceFile> files = List.of(SourceFile.of(file));
        long before = RemoteLoadTest.graphSizes(remoteCopy()).values().stream().mapToLong(Long::longValue).sum();
        assertEquals(5816, before, "the article's triples at Fuseki");

        RemoteLoad.Result first = load(files);
        new Loader(local).loadUserGraphs(Batch.of(files));
        assertEquals(1, first.lookups(), "the nodes the file names, in one VALUES lookup");
        assertTrue(first.fetched() < before / 2, "read " + first.fetched() + " of " + before + " triples");
        assertEquals(List.of(file.toUri().toString(), "https://w3id.org/corrkg/graph/inferred?source=" + java.net.URLEncoder.encode(
                             file.toUri().toString(), java.nio.charset.StandardCharsets.UTF_8), "https://w3id.org/corrkg/graph/names"),
                     List.copyOf(first.sent().keySet()));
        RemoteLoadTest.assertSameGraphs(TestStores.snapshot(local), remoteCopy());

        // Again: the file's graph and its companion are now there, read whole, and replaced.
        RemoteLoad.Result again = load(files);
        assertEquals(first.sent(), again.sent());
        RemoteLoadTest.assertSameGraphs(TestStores.snapshot(local), remoteCopy());
    }

    static org.apache.jena.sparql.core.DatasetGraph remoteCopy() {
        try (RemoteStore remote = RemoteStore.connect(endpoints());
             Store copy = new RemoteCopy(remote).unindexedInto(dir.resolve("copy-" + System.nanoTime()))) {
            return TestStores.snapshot(copy);
        }
    }
}
