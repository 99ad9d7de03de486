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
 * where the bands let it skip most edges, and on letters made so that more than 100 rows count
 * 16 or more, where it reads the rows through their own band (the article's several graphs take
 * the path that reads every edge; its query cases cover that). Likewise browse/actors gives
 * exactly the 100 most active, and the network of the busiest kept at load is the one computed
 * from their ties.
 */
class BusiestPairsTest {

    @org.junit.jupiter.api.io.TempDir static Path dir;
    private static Store store, heavy;

    @BeforeAll
    static void load() throws IOException {
        // The ontology without the article, so that the letters are the one graph with edge counts.
        store = Store.open(dir.resolve("store"));
        new Loader(store).load(SourceFile.ontology());
        Path letters = dir.resolve("letters.nt");
        try (OutputStream out = Files.newOutputStream(letters)) {
            new SyntheticCorpus(4000, 5).write(out);
        }
        new Loader(store).load(List.of(SourceFile.of(letters)));
        heavy = Store.open(dir.resolve("heavy"));
        new Loader(heavy).load(SourceFile.ontology());
        Path rows = dir.resolve("heavy.ttl");
        Files.writeString(rows, heavyRows());
        new Loader(heavy).load(List.of(SourceFile.of(rows)));
    }

    @AfterAll
    static void close() {
        store.close();
        heavy.close();
    }

    @ParameterizedTest(name = "includeDisputed={0}")
    @ValueSource(strings = {"true", "false"})
    void theBusiestPairsAreTheFirstRowsOfWhoWroteToWhom(String includeDisputed) {
        Map<String, String> params = Map.of("includeDisputed", includeDisputed);
        List<String> every = rows(store, "who-wrote-to-whom", params), busiest = rows(store, "busiest-pairs", params);
        assertTrue(every.size() > 500, "the corpus has " + every.size() + " rows, many more than 50");
        assertEquals(every.subList(0, 50), busiest);
        // The bands do skip edges here: at least 100 edges reach band 2 (4 or more communications).
        long reachBand2 = count(store, "SELECT (SUM(?m) AS ?n) { ?h a corr:HeavyEdgeCount ; corr:band 2 ; corr:count ?m }");
        assertTrue(reachBand2 >= 100, reachBand2 + " edges reach band 2");
        assertEquals(1, count(store, "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?h a corr:HeavyEdgeCount } }"));
    }

    @ParameterizedTest(name = "includeDisputed={0}")
    @ValueSource(strings = {"true", "false"})
    void theBusiestRowsReadThroughTheirBandAreTheFirstRowsOfWhoWroteToWhom(String includeDisputed) {
        Map<String, String> params = Map.of("includeDisputed", includeDisputed);
        List<String> every = rows(heavy, "who-wrote-to-whom", params), busiest = rows(heavy, "busiest-pairs", params);
        assertEquals(every.subList(0, 50), busiest);
        // 120 rows of 16 to 26, a third of them with disputed letters: each heavy edge states its row's count.
        assertEquals(160, count(heavy, "SELECT (COUNT(*) AS ?n) { ?e corr:rowBand ?b }"));
        assertEquals(40, count(heavy, "SELECT (COUNT(*) AS ?n) { ?e corr:rowBand ?b ; corr:edgeDisputed true ; corr:count ?c "
                                      + "FILTER(?c < 16) }"));
        assertEquals(120, count(heavy, "SELECT (SUM(?m) AS ?n) { ?h a corr:HeavyEdgeCount ; corr:band 4 ; corr:count ?m }"));
    }

