package org.corrkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.system.Txn;
import org.corrkg.TestStores;
import org.corrkg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How a query is written for a store elsewhere: the one-row VALUES the browser page binds its
 * parameters with, substituted where that changes nothing else ({@link RemoteBinding#inlineValues}),
 * and logic with a constant side written as what it comes to ({@link RemoteBinding#standard}).
 * Each browser query, bound as the page binds it, gives the same rows both ways on the article.
 */
class RemoteBindingTest {

    static final String P = "PREFIX : <http://example.org/> ";

    @TempDir static Path dir;
    static Store store;

    @BeforeAll
    static void open() {
        store = TestStores.seeded(dir);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Query sent(String query) {
        return RemoteBinding.standard(RemoteBinding.inlineValues(QueryFactory.create(P + query)));
    }

    @Test
    void aOneRowValuesOpeningTheWhereIsSubstitutedAndAnUnboundParameterStaysUnbound() {
        assertEquals(QueryFactory.create(P + "SELECT ?c { ?c a :Letter FILTER(!BOUND(?actor) || EXISTS { ?c :party ?actor }) "
                                         + "FILTER EXISTS { ?c a :Letter } }"),
                     sent("SELECT ?c { VALUES (?type ?actor) { (:Letter UNDEF) } ?c a ?type "
                          + "FILTER(!BOUND(?actor) || EXISTS { ?c :party ?actor }) FILTER(!BOUND(?type) || EXISTS { ?c a ?type }) }"));
    }

    @Test
    void aValueTheQueryReadsBeyondItsWhereIsBoundAtItsEnd() {
        assertEquals(QueryFactory.create(P + "SELECT ?c ?type { ?c a :Letter BIND(:Letter AS ?type) }"),
                     sent("SELECT ?c ?type { VALUES ?type { :Letter } ?c a ?type }"));
        assertEquals(QueryFactory.create(P + "SELECT (COUNT(*) AS ?n) { ?c a :Letter BIND(:Letter AS ?type) } GROUP BY ?type"),
                     sent("SELECT (COUNT(*) AS ?n) { VALUES ?type { :Letter } ?c a ?type } GROUP BY ?type"));
    }

    @Test
    void eachSubqueryOpeningWithValuesIsSubstitutedOnItsOwn() {
        assertEquals(QueryFactory.create(P + "SELECT ?c ?n { { SELECT ?c { ?c a :Letter } } { SELECT (COUNT(*) AS ?n) { ?x a :Letter } } }"),
                     sent("SELECT ?c ?n { { SELECT ?c { VALUES ?t { :Letter } ?c a ?t } } "
                          + "{ SELECT (COUNT(*) AS ?n) { VALUES ?t { :Letter } ?x a ?t } } }"));
    }

    /** Where substituting would change the answer, or is not what the page sends, the query goes as it is. */
    @Test
    void valuesThatSubstitutionWouldChangeAreLeftAsTheyAre() {
        for (String q : List.of(
                "SELECT ?c { ?c a ?type VALUES ?type { :Letter } }",
                "SELECT ?c { VALUES ?type { :Letter :Call } ?c a ?type }",
                "SELECT ?c { VALUES ?type { :Letter } ?c a ?type MINUS { ?c :kind ?type } }",
                "SELECT ?c { VALUES ?type { :Letter } ?c a ?type { SELECT ?type { ?type a :Class } } }",
                "SELECT ?c { VALUES ?type { :Letter } ?c a ?type { SELECT ?k { BIND(COALESCE(?type, :Thing) AS ?k) } } }",
                "SELECT ?c { VALUES ?type { :Letter } ?c a ?type VALUES ?type { :Call } }",
                "SELECT ?c { VALUES ?type { :Letter } SERVICE <http://example.org/sparql> { ?c a ?type } }",
                "SELECT ?c { { VALUES ?type { :Letter } FILTER(BOUND(?type)) } ?c a ?type }",
                "ASK { VALUES ?type { :Letter } ?c a ?type }")) {
            Query query = QueryFactory.create(P + q);
            assertSame(query, RemoteBinding.inlineValues(query), q);
        }
    }

    /** The timeline under a type, which Virtuoso 7.2.5 refused with the VALUES row ("transitive derived table"): sent without it. */
    @Test
    void theTimelineUnderATypeIsSentWithTheTypeInPlace() {
        NamedQuery timeline = QueryLibrary.bundled().resolve("browse/timeline");
        Query sent = RemoteBinding.standard(RemoteBinding.inlineValues(QueryFactory.create(
                pageBound(timeline, Map.of("type", "<https://w3id.org/corrkg/ontology#Letter>")))));
        assertEquals(false, sent.toString().contains("VALUES ( ?type"), sent.toString());
        assertTrue(sent.toString().contains("FILTER ( ( ?by = \"type\" ) || EXISTS { ?c  rdf:type  corr:Letter } )"), sent.toString());
    }

    @Test
    void logicWithAConstantSideIsWrittenAsWhatItComesTo() {
        assertEquals(QueryFactory.create(P + "SELECT ?c { ?c a :Letter FILTER EXISTS { ?c :to :x } FILTER(?c != :y) FILTER(true) FILTER(false) }"),
                     RemoteBinding.standard(QueryFactory.create(P + "SELECT ?c { ?c a :Letter FILTER(!true || EXISTS { ?c :to :x }) "
                                                                + "FILTER(true && ?c != :y) FILTER(?c = :z || !false) FILTER(false && ?c = :z) }")));
        // An expression with no constant side is left as it is.
        Query open = QueryFactory.create(P + "SELECT ?c { ?c :p ?a FILTER(!?a || ?c = :z) }");
        assertEquals(open, RemoteBinding.standard(open));
    }

    /** The page's parameter rows: a type, an actor, a topic, a place, a span of dates, disputed ones left out or alone, none. */
    static Stream<Object[]> pageQueries() {
        String id = "<https://w3id.org/corrkg/id/", ns = "<https://w3id.org/corrkg/ontology#";
        String day = "\"%s\"^^<http://www.w3.org/2001/XMLSchema#date>";
        List<Map<String, String>> rows = List.of(
                Map.of(), Map.of("type", ns + "Letter>"), Map.of("actor", id + "rouhani>"), Map.of("topic", "<https://w3id.org/corrkg/topic/isis>"),
                Map.of("place", id + "tehran>"), Map.of("after", String.format(day, "2012-12-31"), "before", String.format(day, "2014-01-01")),
                Map.of("disputedMode", "\"exclude\"", "type", ns + "Letter>"), Map.of("disputedMode", "\"only\""), Map.of("actor", id + "obama>", "sort", "\"recipient\""));
        List<Object[]> all = new ArrayList<>();
        for (NamedQuery q : QueryLibrary.bundled().under("browse/"))
            if (!q.searchesText() && q.text().contains("# parameters"))
                for (Map<String, String> row : rows)
                    if (q.parameters().stream().map(Parameter::name).collect(Collectors.toSet()).containsAll(row.keySet()))
                        all.add(new Object[] {q.name(), row, pageBound(q, row)});
        return all.stream();
    }

    /** The query's text as the page binds it: a VALUES row of every declared parameter on each "# parameters" line. */
    static String pageBound(NamedQuery q, Map<String, String> row) {
        String vars = q.parameters().stream().map(p -> "?" + p.name()).collect(Collectors.joining(" "));
        String values = q.parameters().stream().map(p -> row.getOrDefault(p.name(), "UNDEF")).collect(Collectors.joining(" "));
        return q.text().replaceAll("(?m)^(\\s*)# parameters$", "$1VALUES (" + vars + ") { (" + values + ") }");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pageQueries")
    void thePagesQueriesGiveTheSameRowsWrittenForAStoreElsewhere(String name, Map<String, String> row, String text) {
        Query asBound = QueryFactory.create(text), sent = RemoteBinding.standard(RemoteBinding.inlineValues(asBound));
        ResultSetRewindable before = rows(asBound), after = rows(sent);
        assertTrue(ResultSetCompare.equalsByTerm(before, after), name + " " + row + ": " + before.size() + " rows, then " + after.size());
    }

    private static ResultSetRewindable rows(Query q) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution exec = QueryExecution.dataset(store.dataset()).query(q).build()) {
                return ResultSetFactory.makeRewindable(exec.execSelect());
            }
        });
    }
}
