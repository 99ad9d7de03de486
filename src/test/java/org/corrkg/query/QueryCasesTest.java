package org.corrkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.corrkg.TestStores;
import org.corrkg.server.Server;
import org.corrkg.source.SourceFile;
import org.corrkg.store.Loader;
import org.corrkg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tests as data: each file in {@code src/test/resources/query-cases/} names a query, its
 * parameters and the exact table it must return on the article's data, in order. A case may
 * name files to load beside the article ({@code data:} lines, paths from the project's
 * folder); each set of such files gets a store and a server of its own. A case whose query
 * promises no order ({@code order: none}) is compared row for row after sorting both tables.
 */
class QueryCasesTest {

    static final Path CASES = Path.of("src/test/resources/query-cases");

    @TempDir static Path dir;
    static Store store;
    static QueryLibrary library;

    static Server server;

    /** The stores and servers of the cases that load files beside the article, by those files. */
    static final Map<List<String>, Served> withData = new HashMap<>();

    record Served(Store store, Server server) {}

    @BeforeAll
    static void load() {
        store = TestStores.seeded(dir);
        library = QueryLibrary.bundled();
        server = Server.build(store.dataset(), Server.Settings.local(0, "corrkg")).start();
    }

    @AfterAll
    static void close() {
        server.stop();
        store.close();
        withData.values().forEach(s -> {
            s.server().stop();
            s.store().close();
        });
    }

    record Case(String name, String query, Map<String, String> params, List<String> data, boolean ordered, Table expected) {
        @Override public String toString() { return name; }

        /** The table as compared: in the query's order, or sorted when the query gives none. */
        String comparable(Table t) {
            return ordered ? t.render() : t.sorted().render();
        }
    }

    /** The store a case runs on: the article, with the case's files loaded beside it. */
    private static Served servedFor(Case c) {
        if (c.data().isEmpty())
            return new Served(store, server);
        return withData.computeIfAbsent(c.data(), files -> {
            Store s = TestStores.seeded(dir.resolve("with-data-" + withData.size()));
            new Loader(s).load(files.stream().map(f -> SourceFile.of(Path.of(f))).toList());
            return new Served(s, Server.build(s.dataset(), Server.Settings.local(0, "corrkg")).start());
        });
    }

    static Stream<Case> cases() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.filter(f -> f.toString().endsWith(".case")).sorted().map(QueryCasesTest::read).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void queryGivesExactlyTheExpectedAnswer(Case c) {
        Table actual = Table.of(new QueryRunner(QuerySource.of(servedFor(c).store().dataset()), library)
                                .select(library.resolve(c.query()), c.params()));
        if (!c.comparable(c.expected()).equals(c.comparable(actual)))
            writeActual(c, actual);
        assertEquals(c.comparable(c.expected()), c.comparable(actual), c.name() + " (" + c.query() + " " + c.params() + ")");
    }

    /** The same answer from a SPARQL server over HTTP, as commands get while {@code serve} holds the store. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void queryGivesTheSameAnswerThroughASparqlEndpoint(Case c) {
        QuerySource endpoint = QuerySource.endpoint(servedFor(c).server().sparqlUrl());
        Table actual = Table.of(new QueryRunner(endpoint, library).select(library.resolve(c.query()), c.params()));
        assertEquals(c.comparable(c.expected()), c.comparable(actual), c.name() + " (" + c.query() + " " + c.params() + ") over HTTP");
    }

    /** The cases of a query with a portable form ({@code queries/portable/}), asked of that form: the same table. */
    static Stream<Case> portableCases() throws IOException {
        return cases().filter(c -> library.portable(library.resolve(c.query())).isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("portableCases")
    void thePortableFormGivesExactlyTheExpectedAnswer(Case c) {
        NamedQuery form = library.portable(library.resolve(c.query())).orElseThrow();
        Map<String, String> params = new LinkedHashMap<>(c.params());
        params.keySet().removeIf(n -> form.parameter(n).isEmpty());
        Table actual = Table.of(new QueryRunner(QuerySource.of(servedFor(c).store().dataset()), library).select(form, params));
        assertEquals(c.comparable(c.expected()), c.comparable(actual), c.name() + " (" + form.name() + " " + params + ")");
    }

    /**
     * A portable form asks the same question: it declares its query's parameters, each of the
     * same kind, but those that only narrow the counts kept at load (named here).
     */
    @Test
    void aPortableFormDeclaresItsQuerysParameters() {
        Map<String, String> onlyForSummaries = Map.of("browse/view-actors", "fromBand");
        List<String> forms = new ArrayList<>();
        for (NamedQuery form : library.under(QueryLibrary.PORTABLE)) {
            NamedQuery main = library.resolve(form.name().substring(QueryLibrary.PORTABLE.length()));
            List<String> expected = main.parameters().stream().filter(p -> !p.name().equals(onlyForSummaries.get(main.name())))
                                        .map(Parameter::toString).toList();
            assertEquals(expected, form.parameters().stream().map(Parameter::toString).toList(), form.name());
            forms.add(main.name());
        }
        assertEquals(List.of("browse/communications-count", "browse/map-places", "browse/network", "browse/view-actors", "browse/view-counts", "busiest-pairs"), forms);
    }

    @Test
    void everyQueryInTheLibraryHasACase() throws IOException {
        Set<String> tested = new TreeSet<>();
        cases().forEach(c -> tested.add(c.query()));
        // A portable form is asked with each case of its query.
        portableCases().forEach(c -> tested.add(QueryLibrary.PORTABLE + c.query()));
        Set<String> untested = new TreeSet<>();
        library.all().forEach(q -> { if (!tested.contains(q.name())) untested.add(q.name()); });
        assertTrue(untested.isEmpty(), "queries without a test case: " + untested);
    }

    /** Leaves the actual table next to the build output, to compare with the case by eye. */
    private static void writeActual(Case c, Table actual) {
        try {
            Path out = Path.of("target/query-cases-actual", c.name() + ".txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, actual.render(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Case read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String query = null;
            Map<String, String> params = new LinkedHashMap<>();
            List<String> data = new ArrayList<>();
            boolean ordered = true;
            List<String> table = new ArrayList<>();
            boolean inTable = false;
            for (String line : lines) {
                if (inTable) {
                    if (!line.isBlank()) table.add(line);
                } else if (line.startsWith("query:")) {
                    query = line.substring(6).trim();
                } else if (line.startsWith("param:")) {
                    String[] kv = line.substring(6).trim().split("=", 2);
                    params.put(kv[0], kv[1]);
                } else if (line.startsWith("data:")) {
                    data.add(line.substring(5).trim());
                } else if (line.startsWith("order:")) {
                    String order = line.substring(6).trim();
                    if (!order.equals("none"))
                        throw new IllegalArgumentException(file + ": 'order:' takes only 'none', not '" + order + "'");
                    ordered = false;
                } else if (line.startsWith("expect:")) {
                    inTable = true;
                }
            }
            String name = file.getFileName().toString().replace(".case", "");
            return new Case(name, query, params, List.copyOf(data), ordered, Table.parse(table));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
