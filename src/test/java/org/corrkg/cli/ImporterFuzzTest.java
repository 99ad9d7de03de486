package org.corrkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.Quad;
import org.corrkg.TestStores;
import org.corrkg.store.Store;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzes the importers: valid files of every syntax corrkg reads, mutated (bytes flipped,
 * cut short, nesting, huge runs, random Unicode, control characters), loaded through the
 * command line in-process. Whatever the bytes, corrkg either loads them or refuses them with
 * exit 1 and a last line "corrkg: ..."; never an internal error or a stack trace, no line over
 * 500 characters, within a minute, and a refused file leaves the store exactly as it was.
 *
 * <p>The everyday run tries 100 cases (junit-platform.properties). The long run, 10,000 cases:
 * {@code mvn -o -B test -Dtest=ImporterFuzzTest -Djqwik.tries.default=10000}.
 */
class ImporterFuzzTest {

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

    @BeforeContainer
    static void createStore() throws IOException {
        dir = Files.createTempDirectory("corrkg-fuzz");
        store = dir.resolve("store").toString();
        Path first = Files.writeString(dir.resolve("first.ttl"), SEEDS.get(0).text());
        assertEquals(0, CliTest.run("load", "--store", store, first.toString()).code());
        current = quads();
    }

    @AfterContainer
    static void removeStore() {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList())
                Files.deleteIfExists(p);
        } catch (IOException e) {
            // Best effort: Lucene may still be tidying its index; the directory is a temporary one.
        }
    }

    @Property
    void aMutatedFileLoadsOrIsRefusedInOneLineAndLeavesTheStoreAsItWas(@ForAll("mutants") Mutant mutant) throws IOException {
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

    @Provide
    Arbitrary<Mutant> mutants() {
        return Combinators.combine(Arbitraries.of(SEEDS), mutation().list().ofMinSize(1).ofMaxSize(3)).as(Mutant::new);
    }

    private static Arbitrary<Mutation> mutation() {
        Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
        return Arbitraries.oneOf(
                Combinators.combine(at, Arbitraries.integers().between(0, 7))
                           .as((p, bit) -> new Mutation("flip bit " + bit, p, b -> flip(b, p, bit))),
                at.map(p -> new Mutation("truncate", p, b -> java.util.Arrays.copyOf(b, index(b, p)))),
                Combinators.combine(at, Arbitraries.of("(", "[", "{", "<<", "[ <http://e/p> ", "{\"@list\": ["), Arbitraries.integers().between(1, 3000))
                           .as((p, open, n) -> new Mutation("nest " + n + "x" + open, p, b -> insert(b, p, open.repeat(n)))),
                Combinators.combine(at, Arbitraries.of("A", "x", "\u00e9", "\"", "<", "%"), Arbitraries.integers().between(100, 200_000))
                           .as((p, unit, n) -> new Mutation("insert " + n + "x" + unit, p, b -> insert(b, p, unit.repeat(n)))),
                Combinators.combine(at, Arbitraries.strings().all().ofMaxLength(20))
                           .as((p, s) -> new Mutation("insert unicode " + escape(s), p, b -> insert(b, p, s))),
                Combinators.combine(at, Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(5))
                           .as((p, s) -> new Mutation("insert controls " + escape(s), p, b -> insert(b, p, s))),
                Combinators.combine(at, Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(8))
                           .as((p, bytes) -> new Mutation("insert bytes " + java.util.HexFormat.of().formatHex(bytes), p, b -> insert(b, p, bytes))));
    }

    private static int index(byte[] b, double at) {
        return (int) Math.min(b.length, Math.floor(at * b.length));
    }

    private static byte[] flip(byte[] b, double at, int bit) {
        if (b.length == 0)
            return b;
        byte[] out = b.clone();
        int i = Math.min(b.length - 1, index(b, at));
        out[i] ^= (byte) (1 << bit);
        return out;
    }

    private static byte[] insert(byte[] b, double at, String text) {
        return insert(b, at, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] insert(byte[] b, double at, byte[] piece) {
        int i = index(b, at);
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + piece.length);
        out.write(b, 0, i);
        out.write(piece, 0, piece.length);
        out.write(b, i, b.length - i);
        return out.toByteArray();
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
