package org.corrkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.system.Txn;
import org.corrkg.bench.SyntheticCorpus;
import org.corrkg.query.QueryLibrary;
import org.corrkg.query.QueryRunner;
import org.corrkg.query.QuerySource;
import org.corrkg.source.SourceFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * busiest-pairs reads only the heaviest edge counts, and gives exactly the first 50 rows of
 * who-wrote-to-whom, which reads them all: on 4,000 generated letters in one source graph,
 * where the bands let it skip most edges (the article's several graphs take the path that
 * reads every edge; its query cases cover that).
 */
class BusiestPairsTest {

    @org.junit.jupiter.api.io.TempDir static Path dir;
    private static Store store;
    private static QueryRunner runner;

    @BeforeAll
    static void load() throws IOException {
        store = Store.openSeeded(dir.resolve("store"));
        Path letters = dir.resolve("letters.nt");
        try (OutputStream out = Files.newOutputStream(letters)) {
            new SyntheticCorpus(4000, 5).write(out);
        }
        new Loader(store).load(List.of(SourceFile.of(letters)));
        runner = new QueryRunner(QuerySource.of(store.dataset()), QueryLibrary.bundled());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest(name = "includeDisputed={0}")
    @ValueSource(strings = {"true", "false"})
    void theBusiestPairsAreTheFirstRowsOfWhoWroteToWhom(String includeDisputed) {
        Map<String, String> params = Map.of("includeDisputed", includeDisputed);
        List<String> every = rows("who-wrote-to-whom", params), busiest = rows("busiest-pairs", params);
        assertTrue(every.size() > 500, "the corpus has " + every.size() + " rows, many more than 50");
        assertEquals(every.subList(0, 50), busiest);
        // The bands do skip edges here: at least 100 edges reach band 2 (4 or more communications).
        long reachBand2 = Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution exec = QueryExecutionFactory.create("PREFIX corr: <https://w3id.org/corrkg/ontology#> "
                    + "SELECT (SUM(?m) AS ?n) { ?h a corr:HeavyEdgeCount ; corr:band 2 ; corr:count ?m }", store.dataset())) {
                return exec.execSelect().next().getLiteral("n").getLong();
            }
        });
        assertTrue(reachBand2 >= 100, reachBand2 + " edges reach band 2");
    }

    private static List<String> rows(String query, Map<String, String> params) {
        ResultSetRewindable rs = runner.select(QueryLibrary.bundled().resolve(query), params);
        List<String> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            out.add(s.get("sender") + " " + s.get("recipient") + " " + s.get("type") + " " + s.get("count"));
        }
        return out;
    }
}
