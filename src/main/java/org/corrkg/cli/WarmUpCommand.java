package org.corrkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Not for users: runs the reading commands once on the store given, discarding what they
 * print, so that this JVM loads the classes they need. The launcher seeds a scratch store with
 * the article in one JVM, then runs this in another with {@code -XX:ArchiveClassesAtExit}, so
 * the archive holds what the reading commands load and not what loading a store does; later
 * runs map those classes from the archive instead of loading them from the jar.
 */
@Command(name = "warm-up", hidden = true, mixinStandardHelpOptions = true, description = {
        "Run the reading commands once on a store and print nothing (for the corrkg launcher's class-data sharing archive)."})
final class WarmUpCommand implements Callable<Integer> {

    /** What users run most, each with the options that reach the most code; EXPORT stands for a scratch file. */
    static final List<List<String>> COMMANDS = List.of(
            List.of("who", "--to", "Khamenei"),
            List.of("who", "--from", "Obama", "--after", "2013", "--reading", "certainly", "--format", "csv"),
            List.of("ties", "--actor", "Rouhani"),
            List.of("stats"),
            List.of("query", "chronology"),
            List.of("query", "from-to", "-p", "sender=Obama", "-p", "recipient=Khamenei", "--format", "json"),
            List.of("search", "Khamenei"),
            List.of("export", "--format", "trig", "-o", "EXPORT"));

    @Spec CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The store to read (the article is loaded into an empty one).")
    Path store;

    @Override
    public Integer call() throws IOException {
        Path export = Files.createTempFile("corrkg-warm-up", ".trig");
        try {
            for (List<String> command : COMMANDS) {
                List<String> args = new ArrayList<>(command);
                args.addAll(1, List.of("--store", store.toString()));
                args.replaceAll(a -> a.equals("EXPORT") ? export.toString() : a);
                StringWriter err = new StringWriter();
                CommandLine cmd = Main.commandLine();
                cmd.setOut(new PrintWriter(Writer.nullWriter()));
                cmd.setErr(new PrintWriter(err));
                int code = cmd.execute(args.toArray(String[]::new));
                if (code != 0) {
                    spec.commandLine().getErr().println("corrkg warm-up: '" + String.join(" ", command) + "' exited with "
                                                        + code + ": " + err.toString().strip());
                    return code;
                }
            }
        } finally {
            Files.deleteIfExists(export);
        }
        return 0;
    }
}
