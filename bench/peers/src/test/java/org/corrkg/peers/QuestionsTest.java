package org.corrkg.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * Seven letters and a meeting among four persons (src/test/resources/letters.nt), loaded by RDF4J and by
 * a TDB2 loader: both stores pick the same actors and dates, and answer every asserted
 * question with the number of rows worked out by hand.
 */
class QuestionsTest {

    static final Path LETTERS = Path.of("src/test/resources/letters.nt");
    static final String PERSON = "https://w3id.org/corrkg/synthetic/person/";

    @TempDir Path dir;

    /**
     * From the file: Anna Becker (person 0) sent letters 1-3, received 4 and 7 (undated), and
     * met Anna Schmidt (person 3); letter 3 (1750) and the meeting (1752) fall in 1745-1755,
     * and an undated item counts as possibly in any range.
     */
    static final Map<Question, Long> ROWS = new LinkedHashMap<>();
    static {
        ROWS.put(Question.FROM, 4L);        // letters 1, 2, 3 and the meeting
        ROWS.put(Question.TO, 3L);          // letters 4, 7 and the meeting
        ROWS.put(Question.BETWEEN, 2L);     // the meeting, letter 7
        ROWS.put(Question.TIES, 3L);        // Johann Becker, Maria Becker, Anna Schmidt
        ROWS.put(Question.CHRONOLOGY, 3L);  // letter 3, the meeting, letter 7
        ROWS.put(Question.BUSIEST, 7L);     // six pairs by letter, and the meeting adds Anna Becker to Anna Schmidt
        ROWS.put(Question.SEARCH, 2L);      // "Anna Becker 1", "Anna Schmidt 4"
    }

    @Test
    void rdf4jLmdbPicksTheSameAndAnswersEveryQuestion() {
        assertLoads("rdf4j-load", "--store", dir.resolve("lmdb").toString(), LETTERS.toString());
        assertAnswers(store -> new Rdf4jTarget(store, Lmdb.DEFAULT_INDEXES, 60), dir.resolve("lmdb"));
    }

    @Test
    void tdb2PicksTheSameAndAnswersEveryQuestion() {
        assertLoads("tdb2-load", "--loader", "parallel", "--store", dir.resolve("tdb").toString(), LETTERS.toString());
        assertAnswers(store -> JenaTarget.tdb2(store, false, 60_000), dir.resolve("tdb"));
    }

    private static void assertLoads(String... args) {
        assertEquals(0, new CommandLine(new Main()).execute(args));
    }

    private static void assertAnswers(Function<Path, Target> open, Path store) {
        try (Target target = open.apply(store)) {
            Picks picks = Picks.choose(target);
            assertEquals(PERSON + "0", picks.actor());
            assertEquals(4, picks.actorLetters());
            // X's correspondents by communications sent: persons 1 and 3 (2 each, by IRI), person 2 (1); the median is person 3.
            assertEquals(PERSON + "3", picks.other());
            assertEquals(2, picks.otherLetters());
            assertEquals("1745-01-03", picks.after());
            assertEquals("1755-01-03", picks.before());
            assertEquals("Anna", picks.term());
            QueryBench bench = new QueryBench(target, QueryBench.QuerySet.asserted, null, picks);
            ROWS.forEach((q, rows) -> assertEquals(rows, bench.run(q, 0, 2, 10).rows(), q.id()));
        }
    }
}
