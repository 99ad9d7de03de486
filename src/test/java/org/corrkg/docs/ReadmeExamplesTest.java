package org.corrkg.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.corrkg.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import picocli.CommandLine;

/**
 * The README's examples are tests: every {@code ./corrkg} line of its fenced code blocks,
 * and every {@code ./corrkg} example in its inline code without a placeholder such as FILE,
 * runs against a scratch store and exits 0. {@code serve} runs in a second JVM and is stopped
 * once it serves; a shell pipe or redirection after the command is left out, and files the
 * examples write go to a temporary directory.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ReadmeExamplesTest {

    static final Path README = Path.of("README.md");
    private static final Pattern INLINE = Pattern.compile("`(\\./corrkg [^`]*)`");
    private static final Pattern PLACEHOLDER = Pattern.compile("[A-Z]+(\\.\\.\\.)?|\\[.*");

    @TempDir static Path dir;
    static Path store;

    /** One example: its line in the README and its words as the shell would split them. */
    record Example(int line, String text, List<String> args) {
        @Override public String toString() { return "README.md:" + line + ": " + text; }
    }

    @BeforeAll
    static void seed() {
        store = dir.resolve("store");
        assertEquals(0, run(List.of("load", "--store", store.toString())).code());
    }

    static Stream<Example> examples() throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        List<Example> out = new ArrayList<>();
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                if (line.startsWith("./corrkg "))
                    out.add(example(i + 1, line));
                continue;
            }
            Matcher m = INLINE.matcher(line);
            while (m.find()) {
                Example e = example(i + 1, m.group(1));
                if (e.args().stream().noneMatch(a -> PLACEHOLDER.matcher(a).matches()))
                    out.add(e);
            }
        }
        return out.stream();
    }

    @Test
    void theReadmeHasExamplesOfEveryCommandUsersStartWith() throws IOException {
        List<String> commands = examples().map(e -> e.args().get(0)).distinct().sorted().toList();
        assertEquals(List.of("--help", "--version", "export", "import", "load", "query", "search", "serve", "stats", "validate", "who"), commands);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleRunsAndExitsZero(Example example) throws Exception {
        List<String> args = new ArrayList<>(example.args());
        CommandLine command = Main.commandLine().getSubcommands().get(args.get(0));
        if (command != null && command.getCommandSpec().findOption("--store") != null) {
            args.add(1, "--store");
            args.add(2, store.toString());
        }
        for (int i = 1; i < args.size(); i++)
            if (args.get(i - 1).equals("--out") || args.get(i - 1).equals("-o"))
                args.set(i, dir.resolve(Path.of(args.get(i)).getFileName()).toString());
        if (args.get(0).equals("serve")) {
            serve(args);
            return;
        }
        Run r = run(args);
        assertEquals(0, r.code(), example + "\n" + r.err());
    }

    record Run(int code, String out, String err) {}

    /** Runs a command in this JVM; what it writes to standard output (exports do) is kept, not printed. */
    static Run run(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        PrintStream stdout = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            int code = cmd.execute(args.toArray(String[]::new));
            return new Run(code, out + bytes.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(stdout);
        }
    }

    /** Runs serve in a second JVM on a free port, waits until it serves, then stops it as Ctrl-C would. */
    private static void serve(List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                                       "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        command.addAll(List.of("--port", "0"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            StringBuilder seen = new StringBuilder();
            String line;
            while ((line = lines.readLine()) != null && !line.startsWith("Press Ctrl-C"))
                seen.append(line).append('\n');
            assertTrue(line != null, "serve stopped before serving:\n" + seen);
            p.destroy();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "serve stops on SIGTERM");
        } finally {
            p.destroyForcibly();
        }
    }

    /** Splits a line as a shell would (quotes, comments), and drops pipes and redirections after the command. */
    static Example example(int line, String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = "./corrkg".length(); i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote)
                    quote = 0;
                else
                    word.append(c);
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord)
                    words.add(word.toString());
                word.setLength(0);
                inWord = false;
            } else if ((c == '#' && !inWord) || c == '|' || c == '>' || c == '&') {
                break;
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord)
            words.add(word.toString());
        return new Example(line, text.strip(), List.copyOf(words));
    }
}
