package org.corrkg.peers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;

/**
 * Asks a target each question: the bound text once to count its rows, up to {@code warmup}
 * untimed runs (fewer once they have used half the question's time budget), then up to
 * {@code runs} timed ones (fewer once these have used the whole budget), reading every row
 * each time; a timed run that counts other rows than the first is an error.
 */
final class QueryBench {

    /** Where a question's query text comes from: this module's asserted queries, or corrkg's own. */
    enum QuerySet { asserted, corrkg }

    record Result(Question question, long rows, Timings timings, String queryText) {}

    private final Target target;
    private final QuerySet set;
    private final Path corrkgQueries;
    private final Picks picks;

    QueryBench(Target target, QuerySet set, Path corrkgQueries, Picks picks) {
        this.target = target;
        this.set = set;
        this.corrkgQueries = corrkgQueries;
        this.picks = picks;
    }

    String boundText(Question q) {
        Map<String, Node> bindings = new LinkedHashMap<>();
        q.parameters.forEach(p -> bindings.put(p.variable(), picks.node(p.pick())));
        return set == QuerySet.asserted
                ? Binder.bind(Resources.text("queries/" + q.assertedFile), bindings, 0)
                : Binder.bind(Resources.text(corrkgQueries.resolve(q.corrkgFile)), bindings, q.corrkgLimit);
    }

    Result run(Question q, int warmup, int runs, double budgetSeconds) {
        String text = boundText(q);
        long budget = (long) (budgetSeconds * 1e9);
        long start0 = System.nanoTime();
        long rows = target.count(text);
        for (int i = 0; i < warmup && System.nanoTime() - start0 < budget / 2; i++)
            target.count(text);
        List<Long> times = new ArrayList<>();
        long spent = 0;
        for (int i = 0; i < runs && spent < budget; i++) {
            long start = System.nanoTime();
            long n = target.count(text);
            long took = System.nanoTime() - start;
            if (n != rows)
                throw new IllegalStateException(q.id() + ": " + n + " rows on a timed run, " + rows + " on the first");
            times.add(took);
            spent += took;
        }
        return new Result(q, rows, new Timings(times.stream().mapToLong(Long::longValue).toArray()), text);
    }
}