    /**
     * browse/actors, from the activity counts kept at load, gives exactly the 100 most active
     * actors counted from the communications themselves, in the same order (ties by name), with
     * the same counts.
     */
    @org.junit.jupiter.api.Test
    void theMostActiveActorsAreThoseTheCommunicationsSay() {
        List<String> expected = new ArrayList<>();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution exec = QueryExecutionFactory.create("""
                    PREFIX corr: <https://w3id.org/corrkg/ontology#>
                    PREFIX g:    <https://w3id.org/corrkg/graph/>
                    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                    SELECT ?actor (SAMPLE(STR(?label)) AS ?name) (COUNT(DISTINCT ?out) AS ?sent) (COUNT(DISTINCT ?in) AS ?received)
                    WHERE { { ?out a corr:Communication ; corr:sender ?actor } UNION { ?in a corr:Communication ; corr:recipient ?actor }
                            GRAPH g:names { ?actor skos:prefLabel ?label } }
                    GROUP BY ?actor ORDER BY DESC(COUNT(DISTINCT ?out) + COUNT(DISTINCT ?in)) ?name LIMIT 100
                    """, store.dataset())) {
                exec.execSelect().forEachRemaining(r -> expected.add(r.get("actor") + " " + r.get("name") + " " + r.get("sent").asLiteral().getLong()
                                                                     + " " + r.get("received").asLiteral().getLong()));
            }
        });
        QueryRunner runner = new QueryRunner(QuerySource.of(store.dataset()), QueryLibrary.bundled());
        ResultSetRewindable rs = runner.select(QueryLibrary.bundled().resolve("browse/actors"), Map.of());
        List<String> actual = new ArrayList<>();
        rs.forEachRemaining(r -> actual.add(r.get("actor") + " " + r.get("name") + " " + r.get("sent").asLiteral().getLong() + " "
                                            + r.get("received").asLiteral().getLong()));
        assertEquals(100, expected.size());
        assertEquals(expected, actual);
        // The bands do skip actors here: at least 100 actors reach band 4 (16 or more communications), fewer than all.
        long banded = count(store, "SELECT (COUNT(*) AS ?n) { ?x corr:activityBand ?b }");
        long all = count(store, "SELECT (COUNT(*) AS ?n) { ?x a corr:ActivityCount }");
        assertTrue(banded >= 100 && banded < all, banded + " of " + all + " actors reach band 4");
        assertEquals(1, count(store, "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?x a corr:BusyNetwork } }"));
    }

    /**
     * browse/network-busy reads the network of the busiest actors kept at load, and gives
     * exactly the rows browse/network-top computes from every tie of the 15 most active.
     */
    @org.junit.jupiter.api.Test
    void theBusyNetworkKeptAtLoadIsTheNetworkComputedFromEveryTie() {
        List<String> computed = allRows(store, "browse/network-top"), kept = allRows(store, "browse/network-busy");
        assertTrue(computed.size() > 30, computed.size() + " rows");
        assertEquals(computed, kept);
        // One source graph with a busy network, of exactly 15 actors: the kept network serves.
        assertEquals(15, count(store, "SELECT (MAX(?b) AS ?n) { ?x a corr:BusyNetwork ; corr:count ?b }"));
    }

    /** Every column of every row, in order, unbound as "-". */
    private static List<String> allRows(Store in, String query) {
        QueryRunner runner = new QueryRunner(QuerySource.of(in.dataset()), QueryLibrary.bundled());
        ResultSetRewindable rs = runner.select(QueryLibrary.bundled().resolve(query), Map.of());
        List<String> out = new ArrayList<>();
        rs.forEachRemaining(r -> {
            StringBuilder row = new StringBuilder();
            rs.getResultVars().forEach(v -> row.append(r.contains(v) ? r.get(v).toString() : "-").append(" | "));
            out.add(row.toString());
        });
        return out;
    }

    /**
     * 120 pairs of correspondents, pair i with 16 + i % 9 attested letters and, for every third
     * pair, 1 or 2 disputed ones; and 300 single letters between others.
     */
    private static String heavyRows() {
        StringBuilder ttl = new StringBuilder("""
                @prefix corr: <https://w3id.org/corrkg/ontology#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix edtf: <http://id.loc.gov/datatypes/edtf/> .
                @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
                @prefix :     <https://w3id.org/corrkg/test/heavy/> .
                :register a corr:SourceDocument ; rdfs:label "A register of heavy correspondence (test data)" .
                :entry a corr:SourcePassage ; rdfs:label "entry 1" ; corr:inDocument :register ; corr:line 1 .
                """);
        int letter = 0;
        for (int i = 0; i < 420; i++)
            ttl.append(":p").append(i).append(" a corr:Person ; rdfs:label \"Person ").append(i).append("\" .\n");
        for (int pair = 0; pair < 120; pair++) {
            int attested = 16 + pair % 9, disputed = pair % 3 == 0 ? 1 + pair % 2 : 0;
            for (int k = 0; k < attested + disputed; k++)
                letter(ttl, letter++, 2 * pair, 2 * pair + 1, k < attested ? "Attested" : "Disputed");
        }
        for (int k = 0; k < 300; k++)
            letter(ttl, letter++, 240 + k % 180, 240 + (k * 7 + 1) % 180, "Attested");
        return ttl.toString();
    }

    private static void letter(StringBuilder ttl, int n, int from, int to, String status) {
        if (from == to)
            to = (to + 1) % 420;
        String day = String.format("17%02d-%02d-%02d", n % 100, 1 + n % 12, 1 + n % 28);
        ttl.append(":l").append(n).append(" a corr:Letter ; rdfs:label \"Letter ").append(n).append("\" ; corr:sender :p").append(from)
           .append(" ; corr:addressee :p").append(to).append(" ; corr:edtf \"").append(day).append("\"^^edtf:EDTF ; corr:earliest \"")
           .append(day).append("\"^^xsd:date ; corr:latest \"").append(day).append("\"^^xsd:date ; corr:status corr:")
           .append(status).append(" ; corr:evidence :entry .\n");
    }

    private static long count(Store in, String select) {
        return Txn.calculateRead(in.dataset(), () -> {
            try (QueryExecution exec = QueryExecutionFactory.create("PREFIX corr: <https://w3id.org/corrkg/ontology#> " + select,
                                                                    in.dataset())) {
                return exec.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private static List<String> rows(Store in, String query, Map<String, String> params) {
        QueryRunner runner = new QueryRunner(QuerySource.of(in.dataset()), QueryLibrary.bundled());
        ResultSetRewindable rs = runner.select(QueryLibrary.bundled().resolve(query), params);
        List<String> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            out.add(s.get("sender") + " " + s.get("recipient") + " " + s.get("type") + " " + s.get("count"));
        }
        return out;
    }
}
