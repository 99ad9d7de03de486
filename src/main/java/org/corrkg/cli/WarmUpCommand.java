package org.corrkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Not for users: runs the reading commands once on a scratch store of the bundled article,
 * discarding what they print, so that this JVM loads the classes they need. The launcher runs
 * it once per jar with {@code -XX:ArchiveClassesAtExit}, and later runs map those classes from
 * the archive instead of loading them from the jar.
 */
@Command(name = "warm-up", hidden = true, mixinStandardHelpOptions = true, description = {
        "Run the reading commands once on a scratch store and print nothing (for the corrkg launcher's class-data sharing archive)."})
final class WarmUpCommand implements Callable<Integer> {

    /** What users run most, each with the options that reach the most code: the first seeds the store. */
    static final List<List<String>> COMMANDS = List.of(
            List.of("who", "--to", "Khamenei"),
            List.of("who", "--from", "Obama", "--after", "2013", "--reading", "certainly", "--format", "csv"),
            List.of("ties", "--actor", "Rouhani"),
            List.of("stats"),
            List.of("query", "chronology"),
            List.of("query", "from-to", "-p", "sender=Obama", "-p", "recipient=Khamenei", "--format", "json"),
            List.of("search", "Khamenei"),
            List.of("export", "--format", "trig", "-o", "export.trig"));

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path scratch = Files.createTempDirectory("corrkg-warm-up");
        try {
            for (List<String> command : COMMANDS) {
                List<String> args = new ArrayList<>(command);
                args.addAll(1, List.of("--store", scratch.resolve("store").toString()));
                args.replaceAll(a -> a.equals("export.trig") ? scratch.resolve(a).toString() : a);
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
            try (var paths = Files.walk(scratch)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList())
                    Files.deleteIfExists(p);
            }
        }
        return 0;
    }
}
