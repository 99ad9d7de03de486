package org.corrkg.peers;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The three query commands: one harness, three targets. */
final class QueryCommands {

    /** Options every query command takes. */
    static final class Options {
        @Option(names = "--warmup", defaultValue = "5", paramLabel = "W", description = "Untimed runs per question (default ${DEFAULT-VALUE}).")
        int warmup;

        @Option(names = "--runs", defaultValue = "30", paramLabel = "R", description = "Timed runs per question (default ${DEFAULT-VALUE}).")
        int runs;

        @Option(names = "--budget", defaultValue = "60", paramLabel = "SECONDS",
                description = "Stop timing a question once its timed runs took this long, with fewer than R runs (default ${DEFAULT-VALUE}).")
        double budget;

        @Option(names = "--timeout", defaultValue = "300", paramLabel = "SECONDS", description = "Longest one query may run (default ${DEFAULT-VALUE}).")
        int timeout;

        @Option(names = "--picks", paramLabel = "FILE",
                description = "Read X, Y, the date range and the search term from FILE; if it does not exist, choose them by count "
                              + "queries on this store and write them there, so the next system is asked the same.")
        Path picksFile;

        @Option(names = "--only", paramLabel = "QUESTION", split = ",",
                description = "Ask only these questions: ${COMPLETION-CANDIDATES}.")
        java.util.List<String> only;

        @Option(names = "--tsv", paramLabel = "FILE", description = "Append one line per question: system, question, rows, runs, p50, p99, mean (ms).")
        Path tsv;

        @Option(names = "--system", paramLabel = "NAME", description = "The system's name in the --tsv lines (default: the command's).")
        String system;

        @Option(names = "--show-queries", description = "Print each bound query before its figures.")
        boolean showQueries;
    }

    static int run(String defaultSystem, Target target, QueryBench.QuerySet set, Path corrkgQueries, Options o) throws IOException {
        String system = o.system == null ? defaultSystem : o.system;
        try (target) {
            Picks picks;
            if (o.picksFile != null && Files.exists(o.picksFile)) {
                picks = Picks.load(o.picksFile);
            } else {
                picks = Picks.choose(target);
                if (o.picksFile != null)
                    picks.save(o.picksFile);
            }
            System.out.println(system + ", " + set + " queries");
            System.out.println(picks.describe());
            System.out.printf(Locale.ROOT, "%-12s %8s %5s %10s %10s %10s%n", "question", "rows", "runs", "p50 ms", "p99 ms", "mean ms");
            QueryBench bench = new QueryBench(target, set, corrkgQueries, picks);
            for (Question q : Question.values()) {
                if (o.only != null && !o.only.contains(q.id()))
                    continue;
                QueryBench.Result r = bench.run(q, o.warmup, o.runs, o.budget);
                if (o.showQueries)
                    System.out.println(r.queryText());
                Timings t = r.timings();
                System.out.printf(Locale.ROOT, "%-12s %8d %5d %10.2f %10.2f %10.2f%n", q.id(), r.rows(), t.runs(), t.p50(), t.p99(), t.mean());
                if (o.tsv != null)
                    Files.writeString(o.tsv, String.format(Locale.ROOT, "%s\t%s\t%d\t%d\t%.2f\t%.2f\t%.2f%n",
                                                           system, q.id(), r.rows(), t.runs(), t.p50(), t.p99(), t.mean()),
                                      StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                System.out.flush();
            }
        }
        return 0;
    }

    @Command(name = "rdf4j-query", mixinStandardHelpOptions = true, description = {
            "Ask an RDF4J LMDB store corrkg's questions, as SPARQL over the asserted triples (this module's queries/), "
            + "and report p50, p99 and mean per question. Text search is FILTER(CONTAINS(...)) over labels: RDF4J's LMDB "
            + "store has no full-text index unless a LuceneSail is stacked on it, and none is here."})
    static final class Rdf4jQuery implements Callable<Integer> {
        @Option(names = "--store", required = true, paramLabel = "DIR") Path store;
        @Option(names = "--indexes", defaultValue = Lmdb.DEFAULT_INDEXES, description = "LMDB triple indexes (default ${DEFAULT-VALUE}).") String indexes;
        @Mixin Options options;

        @Override
        public Integer call() throws IOException {
            return run("rdf4j-lmdb", new Rdf4jTarget(store, indexes, options.timeout), QueryBench.QuerySet.asserted, null, options);
        }
    }

    @Command(name = "tdb2-query", mixinStandardHelpOptions = true, description = {
            "Ask a TDB2 database the same questions with Jena's engine in this process: by default the asserted queries, as "
            + "RDF4J is asked (for a database that tdb2.tdbloader built); with --set corrkg and --union, corrkg's own queries "
            + "on a corrkg store (no text index here: leave out search)."})
    static final class Tdb2Query implements Callable<Integer> {
        @Option(names = "--store", required = true, paramLabel = "DIR") Path store;
        @Option(names = "--union", description = "Read the union of the named graphs as the default graph, as corrkg does.") boolean union;
        @Option(names = "--set", defaultValue = "asserted", description = "Which queries: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).") QueryBench.QuerySet set;
        @Option(names = "--corrkg-queries", defaultValue = "queries", paramLabel = "DIR", description = "corrkg's queries/ (default ${DEFAULT-VALUE}).") Path corrkgQueries;
        @Mixin Options options;

        @Override
        public Integer call() throws IOException {
            return run("tdb2", JenaTarget.tdb2(store, union, options.timeout * 1000L), set, corrkgQueries, options);
        }
    }

    @Command(name = "http-query", mixinStandardHelpOptions = true, description = {
            "Ask a SPARQL endpoint (a running 'corrkg serve') the questions through corrkg's own queries (queries/ at the "
            + "repository's root), one at a time; the times include HTTP and reading the JSON results."})
    static final class HttpQuery implements Callable<Integer> {
        @Option(names = "--endpoint", required = true, paramLabel = "URL") String endpoint;
        @Option(names = "--set", defaultValue = "corrkg", description = "Which queries: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).") QueryBench.QuerySet set;
        @Option(names = "--corrkg-queries", defaultValue = "queries", paramLabel = "DIR", description = "corrkg's queries/ (default ${DEFAULT-VALUE}).") Path corrkgQueries;
        @Mixin Options options;

        @Override
        public Integer call() throws IOException {
            return run("corrkg-http", JenaTarget.http(endpoint), set, corrkgQueries, options);
        }
    }

    private QueryCommands() {}
}
