package org.corrkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.sparql.core.Quad;
import org.corrkg.TestStores;
import org.corrkg.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/**
 * Files made to hurt: nesting that would overflow the parsers' stacks, IRIs too long to
 * index, bytes that are not UTF-8, huge attributes, JSON-LD that would make corrkg read the
 * disk or the network. Each is refused in one line naming the file, and the store is as it was.
 */
class HostileInputTest {

    private static final String RDFS = "<http://www.w3.org/2000/01/rdf-schema#";
    private static final String LIMIT = "nested more than 100 levels deep (lists, blank nodes, JSON arrays or objects), corrkg's limit";

    @TempDir static Path dir;
    static String store;

    @BeforeAll
    static void seed() {
        store = dir.resolve("store").toString();
        assertEquals(0, CliTest.run("load", "--store", store).code());
    }

    static Set<Quad> quads() {
        try (Store s = Store.open(Path.of(store))) {
            Set<Quad> all = new HashSet<>();
            TestStores.snapshot(s).find().forEachRemaining(all::add);
            return all;
        }
    }

    /** Runs a command that must fail with exactly {@code error} and leave the store as it was. */
    static void refused(String error, String... args) {
        Set<Quad> before = quads();
        CliTest.Run r = CliTest.run(args);
        assertEquals("corrkg: " + error + "\n", r.err());
        assertEquals(1, r.code());
        assertEquals(before, quads(), "the store changed");
    }

    static Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    static String turtle(int depth, String open, String inner, String close) {
        return "<http://e/a> " + RDFS + "seeAlso> " + open.repeat(depth) + inner + close.repeat(depth) + " .\n";
    }

    @Test
    void deeplyNestedTurtleCollectionsAreRefusedNamingTheFileAndTheLimit() throws IOException {
        Path f = write("deep-lists.ttl", "# 12 KB of brackets\n" + turtle(6000, "(", "", ")"));
        refused(f + ":2: " + LIMIT, "load", "--store", store, f.toString());
        CliTest.Run v = CliTest.run("validate", f.toString());
        assertEquals("corrkg: " + f + ":2: " + LIMIT + "\n", v.err());
        assertEquals(1, v.code());
    }

    @Test
    void deeplyNestedBlankNodesAreRefused() throws IOException {
        Path f = write("deep-blank.ttl", turtle(3000, "[ " + RDFS + "seeAlso> ", "1", " ]"));
        refused(f + ":1: " + LIMIT, "load", "--store", store, f.toString());
    }

    @Test
    void deeplyNestedJsonLdArraysAndListsAreRefused() throws IOException {
        Path arrays = write("deep-arrays.jsonld", "{\"@id\": \"http://e/a\",\n \"http://e/b\": " + "[".repeat(6000) + "]".repeat(6000) + "}");
        refused(arrays + ":2: " + LIMIT, "load", "--store", store, arrays.toString());
        Path lists = write("deep-lists.jsonld", "{\"@id\": \"http://e/a\", \"http://e/b\": "
                           + "{\"@list\": [".repeat(400) + "1" + "]}".repeat(400) + "}");
        refused(lists + ":1: " + LIMIT, "validate", lists.toString());
    }

    @Test
    void bracketsInsideStringsIrisAndCommentsDoNotCountAsNesting() throws IOException {
        String brackets = "(".repeat(500);
        Path f = write("brackets.ttl", "# " + brackets + "\n<http://e/a> " + RDFS + "label> \"" + brackets + "\" , '''" + brackets
                       + "''' , \"\"\"" + brackets + "\"\"\" .\n<http://e/" + "%28".repeat(5) + "> " + RDFS + "label> \"x\" .\n");
        CliTest.Run r = CliTest.run("load", "--store", store, f.toString());
        assertEquals("", r.err());
        assertEquals(0, r.code());
    }

