package org.corrkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
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
 * The question set: each file in {@code src/test/resources/questions/} asks, in plain words,
 * something a historian or journalist would ask of the article, gives the SPARQL that answers
 * it in corrkg's vocabulary, and the exact answer, every row in order. All of them run on one
 * store seeded with the article. The format is described in that folder's README.md.
 */
class QuestionSetTest {

    static final Path QUESTIONS = Path.of("src/test/resources/questions");

    @TempDir static Path dir;
    static Store store;

    @BeforeAll
    static void load() {
        store = TestStores.seeded(dir);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    record Question(String name, String text, String sparql, Table expected) {
        @Override public String toString() { return name; }
    }

    static Stream<Question> questions() throws IOException {
        try (Stream<Path> files = Files.list(QUESTIONS)) {
            return files.filter(f -> f.toString().endsWith(".question")).sorted().map(QuestionSetTest::read).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    void theQueryGivesExactlyTheExpectedAnswer(Question q) {
        Table actual = answer(q);
        String diff = difference(q.expected(), actual);
        if (!diff.isEmpty())
            writeActual(q, actual);
        assertTrue(diff.isEmpty(), q.name() + ": " + q.text() + "\n" + diff);
    }

    @Test
    void thereAreAtLeastTwentyFiveQuestionsEachWithItsWordsQueryAndAnswer() throws IOException {
        List<Question> all = questions().toList();
        assertTrue(all.size() >= 25, "only " + all.size() + " questions");
        for (Question q : all) {
            assertFalse(q.text().isBlank(), q.name() + " has no question:");
            assertFalse(q.expected().header().isEmpty(), q.name() + " has no expect: header");
            assertEquals(QueryFactory.create(q.sparql()).getResultVars(), q.expected().header(),
                         q.name() + ": the expect: header names the query's columns in order");
        }
    }

    /** Rows come in the order the answer states, so a query with several rows must fix it. */
    @Test
    void everyAnswerOfSeveralRowsComesFromAnOrderedQuery() throws IOException {
        for (Question q : questions().toList())
            if (q.expected().rows().size() > 1)
                assertTrue(q.sparql().toUpperCase(Locale.ROOT).contains("ORDER BY"), q.name() + " has several rows but no ORDER BY");
    }

    /** The comparison can fail: a changed cell, a missing row or two rows swapped is a difference. */
    @Test
    void aChangedMissingOrMovedRowIsADifference() throws IOException {
        for (Question q : questions().toList()) {
            Table right = q.expected();
            List<List<String>> rows = right.rows();
            List<List<String>> changed = new ArrayList<>(rows);
            if (rows.isEmpty()) {
                changed.add(right.header().stream().map(h -> "x").toList());
            } else {
                List<String> last = new ArrayList<>(rows.get(rows.size() - 1));
                last.set(last.size() - 1, last.get(last.size() - 1) + "x");
                changed.set(rows.size() - 1, last);
            }
            assertFalse(difference(right, new Table(right.header(), changed)).isEmpty(), q.name() + ": a changed cell");
            if (!rows.isEmpty())
                assertFalse(difference(right, new Table(right.header(), rows.subList(1, rows.size()))).isEmpty(),
                            q.name() + ": a missing row");
            if (rows.size() > 1 && !rows.get(0).equals(rows.get(1))) {
                List<List<String>> swapped = new ArrayList<>(rows);
                swapped.set(0, rows.get(1));
                swapped.set(1, rows.get(0));
                assertFalse(difference(right, new Table(right.header(), swapped)).isEmpty(), q.name() + ": two rows swapped");
            }
        }
    }

    private static Table answer(Question q) {
        Query query = QueryFactory.create(q.sparql());
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution exec = QueryExecution.dataset(store.dataset()).query(query).build()) {
                return Table.of(exec.execSelect());
            }
        });
    }

    /** Empty when the tables agree row by row; otherwise the rows that differ, and both tables. */
    static String difference(Table expected, Table actual) {
        if (expected.render().equals(actual.render()))
            return "";
        List<String> e = expected.render().lines().toList();
        List<String> a = actual.render().lines().toList();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
            String el = i < e.size() ? e.get(i) : "(no row)";
            String al = i < a.size() ? a.get(i) : "(no row)";
            if (!el.equals(al))
                sb.append(i == 0 ? "header" : "row " + i).append("\n  expected: ").append(el).append("\n  actual:   ").append(al).append('\n');
        }
        return sb.append("expected ").append(e.size() - 1).append(" rows, got ").append(a.size() - 1)
                 .append("; the actual table is in target/questions-actual/").toString();
    }

    private static void writeActual(Question q, Table actual) {
        try {
            Path out = Path.of("target/questions-actual", q.name() + ".txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, actual.render(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Question read(Path file) {
        try {
            String text = null;
            StringBuilder sparql = new StringBuilder();
            List<String> table = new ArrayList<>();
            String section = "";
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (section.equals("expect")) {
                    if (!line.isBlank()) table.add(line);
                } else if (line.startsWith("question:")) {
                    text = line.substring("question:".length()).trim();
                } else if (line.startsWith("sparql:")) {
                    section = "sparql";
                } else if (line.startsWith("expect:")) {
                    section = "expect";
                } else if (section.equals("sparql")) {
                    sparql.append(line).append('\n');
                }
            }
            String name = file.getFileName().toString().replace(".question", "");
            if (text == null || sparql.isEmpty() || table.isEmpty())
                throw new IllegalStateException(file + ": needs a question: line, a sparql: block and an expect: table");
            return new Question(name, text, sparql.toString(), Table.parse(table));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
