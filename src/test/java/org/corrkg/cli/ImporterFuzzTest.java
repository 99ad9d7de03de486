package org.corrkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.Quad;
import org.corrkg.Mutations;
import org.corrkg.TestStores;
import org.corrkg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;



/**
 * Fuzzes the importers: valid files of every syntax corrkg reads, mutated (bytes flipped,
 * cut short, nesting, huge runs, random Unicode, control characters), loaded through the
 * command line in-process. Whatever the bytes, corrkg either loads them or refuses them with
 * exit 1 and a last line "corrkg: ..."; never an internal error or a stack trace, no line over
 * 500 characters, within a minute, and a refused file leaves the store exactly as it was.
 *
 * <p>The cases come from a seeded random generator, so a run is the same every time and a
 * failure names the case that makes it again. The everyday run tries 100 cases; the long run,
 * 10,000 (or any number, from any seed):
 * {@code mvn -o -B test -Dtest=ImporterFuzzTest -Dcorrkg.fuzzCases=10000 -Dcorrkg.fuzzSeed=1}.
 */
class ImporterFuzzTest {

    static final int CASES = Integer.getInteger("corrkg.fuzzCases", 100);
    static final long SEED = Long.getLong("corrkg.fuzzSeed", 1L);

    private static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";

    /** A valid file of each syntax: its extension, the command that reads it, its text. */
    record Seed(String extension, String command, String text) {}

    static final List<Seed> SEEDS = List.of(
            new Seed("ttl", "load", "@prefix rdfs: <" + RDFS + "> .\n# a comment (\n<http://e/a> rdfs:label \"a \\\"quoted\\\" label\"@en ;\n"
                     + "  rdfs:seeAlso ( \"one\" [ rdfs:label '''two\nlines''' ] ) .\n"),
            new Seed("nt", "load", "<http://e/a> <" + RDFS + "label> \"caf\u00e9 \\u00e9\" .\n<http://e/a> <" + RDFS + "seeAlso> _:b .\n"),
            new Seed("nq", "load", "<http://e/a> <" + RDFS + "label> \"x\" <http://e/g> .\n"),
            new Seed("trig", "load", "@prefix rdfs: <" + RDFS + "> .\n<http://e/g> { <http://e/a> rdfs:label \"in a graph\" . }\n"),
            new Seed("jsonld", "load", "{\"@context\": {\"label\": \"" + RDFS + "label\"},\n \"@id\": \"http://e/a\", \"label\": [\"x\", {\"@value\": \"y\", \"@language\": \"de\"}]}\n"),
            new Seed("rdf", "load", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                     + " xmlns:rdfs=\"" + RDFS + "\">\n <rdf:Description rdf:about=\"http://e/a\"><rdfs:label xml:lang=\"en\">x</rdfs:label>"
                     + "</rdf:Description>\n</rdf:RDF>\n"),
            new Seed("xml", "import", cmif()));

    static Path dir;
    static String store;
    static Set<Quad> current;

    @BeforeAll
    static void createStore() throws IOException {
        dir = Files.createTempDirectory("corrkg-fuzz");
        store = dir.resolve("store").toString();
        Path first = Files.writeString(dir.resolve("first.ttl"), SEEDS.get(0).text());
        assertEquals(0, CliTest.run("load", "--store", store, first.toString()).code());
        current = quads();
    }

