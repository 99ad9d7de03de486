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
 * ({@link RemoteQueryCasesTest}); the text search must be refused by the name of what the
 * store lacks. Skipped where Virtuoso is not installed.
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
     * The cases that do not give their table at Virtuoso, each with the behaviour of Virtuoso's
     * that stops it: all refused by its compiler, so corrkg says so in one line (no case gives
     * other rows there); docs/deploy.md lists them. They are skipped by name, so the report
     * shows each.
     */
    static final Map<String, String> DIFFERS = Map.ofEntries(
            Map.entry("browse-communications-count-2013", SELID),
            Map.entry("browse-communications-count-letters-undisputed", SELID), Map.entry("browse-communications-count-letters", SELID),
            Map.entry("browse-communications-count-oman", SELID), Map.entry("browse-communications-count-unfiltered", SELID),
            Map.entry("browse-view-actors-khamenei", SELID), Map.entry("browse-view-actors-letters", SELID),
            Map.entry("browse-view-actors-tehran", SELID), Map.entry("browse-view-counts-2013", SELID),
            Map.entry("browse-view-counts-letters", SELID), Map.entry("browse-view-counts-muscat", SELID),
            Map.entry("browse-communications-count-isis", SELID), Map.entry("browse-communications-count-undisputed", SELID),
            Map.entry("browse-view-actors-undisputed", SELID), Map.entry("browse-view-actors-unfiltered", SELID),
            Map.entry("browse-view-counts-isis", SELID), Map.entry("browse-view-counts-undisputed", SELID),
            Map.entry("busiest-pairs-undisputed", VirtuosoSkips.PAIRS), Map.entry("busiest-pairs", VirtuosoSkips.PAIRS));

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void queryGivesExactlyTheExpectedAnswerAtVirtuoso(QueryCasesTest.Case c) {
        NamedQuery q = library.resolve(c.query());
        assumeTrue(!q.searchesText(), "text search needs jena-text");
        assumeTrue(!DIFFERS.containsKey(c.name()), "not at Virtuoso 7.2.5: " + DIFFERS.get(c.name()));
        Table actual = Table.of(new QueryRunner(remote.querySource(), library).select(q, c.params()));
        assertEquals(c.comparable(c.expected()), c.comparable(actual), c.name() + " (" + c.query() + " " + c.params() + ") at Virtuoso");
    }

    /** A wrong answer is worse than none: each case skipped is refused there, in one line naming the store. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theCasesSkippedAreRefusedNotAnsweredOtherwise(QueryCasesTest.Case c) {
        assumeTrue(DIFFERS.containsKey(c.name()), "answered at Virtuoso");
        NamedQuery q = library.resolve(c.query());
        org.corrkg.remote.RemoteFailure e = assertThrows(org.corrkg.remote.RemoteFailure.class,
                () -> new QueryRunner(remote.querySource(), library).select(q, c.params()), c.name());
        assertTrue(e.getMessage().startsWith("The store at " + virtuoso.sparql() + " answered "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    @Test
    void theCasesKnownToDifferAreCasesOfTheArticle() throws java.io.IOException {
        java.util.Set<String> names = new java.util.TreeSet<>();
        cases().forEach(c -> names.add(c.name()));
        java.util.Set<String> known = new java.util.TreeSet<>(DIFFERS.keySet());
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
