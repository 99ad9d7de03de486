package org.corrkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.corrkg.bench.SyntheticCorpus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "generate", mixinStandardHelpOptions = true, description = {
        "Write a synthetic corpus of letters for benchmarks, as N-Triples in the corrkg ontology.",
        "N letters among N/20 actors, about a third of them replies, with uncertain dates, places, topics, "
        + "summaries and disputed claims, and about one meeting, statement or call per 32 letters "
        + "(docs/corpus.md). It is deterministic: the same --letters and --seed always give the same file, "
        + "written as it is drawn, so memory does not grow with N. Load it with 'corrkg load'."})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--letters", required = true, paramLabel = "N", description = "How many letters (other communications come on top).")
    int letters;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "The .nt file to write.")
    Path out;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        if (letters < 1)
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--letters': " + letters + " is not a number of letters (1 or more)");
        OutputFile.write(out, os -> new SyntheticCorpus(letters, seed).write(os));
        return 0;
    }
}