    @AfterAll
    static void removeStore() {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList())
                Files.deleteIfExists(p);
        } catch (IOException e) {
            // Best effort: Lucene may still be tidying its index; the directory is a temporary one.
        }
    }

    static IntStream cases() {
        return IntStream.range(0, CASES);
    }

    @ParameterizedTest(name = "case {0}")
    @MethodSource("cases")
    void aMutatedFileLoadsOrIsRefusedInOneLineAndLeavesTheStoreAsItWas(int number) throws IOException {
        Mutant mutant = mutant(new Random(SEED * 1_000_003L + number));
        Path file = dir.resolve("fuzz." + mutant.seed().extension());
        Files.write(file, mutant.bytes());
        CliTest.Run r = assertTimeout(Duration.ofSeconds(60), () -> CliTest.run(mutant.seed().command(), "--store", store, file.toString()),
                                      mutant.toString());
        for (String line : r.err().lines().toList()) {
            assertTrue(line.length() <= 500, "a line of " + line.length() + " characters: " + mutant);
            assertTrue(!line.contains("internal error") && !line.startsWith("\tat ") && !line.startsWith("Caused by: "), line + "\n" + mutant);
        }
        if (r.code() == 0) {
            current = quads();
            return;
        }
        assertEquals(1, r.code(), r.err() + mutant);
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.get(lines.size() - 1).startsWith("corrkg: "), r.err() + mutant);
        assertEquals(current, quads(), "a refused file changed the store: " + mutant);
    }

    /** A seed and what was done to it, named so that a failure says how to make it again. */
    record Mutant(Seed seed, List<Mutation> mutations) {
        byte[] bytes() {
            byte[] b = seed.text().getBytes(StandardCharsets.UTF_8);
            for (Mutation m : mutations)
                b = m.apply(b);
            return b;
        }

        @Override
        public String toString() {
            return seed.extension() + " " + mutations;
        }
    }

    /** One change to a file's bytes at a place given as a fraction of its length. */
    record Mutation(String name, double at, UnaryOperator<byte[]> change) {
        byte[] apply(byte[] b) { return change.apply(b); }

        @Override
        public String toString() { return name + "@" + String.format("%.3f", at); }
    }

    /** One to three mutations of one seed, drawn from {@code random}. */
    static Mutant mutant(Random random) {
        Seed seed = SEEDS.get(random.nextInt(SEEDS.size()));
        List<Mutation> mutations = new java.util.ArrayList<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--)
            mutations.add(mutation(random));
        return new Mutant(seed, List.copyOf(mutations));
    }

    private static Mutation mutation(Random random) {
        double p = random.nextDouble();
        switch (random.nextInt(7)) {
            case 0 -> {
                int bit = random.nextInt(8);
                return new Mutation("flip bit " + bit, p, b -> Mutations.flip(b, p, bit));
            }
            case 1 -> {
                return new Mutation("truncate", p, b -> java.util.Arrays.copyOf(b, Mutations.index(b, p)));
            }
            case 2 -> {
                String open = pick(random, "(", "[", "{", "<<", "[ <http://e/p> ", "{\"@list\": [");
                int n = 1 + random.nextInt(3000);
                return new Mutation("nest " + n + "x" + open, p, b -> Mutations.insert(b, p, open.repeat(n)));
            }
            case 3 -> {
                String unit = pick(random, "A", "x", "\u00e9", "\"", "<", "%");
                int n = 100 + random.nextInt(200_000 - 100 + 1);
                return new Mutation("insert " + n + "x" + unit, p, b -> Mutations.insert(b, p, unit.repeat(n)));
            }
            case 4 -> {
                String text = codePoints(random, 0, 20, 0x10FFFF);
                return new Mutation("insert unicode " + escape(text), p, b -> Mutations.insert(b, p, text));
            }
            case 5 -> {
                String text = codePoints(random, 1, 5, 0x1F);
                return new Mutation("insert controls " + escape(text), p, b -> Mutations.insert(b, p, text));
            }
            default -> {
                byte[] bytes = new byte[1 + random.nextInt(8)];
                random.nextBytes(bytes);
                return new Mutation("insert bytes " + java.util.HexFormat.of().formatHex(bytes), p, b -> Mutations.insert(b, p, bytes));
            }
        }
    }

    private static String pick(Random random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** Between {@code min} and {@code max} code points up to {@code highest}, surrogates left out. */
    private static String codePoints(Random random, int min, int max, int highest) {
        StringBuilder sb = new StringBuilder();
        for (int i = min + random.nextInt(max - min + 1); i > 0; i--) {
            int c = random.nextInt(highest + 1);
            if (c >= 0xD800 && c <= 0xDFFF)
                c = 0xFFFD;
            sb.appendCodePoint(c);
        }
        return sb.toString();
    }





    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> sb.append(c < 0x20 || c > 0x7e ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return sb.toString();
    }

    static Set<Quad> quads() {
        try (Store s = Store.open(Path.of(store))) {
            Set<Quad> all = new HashSet<>();
            TestStores.snapshot(s).find().forEachRemaining(all::add);
            return all;
        }
    }

    private static String cmif() {
        try {
            return Files.readString(Path.of("src/test/resources/cmif-lenient/deviations.xml"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
