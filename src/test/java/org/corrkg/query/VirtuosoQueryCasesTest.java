package org.corrkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void queryGivesExactlyTheExpectedAnswerAtVirtuoso(QueryCasesTest.Case c) {
        NamedQuery q = library.resolve(c.query());
        assumeTrue(!q.searchesText(), "text search needs jena-text");
        Table actual = Table.of(new QueryRunner(remote.querySource(), library).select(q, c.params()));
        assertEquals(c.comparable(c.expected()), c.comparable(actual), c.name() + " (" + c.query() + " " + c.params() + ") at Virtuoso");
    }

    @Test
    void theTextSearchIsRefusedByTheNameOfWhatTheStoreLacks() {
        JenaOnly.Unavailable e = assertThrows(JenaOnly.Unavailable.class,
                () -> new QueryRunner(remote.querySource(), library).select(library.resolve("search"), java.util.Map.of("q", "Jesus")));
        assertEquals("The query needs full-text search (jena-text's text:query), a Jena extension that the store at "
                     + virtuoso.sparql() + " is not known to offer (give --endpoint-text if it runs jena-text)", e.getMessage());
    }
}
