package org.corrkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.corrkg.bench.SyntheticCorpus;
import org.corrkg.source.SourceFile;
import org.corrkg.store.Loader;
import org.corrkg.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link QueryBenchmark}'s cases stay in step with the query library: each names a query that
 * exists, binds parameters it has, and runs, once, on a small generated corpus. (A case once
 * named a query that had been removed, and the benchmark stopped at it.)
 */
class QueryBenchmarkCasesTest {

    @TempDir Path dir;

    @Test
    void everyCaseResolvesBindsAndRuns() throws IOException {
        Path corpus = dir.resolve("letters.nt");
        try (OutputStream out = Files.newOutputStream(corpus)) {
            new SyntheticCorpus(200, 3).write(out);
        }
        String person = "https://w3id.org/corrkg/synthetic/person/";
        Map<String, String> vars = Map.of("actor", person + "0", "partner", person + "1", "typical", person + "20",
                                          "place", "https://w3id.org/corrkg/synthetic/place/2",
                                          "datagraph", corpus.toUri().toString());
        QueryLibrary library = QueryLibrary.bundled();
        List<String> failed = new ArrayList<>();
        try (Store store = Store.open(dir.resolve("store"))) {
            new Loader(store).load(SourceFile.ontology());
            new Loader(store).load(List.of(SourceFile.of(corpus)));
            for (QueryBenchmark.Case c : QueryBenchmark.cases(vars)) {
                try {
                    QueryBenchmark.runOnce(store.dataset(), library.resolve(c.query()), c, null);
                } catch (RuntimeException e) {
                    failed.add(c.label() + ": " + e.getMessage());
                }
            }
        }
        assertEquals(List.of(), failed);
    }
}
