package org.corrkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.corrkg.bench.InferenceBench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench-inference", hidden = true, mixinStandardHelpOptions = true, description = {
        "Time a query that needs the class hierarchy, on materialised inferences and on Jena's query-time RDFS.",
        "A benchmark for docs/design.md: the median of the timed runs after one warm-up, on a loaded store."})
final class BenchInferenceCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "STORE", description = "A loaded store directory.")
    Path store;

    @Option(names = "--runs", defaultValue = "7", paramLabel = "N", description = "Timed runs of each (default ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        for (InferenceBench.Timing t : InferenceBench.measure(store, runs))
            out.printf("%-58s answer %8d   median %9.1f ms   (min %.1f, max %.1f, %d runs)%n", t.what(), t.answer(), t.median(),
                       t.millis().get(0), t.millis().get(t.millis().size() - 1), t.millis().size());
        return 0;
    }
}
