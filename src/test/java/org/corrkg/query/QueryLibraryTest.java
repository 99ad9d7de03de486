package org.corrkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.corrkg.CorrkgException;
import org.junit.jupiter.api.Test;

class QueryLibraryTest {

    final QueryLibrary library = QueryLibrary.bundled();

    @Test
    void everyQueryParsesAndHasATitleAPurposeAndItsOwnPrefixes() {
        assertEquals(40, library.all().size(), "29 in queries/, 11 in queries/browse/");
        for (NamedQuery q : library.all()) {
            assertFalse(q.title().isBlank(), q.name());
            assertFalse(q.purpose().isBlank(), q.name() + " has no purpose");
            assertTrue(q.text().contains("PREFIX "), q.name() + " declares no PREFIX");
            assertEquals(q, library.resolve(q.name()), q.name() + " is reachable by name");
        }
    }

    @Test
    void everyDeclaredParameterIsAVariableOfTheQuery() {
        for (NamedQuery q : library.all())
            for (Parameter p : q.parameters())
                assertTrue(q.text().contains("?" + p.name()), q.name() + " declares ?" + p.name() + " but does not use it");
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