    @Test
    void nestingAtTheLimitLoadsThroughValidationAndInference() throws IOException {
        Path lists = write("limit-lists.ttl", turtle(100, "(", "", ")"));
        Path blanks = write("limit-blank.ttl", turtle(100, "[ " + RDFS + "seeAlso> ", "1", " ]"));
        Path json = write("limit.jsonld", "{\"@id\": \"http://e/j\", \"http://www.w3.org/2000/01/rdf-schema#seeAlso\": "
                          + "{\"@list\": [".repeat(49) + "1" + "]}".repeat(49) + "}");
        CliTest.Run r = CliTest.run("load", "--store", store, lists.toString(), blanks.toString(), json.toString());
        assertEquals("", r.err());
        assertEquals(0, r.code());
        assertTrue(r.out().contains("     199 triples  <" + lists.toUri() + ">\n"), r.out());
        assertTrue(r.out().contains("     101 triples  <" + blanks.toUri() + ">\n"), r.out());
        assertTrue(r.out().contains("      99 triples  <" + json.toUri() + ">\n"), r.out());
    }

    @Test
    void aListOfTenThousandElementsIsLongButNotDeepAndLoads() throws IOException {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 10_000; i++)
            items.append(" \"item ").append(i).append('"');
        Path f = write("long-list.ttl", "<http://e/long> " + RDFS + "seeAlso> (" + items + " ) .\n");
        CliTest.Run r = CliTest.run("load", "--store", store, f.toString());
        assertEquals("", r.err());
        assertEquals(0, r.code());
        assertTrue(r.out().contains("   20001 triples  <" + f.toUri() + ">\n"), r.out());
    }

    @Test
    void anIriTooLongToIndexIsRefusedWithAShortExcerpt() throws IOException {
        Path f = write("long-iri.ttl", "<http://e/" + "x".repeat(40_000) + "> " + RDFS + "label> \"hi\" .\n");
        refused(f + ": an IRI of 40,009 characters is longer than corrkg's limit of 8,000: <http://e/" + "x".repeat(71) + "\u2026>",
                "load", "--store", store, f.toString());
    }

    @Test
    void aLongIriInAValidationProblemIsQuotedAsAShortExcerpt() throws IOException {
        Path f = write("long-predicate.ttl", "<http://e/a> <http://e/" + "p".repeat(5000) + "> \"x\" .\n");
        CliTest.Run r = CliTest.run("validate", f.toString());
        assertEquals(f + ": <http://e/a>: uses <http://e/" + "p".repeat(70) + "\u2026>, which the ontology does not declare\n"
                     + "1 problem(s) found.\n", r.err());
        assertEquals(1, r.code());
    }

    @Test
    void aLongLiteralIsIndexedInPiecesAndLoads() throws IOException {
        Path f = write("long-literal.ttl", "<http://e/lit> " + RDFS + "label> \"" + "y".repeat(40_000) + "\" .\n");
        CliTest.Run r = CliTest.run("load", "--store", store, f.toString());
        assertEquals("", r.err());
        assertEquals(0, r.code());
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNamingFileAndLine() throws IOException {
        Path ttl = dir.resolve("latin1.ttl");
        Files.write(ttl, bytes("<http://e/a> " + RDFS + "label> \"ok\" .\n\n<http://e/b> " + RDFS + "label> \"caf", 0xE9, "\" .\n"));
        refused(ttl + ":3: not UTF-8 (byte 0xE9); Turtle files must be encoded in UTF-8", "load", "--store", store, ttl.toString());
        Path nt = dir.resolve("latin1.nt");
        Files.write(nt, bytes("<http://e/a> " + RDFS + "label> \"", 0xFF, "\" .\n"));
        refused(nt + ":1: not UTF-8 (byte 0xFF); N-Triples files must be encoded in UTF-8", "load", "--store", store, nt.toString());
        Path jsonld = dir.resolve("latin1.jsonld");
        Files.write(jsonld, bytes("{\"@id\": \"http://e/a\",\n\"http://www.w3.org/2000/01/rdf-schema#label\": \"caf", 0xE9, "\"}"));
        refused(jsonld + ":2: not UTF-8 (byte 0xE9); JSON-LD files must be encoded in UTF-8", "validate", jsonld.toString());
        Path cmif = dir.resolve("latin1.xml");
        Files.write(cmif, bytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">caf", 0xE9, "</TEI>\n"));
        refused(cmif + ":2: not UTF-8 (byte 0xE9); CMIF files must be encoded in UTF-8", "import", "--store", store, cmif.toString());
    }

    private static byte[] bytes(String before, int bad, String after) {
        byte[] a = before.getBytes(StandardCharsets.UTF_8);
        byte[] c = after.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[a.length + 1 + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        all[a.length] = (byte) bad;
        System.arraycopy(c, 0, all, a.length + 1, c.length);
        return all;
    }

    @Test
    void anEightMegabyteXmlDeclarationIsRefusedBeforeTheParserSpendsAMinuteOnIt() throws IOException {
        String declaration = "<?xml version=\"1.0\" encoding=\"" + "A".repeat(8 << 20) + "\"?>\n";
        String why = ":1: the XML declaration is longer than 1024 bytes; it should be one short line such as"
                     + " <?xml version=\"1.0\" encoding=\"UTF-8\"?>";
        Path cmif = write("huge-declaration.xml", declaration + "<TEI/>\n");
        refused(cmif + why, "import", "--store", store, cmif.toString());
        Path rdfxml = write("huge-declaration.rdf", declaration + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>\n");
        refused(rdfxml + why, "load", "--store", store, rdfxml.toString());
    }

    @Test
    void longNamesInXmlAreQuotedAsShortExcerpts() throws IOException {
        Path root = write("long-root.xml", "<" + "A".repeat(500) + "/>\n");
        refused(root + ":1: not a CMIF file: the root element is " + "A".repeat(80) + "\u2026, not TEI in the namespace "
                + "http://www.tei-c.org/ns/1.0", "import", "--store", store, root.toString());
        Path encoding = write("unknown-encoding.rdf", "<?xml version=\"1.0\" encoding=\"" + "B".repeat(900) + "\"?>\n<x/>");
        refused(encoding + ": cannot read: unknown character encoding '" + "B".repeat(80) + "\u2026'",
                "load", "--store", store, encoding.toString());
    }

    @Test
    void aJsonLdFileContextIsNotRead() throws IOException {
        Path context = write("context.jsonld", "{\"@context\": {\"name\": \"http://www.w3.org/2000/01/rdf-schema#label\"}}");
        Path f = write("file-context.jsonld", "{\"@context\": \"" + context.toUri() + "\", \"@id\": \"http://e/a\", \"name\": \"x\"}");
        refused(f + ": the context file:" + context + " is not fetched: corrkg reads no remote or file contexts;"
                + " put the context in the file itself", "load", "--store", store, f.toString());
    }

    @Test
    void aJsonLdRemoteContextIsNotFetched() throws IOException {
        AtomicBoolean contacted = new AtomicBoolean();
        HttpServer stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        stub.createContext("/", exchange -> {
            contacted.set(true);
            byte[] body = "{\"@context\": {\"name\": \"http://www.w3.org/2000/01/rdf-schema#label\"}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/ld+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        stub.start();
        try {
            String url = "http://127.0.0.1:" + stub.getAddress().getPort() + "/context.jsonld";
            Path f = write("remote-context.jsonld", "{\"@context\": [\"" + url + "\"], \"@id\": \"http://e/a\", \"name\": \"x\"}");
            refused(f + ": the context " + url + " is not fetched: corrkg reads no remote or file contexts;"
                    + " put the context in the file itself", "load", "--store", store, f.toString());
            assertFalse(contacted.get(), "corrkg fetched the context");
        } finally {
            stub.stop(0);
        }
    }
}
