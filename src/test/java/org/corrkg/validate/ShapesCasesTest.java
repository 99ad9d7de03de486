package org.corrkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.corrkg.source.SourceFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tests as data: each Turtle file in {@code src/test/resources/shapes/} is validated with
 * the bundled ontology and data, and must give exactly the problems its
 * {@code # expect: node | message} lines list ({@code # expect: valid} for none).
 */
class ShapesCasesTest {

    static Validator validator;

    @BeforeAll
    static void shapes() {
        validator = Validator.bundled();
    }

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/shapes"))) {
            return files.filter(f -> f.toString().endsWith(".ttl")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validationReportsExactlyTheExpectedProblems(Path file) throws IOException {
        Set<String> expected = new TreeSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8))
            if (line.startsWith("# expect:") && !line.substring(9).trim().equals("valid"))
                expected.add(line.substring(9).trim());

        ValidationReport report = validator.validateFiles(List.of(SourceFile.of(file)));

        Set<String> actual = report.problems().stream()
                                   .map(p -> p.node() + " | " + p.message())
                                   .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, actual, report.format());
        report.problems().forEach(p -> assertEquals(file.toString(), p.file(), "problem names the file: " + p));
    }
}
