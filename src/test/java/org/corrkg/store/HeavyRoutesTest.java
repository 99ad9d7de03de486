package org.corrkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.system.Txn;
import org.corrkg.query.QueryLibrary;
import org.corrkg.query.QueryRunner;
import org.corrkg.query.QuerySource;
import org.corrkg.source.SourceFile;
import org.corrkg.vocab.CORR;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * browse/map-routes, under no filter or a type and disputed filter only, reads the route kind
 * counts of the most travelled routes through their row band, and draws exactly the 2,000 routes
 * that counting the communications gives: on letters along 3,500 routes, 2,500 of them travelled
 * twice (band 1), 500 of those by a letter and a disputed phone call (two kind counts of 1 each,
 * whose row is 2), and 1,000 once (band 0, skipped where at least 2,000 routes pass at band 1).
 */
class HeavyRoutesTest {

    private static final String PREFIXES = """
            PREFIX corr: <https://w3id.org/corrkg/ontology#>
            """;

    @TempDir static Path dir;
    private static Store store;

    @BeforeAll
    static void load() throws IOException {
        // The ontology without the article, so that the letters are the one graph with route counts.
        store = Store.open(dir.resolve("store"));
        new Loader(store).load(SourceFile.ontology());
        Path routes = dir.resolve("routes.ttl");
        Files.writeString(routes, routes());
        new Loader(store).load(List.of(SourceFile.of(routes)));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest(name = "type={0} disputedMode={1}")
    @CsvSource({"-, include, 2000", "-, exclude, 2000", "-, only, 500", "Letter, include, 2000", "Message, exclude, 2000",
                "PhoneCall, include, 500", "Letter, only, 0", "Meeting, include, 0"})
    void theMapDrawsTheMostTravelledRoutesThatCountingTheCommunicationsGives(String type, String disputedMode, int rows) {
        String keep = switch (disputedMode) {
            case "exclude" -> "FILTER NOT EXISTS { ?c corr:status corr:Disputed }";
            case "only" -> "?c corr:status corr:Disputed .";
            default -> "";
        };
        String ofType = type.equals("-") ? "corr:Communication" : "corr:" + type;
        List<String> counted = select(PREFIXES + """
                SELECT ?from ?to (COUNT(DISTINCT ?c) AS ?n)
                WHERE { ?c a %s ; corr:sentFrom ?from ; corr:sentTo ?to . FILTER(?from != ?to) %s }
                GROUP BY ?from ?to ORDER BY DESC(?n) ?from ?to LIMIT 2000
                """.formatted(ofType, keep));
        Map<String, String> params = new HashMap<>();
        if (!disputedMode.equals("include"))
            params.put("disputedMode", disputedMode);
        if (!type.equals("-"))
            params.put("type", CORR.NS + type);
        QueryRunner runner = new QueryRunner(QuerySource.of(store.dataset()), QueryLibrary.bundled());
        ResultSetRewindable rs = runner.select(QueryLibrary.bundled().resolve("browse/map-routes"), params);
        List<String> drawn = new ArrayList<>();
        rs.forEachRemaining(r -> drawn.add(r.get("from") + " " + r.get("to") + " " + r.getLiteral("n").getLong()));
        assertEquals(rows, counted.size());
        assertEquals(counted, drawn);
    }

    @org.junit.jupiter.api.Test
    void eachRouteStatesItsRowAndTheHeavyRouteCountsSayHowManyPassEachFilterAtEachBand() {
        // Every communication: 2,500 routes reach band 1, all 3,500 band 0, so the unfiltered map reads
        // from row band 1 and skips 1,000 routes. Letters (and messages above them): 2,000 routes of two,
        // 1,500 of one. The disputed calls: 500 routes of one.
        assertEquals(List.of(
                "Communication exclude 0 3500", "Communication exclude 1 2000", "Communication include 0 3500",
                "Communication include 1 2500", "Communication only 0 500",
                "Letter exclude 0 3500", "Letter exclude 1 2000", "Letter include 0 3500", "Letter include 1 2000",
                "Message exclude 0 3500", "Message exclude 1 2000", "Message include 0 3500", "Message include 1 2000",
                "PhoneCall include 0 500", "PhoneCall only 0 500"),
                select(PREFIXES + """
                        SELECT (STRAFTER(STR(?type), "#") AS ?t) ?mode ?b ?m
                        { ?h a corr:HeavyRouteCount ; corr:ofKind ?type ; corr:disputedMode ?mode ; corr:band ?b ; corr:count ?m }
                        ORDER BY ?t ?mode ?b
                        """));
        // 2,000 routes of two letters, one kind count each; 500 of a letter and a disputed call, two kind counts of 1,
        // each stating the route's row of 2.
        assertEquals(List.of("1000 0", "3000 1"), select(PREFIXES + """
                SELECT (COUNT(*) AS ?kindCounts) ?rb { ?x a corr:RouteKindCount ; corr:rowBand ?rb } GROUP BY ?rb ORDER BY ?rb
                """));
        assertEquals(List.of("1000"), select(PREFIXES + """
                SELECT (COUNT(*) AS ?n) { ?x a corr:RouteKindCount ; corr:count 1 ; corr:rowCount 2 }
                """));
    }

    /** Each row's values, space-separated, in the order of the SELECT. */
    private static List<String> select(String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution exec = QueryExecutionFactory.create(query, store.dataset())) {
                ResultSetRewindable rs = org.apache.jena.query.ResultSetFactory.copyResults(exec.execSelect());
                List<String> out = new ArrayList<>();
                rs.forEachRemaining(r -> {
                    List<String> cells = new ArrayList<>();
                    rs.getResultVars().forEach(v -> cells.add(r.get(v).isLiteral() ? r.getLiteral(v).getLexicalForm() : r.get(v).toString()));
                    out.add(String.join(" ", cells));
                });
                return out;
            }
        });
    }

    /**
     * 80 places and the first 3,500 ordered pairs of them: the first 2,500 travelled twice
     * (every fifth by a letter and a disputed phone call, the others by two letters), the other
     * 1,000 once.
     */
    private static String routes() {
        StringBuilder ttl = new StringBuilder("""
                @prefix corr: <https://w3id.org/corrkg/ontology#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix edtf: <http://id.loc.gov/datatypes/edtf/> .
                @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
                @prefix :     <https://w3id.org/corrkg/test/routes/> .
                :register a corr:SourceDocument ; rdfs:label "A register of routes (test data)" .
                :entry a corr:SourcePassage ; rdfs:label "entry 1" ; corr:inDocument :register ; corr:line 1 .
                :writer a corr:Person ; rdfs:label "A writer" .
                :reader a corr:Person ; rdfs:label "A reader" .
                """);
        for (int p = 0; p < 80; p++)
            ttl.append(":place").append(p).append(" a corr:Place ; rdfs:label \"Place ").append(p).append("\" .\n");
        Map<String, Integer> n = new HashMap<>();
        int route = 0;
        for (int from = 0; from < 80 && route < 3500; from++)
            for (int to = 0; to < 80 && route < 3500; to++) {
                if (from == to)
                    continue;
                if (route >= 2500)
                    communication(ttl, n, "Letter", from, to, "Attested");
                else if (route % 5 == 0) {
                    communication(ttl, n, "Letter", from, to, "Attested");
                    communication(ttl, n, "PhoneCall", from, to, "Disputed");
                } else {
                    communication(ttl, n, "Letter", from, to, "Attested");
                    communication(ttl, n, "Letter", from, to, "Attested");
                }
                route++;
            }
        return ttl.toString();
    }

    private static void communication(StringBuilder ttl, Map<String, Integer> n, String kind, int from, int to, String status) {
        int i = n.merge("all", 1, Integer::sum);
        String day = String.format("17%02d-%02d-%02d", i % 100, 1 + i % 12, 1 + i % 28);
        ttl.append(":c").append(i).append(" a corr:").append(kind).append(" ; rdfs:label \"Communication ").append(i)
           .append("\" ; corr:edtf \"").append(day).append("\"^^edtf:EDTF ; corr:earliest \"").append(day)
           .append("\"^^xsd:date ; corr:latest \"").append(day).append("\"^^xsd:date")
           .append(" ; corr:sender :writer ; corr:addressee :reader ; corr:sentFrom :place").append(from)
           .append(" ; corr:sentTo :place").append(to).append(" ; corr:status corr:").append(status).append(" ; corr:evidence :entry .\n");
    }
}
