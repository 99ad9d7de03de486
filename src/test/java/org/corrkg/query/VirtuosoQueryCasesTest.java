package org.corrkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

    static final String COMPILER = "Virtuoso 7.2.5's SPARQL compiler rejects the query (SP031 or an internal SQ156 error)";
    static final String BOOLEAN = "Virtuoso gives a boolean expression's value as 0 or 1";
    static final String TIES = "rows that tie on every ORDER BY key come in another order";
    static final String OTHER = "different rows, not analysed yet";

    /**
     * The cases that do not give their table at Virtuoso yet, each with what is known of why;
     * docs/deploy.md lists them. They are skipped by name, so the report shows each.
     */
    static final Map<String, String> DIFFERS = Map.ofEntries(
            Map.entry("browse-communications-2013-by-sender", COMPILER), Map.entry("browse-communications-khamenei-latest-first", COMPILER),
            Map.entry("browse-communications-letters-by-recipient", COMPILER), Map.entry("browse-communications-muscat", COMPILER),
            Map.entry("browse-communications-rouhani", COMPILER), Map.entry("browse-communications-count-2013", COMPILER),
            Map.entry("browse-communications-count-letters-undisputed", COMPILER), Map.entry("browse-communications-count-letters", COMPILER),
            Map.entry("browse-communications-count-oman", COMPILER), Map.entry("browse-communications-count-unfiltered", COMPILER),
            Map.entry("browse-map-places-before-2013", COMPILER), Map.entry("browse-map-places", COMPILER),
            Map.entry("browse-network-exclude-disputed", COMPILER), Map.entry("browse-network-letters-disputed", COMPILER),
            Map.entry("browse-network-message", COMPILER), Map.entry("browse-network-tehran", COMPILER),
            Map.entry("browse-network-unfiltered", COMPILER), Map.entry("busiest-pairs-undisputed", COMPILER),
            Map.entry("busiest-pairs", COMPILER), Map.entry("ties-of-obama", COMPILER),
            Map.entry("find-name-start-khamenei-inverted", BOOLEAN), Map.entry("find-name-start-tehran", BOOLEAN),
            Map.entry("contested", TIES), Map.entry("editorial-notes", TIES),
            Map.entry("browse-communication-2014-letter", OTHER), Map.entry("browse-communications-all-oman", OTHER),
            Map.entry("browse-network-summary", OTHER), Map.entry("browse-place-oman", OTHER),
            Map.entry("browse-timeline-2010-2012", OTHER), Map.entry("browse-timeline-exclude-disputed", OTHER),
            Map.entry("browse-timeline-isis-2014", OTHER), Map.entry("browse-timeline-message", OTHER),
            Map.entry("browse-timeline-tehran", OTHER), Map.entry("browse-timeline-unfiltered", OTHER),
            Map.entry("claims-letter-2014-10", OTHER), Map.entry("claims", OTHER),
            Map.entry("office-holder-us-president-2006", OTHER), Map.entry("replies", OTHER),
            Map.entry("reply-delays", OTHER), Map.entry("reread-hormuz-letter-not-dated-by-the-claim", OTHER),
            Map.entry("secrecy", OTHER), Map.entry("who-sides-us-iran", OTHER),
            Map.entry("browse-view-actors-khamenei", COMPILER), Map.entry("browse-view-actors-letters", COMPILER),
            Map.entry("browse-view-actors-tehran", COMPILER), Map.entry("browse-view-counts-2013", COMPILER),
            Map.entry("browse-view-counts-letters", COMPILER), Map.entry("browse-view-counts-muscat", COMPILER),
            Map.entry("browse-ego-network-khamenei", BOOLEAN), Map.entry("browse-network-top", BOOLEAN),
            Map.entry("browse-buckets-messages-undisputed", OTHER));

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void queryGivesExactlyTheExpectedAnswerAtVirtuoso(QueryCasesTest.Case c) {
        NamedQuery q = library.resolve(c.query());
        assumeTrue(!q.searchesText(), "text search needs jena-text");
        assumeTrue(!DIFFERS.containsKey(c.name()), "not yet at Virtuoso: " + DIFFERS.get(c.name()));
        Table actual = Table.of(new QueryRunner(remote.querySource(), library).select(q, c.params()));
        assertEquals(c.comparable(c.expected()), c.comparable(actual), c.name() + " (" + c.query() + " " + c.params() + ") at Virtuoso");
    }

    @Test
    void theCasesKnownToDifferAreCasesOfTheArticle() throws java.io.IOException {
        java.util.Set<String> names = new java.util.TreeSet<>();
        cases().forEach(c -> names.add(c.name()));
        assertEquals(new java.util.TreeSet<>(), new java.util.TreeSet<>(DIFFERS.keySet()).stream().filter(n -> !names.contains(n))
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
