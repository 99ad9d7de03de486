package org.corrkg.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The house is one-way: {@code cli} is on top and nothing imports it; only {@code cli}
 * prints, so every other package can be used by a server, a test or another program.
 * Read from the sources, so a new file is checked the day it is written.
 */
class ArchitectureTest {

    static final Path MAIN = Path.of("src/main/java/org/corrkg");
    private static final Pattern PRINTS = Pattern.compile("System\\.(out|err)\\b|printStackTrace\\(|System\\.console\\(");
    private static final Pattern IMPORTS_CLI = Pattern.compile("org\\.corrkg\\.cli\\b");

    @Test
    void onlyTheCommandLinePrints() throws IOException {
        assertEquals(List.of(), offenders(PRINTS), "files outside cli that print to the console");
    }

    @Test
    void nothingDependsOnTheCommandLine() throws IOException {
        assertEquals(List.of(), offenders(IMPORTS_CLI), "files outside cli that use it");
    }

    @Test
    void theChecksFindWhatTheyLookFor() {
        assertEquals(true, PRINTS.matcher("        System.out.println(x);").find());
        assertEquals(true, PRINTS.matcher("e.printStackTrace();").find());
        assertEquals(true, IMPORTS_CLI.matcher("import org.corrkg.cli.Main;").find());
        assertEquals(false, PRINTS.matcher("out.println(x);").find());
    }

    /** Lines outside cli (and its package-info) that match, as {@code file:line: text}. */
    private static List<String> offenders(Pattern pattern) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                if (MAIN.relativize(file).startsWith("cli"))
                    continue;
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String code = lines.get(i).strip();
                    if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//"))
                        continue;
                    if (pattern.matcher(code).find())
                        found.add(MAIN.relativize(file) + ":" + (i + 1) + ": " + code);
                }
            }
        }
        return found;
    }
}
