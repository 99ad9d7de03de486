package org.corrkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

import org.corrkg.CorrkgException;
import org.junit.jupiter.api.Test;

class QueryLibraryTest {

    final QueryLibrary library = QueryLibrary.bundled();

    @Test
    void everyQueryParsesAndHasATitleAPurposeAndItsOwnPrefixes() {
        assertEquals(71, library.all().size(), "37 in queries/, 26 in queries/browse/, 2 in queries/store/, 6 in queries/portable/");
        for (NamedQuery q : library.all()) {
            assertFalse(q.title().isBlank(), q.name());
            assertFalse(q.purpose().isBlank(), q.name() + " has no purpose");
            assertTrue(q.text().contains("PREFIX "), q.name() + " declares no PREFIX");
            assertEquals(q, library.resolve(q.name()), q.name() + " is reachable by name");
        }
    }

    @Test
    void onlyTheSearchQuerySearchesTheTextIndex() {
        // Commands open a store's text index only for a query that searches it: who, ties, stats and the lookups do not.
        assertEquals(List.of("browse/search-communications-all", "browse/search-communications-count", "browse/search-communications", "browse/search-names", "search"), library.all().stream().filter(NamedQuery::searchesText).map(NamedQuery::name).toList());
        assertTrue(NamedQuery.parseFile("full.rq", "SELECT * { ?s <http://jena.apache.org/text#query> 'x' }").searchesText());
        assertFalse(NamedQuery.parseFile("plain.rq", "SELECT * { ?s ?p 'text:query' }").searchesText());
    }

    @Test
    void aNameOutsideTheLibraryIsNotLookedUpInIt() {
        CorrkgException e = assertThrows(CorrkgException.class, () -> library.resolve("../data/actors"));
        assertTrue(e.getMessage().startsWith("No query named '../data/actors'. Known queries: attestations, between, browse/"), e.getMessage());
    }

    @Test
    void everyDeclaredParameterIsAVariableOfTheQuery() {
        List<NamedQuery> all = library.all();
        assertFalse(all.isEmpty());
        for (NamedQuery q : all) {
            Set<String> variables = variables(q.query());
            for (Parameter p : q.parameters())
                assertTrue(variables.contains(p.name()),
                           q.name() + " declares ?" + p.name() + " but the parsed query has no such variable: " + variables);
        }
    }

    @Test
    void aParameterNamedOnlyInTheHeaderIsNotAVariableOfTheQuery() {
        NamedQuery q = NamedQuery.parse("ghost", """
                # # Ghost
                # **Parameters:**
                # - `?ghost` (actor): named here and in a comment below, used nowhere
                SELECT ?s WHERE {
                  # ?ghost
                  ?s ?p ?o FILTER(?o != "?ghost")
                }
                """);
        assertEquals(List.of("ghost"), q.parameters().stream().map(Parameter::name).toList());
        assertEquals(Set.of("s", "p", "o"), variables(q.query()));
    }

    /**
     * The names of every variable in the parsed query (comments are gone by then): in the
     * pattern, sub-queries, expressions, the projection, grouping and ordering. The node
     * transform Jena uses for parameter substitution sees each of them.
     */
    private static Set<String> variables(Query query) {
        Set<String> names = new TreeSet<>();
        QueryTransformOps.transform(query, node -> {
            if (node.isVariable())
                names.add(node.getName());
            return node;
        });
        return names;
    }

    @Test
    void theHeaderGivesParametersWithKindAndWhetherOptional() {
        NamedQuery q = library.resolve("from-to");
        assertEquals("Communications from one actor to another", q.title());
        assertEquals(List.of("?sender (actor)", "?recipient (actor)", "?includeDisputed (boolean, optional)"),
                     q.parameters().stream().map(Parameter::toString).toList());
    }

    @Test
    void anUnknownQueryNameIsAnErrorThatListsTheKnownOnes() {
        CorrkgException e = assertThrows(CorrkgException.class, () -> library.resolve("who-wrote"));
        assertTrue(e.getMessage().startsWith("No query named 'who-wrote'. Known queries: attestations, between,"), e.getMessage());
    }

    @Test
    void aQueryWithoutATitleIsRejected() {
        CorrkgException e = assertThrows(CorrkgException.class, () -> NamedQuery.parse("bare", "SELECT * { ?s ?p ?o }"));
        assertEquals("bare: the query has no '# # Title' header line", e.getMessage());
    }

    @Test
    void aBrokenQueryIsRejectedWithItsName() {
        CorrkgException e = assertThrows(CorrkgException.class, () -> NamedQuery.parse("broken", "# # Broken\nSELECT * { ?s ?p }"));
        assertTrue(e.getMessage().startsWith("broken: "), e.getMessage());
    }
}
