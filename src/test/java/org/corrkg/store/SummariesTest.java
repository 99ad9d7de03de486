package org.corrkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.corrkg.bench.SyntheticCorpus;
import org.corrkg.query.NamedQuery;
import org.corrkg.query.QueryLibrary;
import org.corrkg.query.QueryRunner;
import org.corrkg.query.QuerySource;
import org.corrkg.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summaries kept at load add up to what counting the communications themselves gives:
 * the browser's summary queries against the detailed ones, on the article, on a synthetic
 * corpus loaded beside it, and on undated communications loaded beside it.
 */
class SummariesTest {

    @TempDir Path dir;

    @Test
    void summariesAgreeWithCountingTheCommunications() throws IOException {
        try (Store store = Store.openSeeded(dir.resolve("store"))) {
            check(store, 38, 41);
            Path letters = dir.resolve("letters.nt");
            try (OutputStream out = Files.newOutputStream(letters)) {
                new SyntheticCorpus(500, 3).write(out);
            }
            new Loader(store).load(List.of(SourceFile.of(letters)));
            check(store, 38 + 500 + 27, -1); // 27 meetings, statements and calls come with the 500 letters
        }
    }

    @Test
    void summariesCountUndatedCommunicationsAndLeaveThemOutOfTheDates() throws IOException {
        try (Store store = Store.openSeeded(dir.resolve("store"))) {
            // Two letters and a call whose date is wholly unknown (EDTF XXXX), one edge each.
            new Loader(store).load(List.of(SourceFile.of(Path.of("src/test/resources/query-cases/undated/undated.ttl"))));
            check(store, 38 + 3, 41 + 3);
            QueryRunner runner = new QueryRunner(QuerySource.of(store.dataset()), QueryLibrary.bundled());
            assertEquals(List.of("from 2006-01-01", "to 2014-11-24"),
                         rows(runner, "counts", "what", "n").stream().filter(r -> r.startsWith("from ") || r.startsWith("to ")).toList());
        }
    }

    private static void check(Store store, int communications, int articleEdges) throws IOException {
        QueryRunner runner = new QueryRunner(QuerySource.of(store.dataset()), QueryLibrary.bundled());
        List<String> counts = rows(runner, "counts", "what", "n");
        assertEquals("communications " + communications, counts.stream().filter(r -> r.startsWith("communications ")).findFirst().orElse(""));
        List<String> summary = sorted(rows(runner, "network-summary", "sender", "recipient", "typeLabel", "disputed", "n"));
        List<String> detail = sorted(rows(runner, "network", "sender", "recipient", "typeLabel", "disputed", "n"));
        assertEquals(detail, summary, "edge counts");
        if (articleEdges > 0)
            assertEquals(articleEdges, summary.stream().mapToInt(r -> Integer.parseInt(r.substring(r.lastIndexOf(' ') + 1))).sum());
    }

    private static List<String> rows(QueryRunner runner, String name, String... vars) throws IOException {
        Path file = Path.of("queries/browse", name + ".rq");
        NamedQuery q = NamedQuery.parse(name, Files.readString(file, StandardCharsets.UTF_8));
        List<String> out = new ArrayList<>();
        runner.select(q, Map.of()).forEachRemaining(s -> {
            List<String> cells = new ArrayList<>();
            for (String v : vars)
                cells.add(s.get(v) == null ? "" : s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.get(v).toString());
            out.add(String.join(" ", cells));
        });
        return out;
    }

    private static List<String> sorted(List<String> rows) {
        List<String> copy = new ArrayList<>(rows);
        copy.sort(null);
        return copy;
    }
}
