package org.corrkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.corrkg.remote.Endpoints;
import org.corrkg.remote.RemoteLoad;
import org.corrkg.remote.RemoteStore;
import org.corrkg.remote.VirtuosoProcess;
import org.corrkg.remote.VirtuosoSkips;
import org.corrkg.source.SourceFile;
import org.corrkg.store.Loader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The query cases against Virtuoso Open Source, a store with a SPARQL dialect of its own,
 * the article loaded into it by corrkg through its Graph Store Protocol endpoint (HTTP Digest).
 * Each library query must give exactly the case's table, as here and at Fuseki
 * ({@link RemoteQueryCasesTest}), those Virtuoso refuses through their portable forms; the
 * text search must be refused by the name of what the store lacks. Skipped where Virtuoso is not installed.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class VirtuosoQueryCasesTest {

    @TempDir static Path dir;
    static VirtuosoProcess virtuoso;
    static RemoteStore remote;
    static final QueryLibrary library = QueryLibrary.bundled();

    @BeforeAll
    static void load() {
        virtuoso = VirtuosoProcess.start(dir.resolve("virtuoso"));
        remote = RemoteStore.connect(endpoints(virtuoso));
        new RemoteLoad(remote).run(s -> new Loader(s).load(SourceFile.bundledGraph()));
    }

    /** Virtuoso's query endpoint, and its Graph Store Protocol endpoint with the writing user's sign-in. */
    static Endpoints endpoints(VirtuosoProcess v) {
        Endpoints e = Endpoints.query(v.sparql()).withGsp(v.gsp());
        return new Endpoints(e.query(), e.update(), e.gsp(), Optional.of(v.signIn()), e.timeout(), e.retry(), false);
    }

    @AfterAll
    static void stop() {
        if (remote != null)
            remote.close();
        if (virtuoso != null)
            virtuoso.close();
    }

    static List<QueryCasesTest.Case> cases() throws java.io.IOException {
        return RemoteQueryCasesTest.cases();
    }

    static final String SELID = VirtuosoSkips.SELID;

    /**
     * The cases whose query Virtuoso refuses, each with the behaviour of Virtuoso's that stops
     * it: its compiler or optimiser fails on the query, so corrkg asks the query's portable form
     * ({@code queries/portable/}) instead, which must give the case's table there too.
     */
    static final Map<String, String> REFUSED = Map.ofEntries(
            Map.entry("browse-communications-count-2013", SELID),
            Map.entry("browse-communications-count-letters-undisputed", SELID), Map.entry("browse-communications-count-letters", SELID),
            Map.entry("browse-communications-count-oman", SELID), Map.entry("browse-communications-count-unfiltered", SELID),
            Map.entry("browse-view-actors-khamenei", SELID), Map.entry("browse-view-actors-letters", SELID),
            Map.entry("browse-view-actors-tehran", SELID), Map.entry("browse-view-counts-2013", SELID),
            Map.entry("browse-view-counts-letters", SELID), Map.entry("browse-network-rouhani", VirtuosoSkips.NETWORK),
            Map.entry("browse-map-places-rouhani", VirtuosoSkips.MAP),
            Map.entry("browse-communications-count-isis", SELID), Map.entry("browse-communications-count-undisputed", SELID),
            Map.entry("browse-view-actors-undisputed", SELID), Map.entry("browse-view-actors-unfiltered", SELID),
            Map.entry("browse-view-counts-undisputed", SELID),
            Map.entry("busiest-pairs-undisputed", VirtuosoSkips.PAIRS), Map.entry("busiest-pairs", VirtuosoSkips.PAIRS));

    /** Every case gives its table, those whose query Virtuoso refuses through the query's portable form, said in a note. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void queryGivesExactlyTheExpectedAnswerAtVirtuoso(QueryCasesTest.Case c) {
        NamedQuery q = library.resolve(c.query());
        assumeTrue(!q.searchesText(), "text search needs jena-text");
        List<String> notes = new java.util.ArrayList<>();
        Table actual = Table.of(new QueryRunner(remote.querySource(), library, notes::add).select(q, c.params()));
        assertEquals(c.comparable(c.expected()), c.comparable(actual), c.name() + " (" + c.query() + " " + c.params() + ") at Virtuoso");
        assertEquals(REFUSED.containsKey(c.name()) ? 1 : 0, notes.size(), c.name() + ": " + notes);
    }

    /**
     * Each case named refused is refused there as such, in one line naming the store: what
     * makes corrkg ask the portable form, and what shows when Virtuoso stops refusing it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theQueriesNamedRefusedAreRefusedThereAsSuch(QueryCasesTest.Case c) {
        assumeTrue(REFUSED.containsKey(c.name()), "answered at Virtuoso");
        NamedQuery q = library.resolve(c.query());
        QuerySource source = remote.querySource();
        RuntimeException e = assertThrows(RuntimeException.class, () -> source.read(() -> {
            try (var exec = source.execution(q.query(), new QueryRunner(source, library).bind(q, c.params()))) {
                return org.apache.jena.query.ResultSetFactory.makeRewindable(exec.execSelect());
            }
        }), c.name());
        assertTrue(source.refusesQuery(e), c.name() + ": " + e);
        assertTrue(e.getMessage().startsWith("The store at " + virtuoso.sparql() + " answered "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    @Test
    void theCasesNamedRefusedAreCasesOfTheArticle() throws java.io.IOException {
        java.util.Set<String> names = new java.util.TreeSet<>();
        cases().forEach(c -> names.add(c.name()));
        java.util.Set<String> known = new java.util.TreeSet<>(REFUSED.keySet());
        assertEquals(new java.util.TreeSet<>(), known.stream().filter(n -> !names.contains(n))
                                                                  .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
    }

    @Test
    void theTextSearchIsRefusedByTheNameOfWhatTheStoreLacks() {
        JenaOnly.Unavailable e = assertThrows(JenaOnly.Unavailable.class,
                () -> new QueryRunner(remote.querySource(), library).select(library.resolve("search"), java.util.Map.of("q", "Jesus")));
        assertEquals("The query needs full-text search (jena-text's text:query), a Jena extension that the store at "
                     + virtuoso.sparql() + " is not known to offer (give --endpoint-text if it runs jena-text)", e.getMessage());
    }
}
