package org.corrkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.corrkg.remote.Endpoints;
import org.corrkg.remote.FusekiProcess;
import org.corrkg.remote.RemoteLoad;
import org.corrkg.remote.RemoteStore;
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
 * The query cases ({@code src/test/resources/query-cases/}) against a store elsewhere: Fuseki
 * in its own JVM, on TDB2 without corrkg's code or a text index, the article loaded into it by
 * corrkg. Each library query must give exactly the case's table, as it does here. Cases that
 * load files beside the article are left to {@link QueryCasesTest}; the text search, which
 * needs jena-text, must be refused by the name of what it lacks.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RemoteQueryCasesTest {

    @TempDir static Path dir;
    static FusekiProcess fuseki;
    static RemoteStore remote;
    static final QueryLibrary library = QueryLibrary.bundled();

    @BeforeAll
    static void load() {
        fuseki = FusekiProcess.start(dir.resolve("fuseki"));
        remote = RemoteStore.connect(Endpoints.query(fuseki.sparql()).withGsp(fuseki.gsp()));
        new RemoteLoad(remote).run(s -> new Loader(s).load(SourceFile.bundledGraph()));
    }

    @AfterAll
    static void stop() {
        remote.close();
        fuseki.close();
    }

    static List<QueryCasesTest.Case> cases() throws java.io.IOException {
        return QueryCasesTest.cases().filter(c -> c.data().isEmpty()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void queryGivesExactlyTheExpectedAnswerAtAStoreElsewhere(QueryCasesTest.Case c) {
        NamedQuery q = library.resolve(c.query());
        assumeTrue(!q.searchesText(), "text search needs jena-text");
        Table actual = Table.of(new QueryRunner(remote.querySource(), library).select(q, c.params()));
        assertEquals(c.comparable(c.expected()), c.comparable(actual), c.name() + " (" + c.query() + " " + c.params() + ") at Fuseki");
    }

    @Test
    void theTextSearchIsRefusedByTheNameOfWhatTheStoreLacks() {
        JenaOnly.Unavailable e = assertThrows(JenaOnly.Unavailable.class,
                () -> new QueryRunner(remote.querySource(), library).select(library.resolve("search"), java.util.Map.of("q", "Jesus")));
        assertEquals("The query needs full-text search (jena-text's text:query), a Jena extension that the store at "
                     + fuseki.sparql() + " is not known to offer (give --endpoint-text if it runs jena-text)", e.getMessage());
    }

    @Test
    void everyCaseOfTheArticleAloneRunsHere() throws java.io.IOException {
        assertEquals(List.of("browse-search-communications-all-nowruz", "browse-search-communications-count-nowruz", "browse-search-communications-evidence",
                             "browse-search-communications-nowruz", "browse-search-names-khamen", "search-jesus"), cases().stream().filter(c -> library.resolve(c.query()).searchesText())
                                                       .map(QueryCasesTest.Case::name).toList());
    }
}
