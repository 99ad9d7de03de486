package org.corrkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.corrkg.bench.SyntheticCorpus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true, description = {
        "Write a synthetic corpus of letters for benchmarks, as N-Triples in the corrkg ontology.",
        "It is deterministic: the same --letters and --seed always give the same file. Load it with "
        + "'corrkg load'."})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--letters", required = true, paramLabel = "N", description = "How many letters.")
    int letters;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "The .nt file to write.")
    Path out;

    @Override
    public Integer call() throws IOException {
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            new SyntheticCorpus(letters, seed).write(os);
        }
        return 0;
    }
}
