package org.corrkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.corrkg.Mutations;
import org.corrkg.TestStores;
import org.corrkg.query.NamedQuery;
import org.corrkg.query.QueryLibrary;
import org.corrkg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the read-only server's request handling: requests made of random methods, paths,
 * query strings (library queries mutated as the importer fuzz mutates files), headers
 * (media types, Host names, huge values, Content-Length lies) and bodies (up to 1 MB),
 * sent as raw bytes over a socket so that malformed ones reach the server too. Whatever
 * the bytes, a status line from a known set comes back within a minute, no answer shows a
 * stack trace, and afterwards the server still answers and the store holds what it held.
 *
 * <p>The cases come from a seeded random generator, so a run is the same every time and a
 * failure names the case that makes it again. The everyday run tries 100 cases; the long run
 * any number, from any seed:
 * {@code mvn -o -B test -Dtest=RequestFuzzTest -Dcorrkg.fuzzCases=1000 -Dcorrkg.fuzzSeed=1}.
 */
class RequestFuzzTest {

    static final int CASES = Integer.getInteger("corrkg.fuzzCases", 100);
    static final long SEED = Long.getLong("corrkg.fuzzSeed", 1L);

    /** How long one exchange may take: far beyond the 5 s query timeout, so only a stall reaches it. */
    static final Duration BOUND = Duration.ofSeconds(60);

    /**
     * What a read-only server may answer. Jetty answers 505 to a request line whose version is
     * not HTTP/1.0 or 1.1 and 426 to one that says HTTP/2.0; a 500 is never allowed.
     */
    static final Set<Integer> ALLOWED = Set.of(200, 204, 301, 302, 304, 400, 401, 403, 404, 405, 406, 411, 413, 414, 415, 421,
                                               422, 426, 431, 501, 503, 505);

    private static final Pattern STATUS_LINE = Pattern.compile("\\AHTTP/\\d\\.\\d (\\d{3})(?: [^\r\n]*)?\r?\n");
    /** A frame of a Java stack trace, or the start of a chained cause. */
    private static final Pattern STACK_TRACE = Pattern.compile("(?m)^\\s*at [\\w$]+(?:\\.[\\w$<>]+)+\\(|^Caused by: |\tat org\\.");

    private static final String CONTROL_ASK = "ASK { ?s ?p ?o }";
    private static final String CONTROL_COUNT = "SELECT (COUNT(*) AS ?n) { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }";

    /** Valid texts to mutate: the library's queries, a few small ones, and updates a read-only server must refuse. */
    static final List<String> QUERIES = queries();
    static final List<String> UPDATES = List.of(
            "INSERT DATA { <urn:fuzz:s> <urn:fuzz:p> \"o\" }",
            "DELETE WHERE { ?s ?p ?o }",
            "DROP ALL",
            "CLEAR DEFAULT",
            "LOAD <file:///etc/passwd>",
            "INSERT { GRAPH <urn:fuzz:g> { ?s ?p ?o } } WHERE { ?s ?p ?o }");
    static final String TURTLE = "<urn:fuzz:s> <urn:fuzz:p> \"fuzz\" .\n";

    @TempDir static Path dir;
    static Store store;
    static Server server;
    static String quads;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        store = TestStores.seeded(dir);
        server = Server.build(store.dataset(), new Server.Settings("127.0.0.1", 0, "corrkg", Duration.ofSeconds(5), false)).start();
        quads = control(CONTROL_COUNT);
        assertTrue(quads.matches("200 n\r\n[1-9][0-9]*"), quads);
    }


    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    static IntStream cases() {
        return IntStream.range(0, CASES);
    }

    @ParameterizedTest(name = "case {0}")
    @MethodSource("cases")
    void aFuzzedRequestIsAnsweredWithAKnownStatusAndNoStackTraceAndLeavesTheServerAnsweringAndTheStoreAsItWas(int number) throws Exception {
        Fuzzed request = request(new Random(SEED * 1_000_003L + number));
        String answer = finalResponse(exchange(request));
        Matcher status = STATUS_LINE.matcher(answer);
        assertTrue(status.find(), "no status line within " + BOUND.toSeconds() + " s but " + shown(answer) + "\nfor " + request);
        int code = Integer.parseInt(status.group(1));
        assertTrue(ALLOWED.contains(code), shown(answer) + "\nfor " + request);
        assertFalse(STACK_TRACE.matcher(answer).find(), "a stack trace in " + shown(answer) + "\nfor " + request);
        assertEquals("200 _askResult\r\ntrue", control(CONTROL_ASK), "the server stopped answering after " + request);
        assertEquals(quads, control(CONTROL_COUNT), "the store changed after " + request);
    }

    /** A request's raw bytes and how they were chosen, so a failure says what was sent. */
    record Fuzzed(byte[] bytes, List<String> choices) {
        @Override
        public String toString() {
            return bytes.length + " bytes: " + String.join(" | ", choices);
        }
    }

    /**
     * Sends the request on a fresh connection, from another thread so that a server that
     * answers before reading a large body is heard, and reads until the server closes the
     * connection or the bound passes. The answer is decoded byte for byte (ISO-8859-1).
     */
    static String exchange(Fuzzed request) throws Exception {
        long deadline = System.nanoTime() + BOUND.toNanos();
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 10_000);
            Thread writer = new Thread(() -> send(socket, request.bytes()), "fuzz-writer");
            writer.setDaemon(true);
            writer.start();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[64 * 1024];
            try {
                for (long left; (left = (deadline - System.nanoTime()) / 1_000_000) > 0 && got.size() < 16 * 1024 * 1024; ) {
                    socket.setSoTimeout((int) Math.max(1, left));
                    int n = in.read(buffer);
                    if (n < 0)
                        break;
                    got.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException e) {
                // The bound passed: what came so far is judged.
            } catch (IOException e) {
                // A reset after the answer (the server closing with part of a refused body unread) keeps what came.
                if (got.size() == 0)
                    got.writeBytes(("(connection failed: " + e + ")").getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        return got.toString(StandardCharsets.ISO_8859_1);
    }

    private static void send(Socket socket, byte[] bytes) {
        try {
            OutputStream out = socket.getOutputStream();
            for (int i = 0; i < bytes.length; i += 64 * 1024)
                out.write(bytes, i, Math.min(64 * 1024, bytes.length - i));
            out.flush();
            // The end of the request: a body shorter than its stated length ends here, not at a timeout.
            socket.shutdownOutput();
        } catch (IOException e) {
            // The server refused (and closed) before reading it all: its answer is what is judged.
        }
    }

    /** Status and stripped body of a control query, GET with CSV results. */
    static String control(String sparql) throws Exception {
        URI uri = URI.create(server.sparqlUrl() + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header("Accept", "text/csv").timeout(BOUND).GET().build(),
                                           HttpResponse.BodyHandlers.ofString());
        return r.statusCode() + " " + r.body().strip();
    }

    /** The response after any interim ones (100 Continue, sent to a request that expects it). */
    static String finalResponse(String answer) {
        String rest = answer;
        for (Matcher m = STATUS_LINE.matcher(rest); m.find() && m.group(1).startsWith("1") && rest.contains("\r\n\r\n"); m = STATUS_LINE.matcher(rest))
            rest = rest.substring(rest.indexOf("\r\n\r\n") + 4);
        return rest;
    }

    private static String shown(String answer) {
        String head = answer.length() > 2000 ? answer.substring(0, 2000) + "... (" + answer.length() + " bytes)" : answer;
        return escape(head);
    }

    // ---- The request generator. Every part is a Latin-1 string: one char, one byte on the wire.

    /**
     * One request. Two in three are well-formed HTTP, so that most reach the servlets and the
     * SPARQL parser; the wild third may also break the grammar (raw bytes in the request line,
     * odd versions and line ends, bad Host, Content-Length lies, chunking), which Jetty refuses.
     */
    static Fuzzed request(Random random) {
        List<String> choices = new ArrayList<>();
        boolean wild = random.nextInt(3) == 0;
        String method = method(random, wild);
        String target = path(random, wild, choices) + queryString(random, wild, choices);
        String version = wild ? version(random) : "HTTP/1.1";
        String eol = wild && random.nextInt(5) == 0 ? "\n" : "\r\n";
        Body body = body(random, wild, choices);
        List<String> headers = headers(random, wild, body, choices);
        StringBuilder head = new StringBuilder(method).append(' ').append(target);
        if (!version.isEmpty())
            head.append(' ').append(version);
        head.append(eol);
        for (String h : headers)
            head.append(h).append(eol);
        head.append(eol);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body.wire());
        choices.add(0, (wild ? "wild " : "") + (method.length() > 40 ? escape(method.substring(0, 40)) + "..." : escape(method)));
        choices.add(1, "target " + abbreviated(target));
        choices.add(2, "version '" + version + "'" + (eol.equals("\n") ? " bare LF" : ""));
        return new Fuzzed(out.toByteArray(), choices);
    }

    private static String method(Random random, boolean wild) {
        return switch (random.nextInt(wild ? 14 : 12)) {
            case 0, 1, 2, 3, 4 -> "GET";
            case 5, 6 -> "POST";
            case 7 -> "PUT";
            case 8 -> "DELETE";
            case 9 -> "PATCH";
            case 10 -> "OPTIONS";
            case 11 -> "HEAD";
            case 12 -> pick(random, "TRACE", "CONNECT", "PROPFIND", "get", "G ET", "", "GET\u0000");
            default -> token(random, 1 + random.nextInt(random.nextInt(10) == 0 ? 5000 : 12));
        };
    }

    private static String path(Random random, boolean wild, List<String> choices) {
        int port = server.port();
        return switch (wild ? random.nextInt(12) : pick(random, 0, 1, 2, 3, 4, 5, 10, 11)) {
            case 0, 1, 2 -> "/corrkg/sparql";
            case 3 -> "/corrkg/query";
            case 4 -> pick(random, "/", "/corrkg", "/corrkg/", "/corrkg/update", "/corrkg/data", "/corrkg/get", "/$/ping",
                           "/$/server", "/$/stats", "/$/stats/corrkg", "/browse/queries.json", "/browse/index.html",
                           "/favicon.ico", "/static/", "/$/datasets", "/$/backup/corrkg");
            case 5 -> pick(random, "/browse/", "/static/", "/corrkg/", "/$/", "/") + segments(random, wild);
            case 6 -> pick(random, "/corrkg/sparql/../update", "/corrkg/%2e%2e/corrkg/update", "/browse/../../pom.xml",
                           "/browse/%2e%2e/%2e%2e/etc/passwd", "/browse/..%2f..%2fpom.xml", "/static/..;/corrkg/update",
                           "//corrkg//sparql", "/corrkg/./sparql", "/corrkg%00/sparql", "/corrkg/sparql%00", "/corrkg%2Fsparql",
                           "/corrkg;x=1/sparql", "/CORRKG/SPARQL", "/%63orrkg/sparql", "/corrkg/sparql/", "/corrkg/sparql/x/y",
                           "/$/../corrkg/update", "/browse/queries/../../../../etc/passwd", "/browse/data/countries-110m.geojson");
            case 7 -> {
                int n = 1 + random.nextInt(random.nextBoolean() ? 300 : 300_000);
                choices.add("segment of " + n);
                yield pick(random, "/corrkg/", "/browse/", "/static/", "/") + pick(random, "a", "%41", "../", "/", "%00").repeat(n);
            }
            case 8 -> pick(random, "*", "http://127.0.0.1:" + port + "/corrkg/sparql", "http://evil.example/corrkg/sparql",
                           "corrkg/sparql", "", "/corrkg/sparql#frag", "HTTP://LOCALHOST:" + port + "/$/ping");
            case 9 -> "/" + raw(random, 1 + random.nextInt(40));
            default -> "/corrkg/" + pick(random, "sparql", "query", "update", "data", "get", "upload", "") ;
        };
    }

    /** Path segments: names, dots, percent-encoded bytes (some invalid), Unicode. */
    private static String segments(Random random, boolean wild) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            if (sb.length() > 0)
                sb.append('/');
            sb.append(switch (random.nextInt(8)) {
                case 0 -> pick(random, "..", ".", "", "%2e%2e", "%2E", "..%00", "%00", "%2F", "%", "%G1", "%c0%ae%c0%ae");
                case 1 -> wild ? percentEncoded(bytes(random, 1 + random.nextInt(30))) : "%41%2e" + token(random, 3);
                case 2 -> percentEncoded(codePoints(random, 1, 10, 0x10FFFF).getBytes(StandardCharsets.UTF_8));
                case 3 -> pick(random, "index.html", "app.js", "app.css", "queries", "data", "countries-110m.geojson", "queries.json",
                               "actor.rq", "corrkg", "sparql", "update", "data");
                default -> token(random, 1 + random.nextInt(20)).toLowerCase(java.util.Locale.ROOT);
            });
        }
        return sb.toString();
    }

    private static String queryString(Random random, boolean wild, List<String> choices) {
        if (random.nextInt(10) < 3)
            return "";
        StringBuilder sb = new StringBuilder("?");
        for (int i = random.nextInt(5); i >= 0; i--) {
            if (sb.length() > 1)
                sb.append(random.nextInt(10) == 0 ? ";" : "&");
            sb.append(switch (random.nextInt(wild ? 10 : 9)) {
                case 0, 1, 2, 3 -> "query=" + text(random, wild, QUERIES, choices);
                case 4 -> "update=" + text(random, wild, UPDATES, choices);
                case 5 -> pick(random, "default-graph-uri=", "named-graph-uri=", "graph=", "using-graph-uri=")
                          + percentEncoded(pick(random, "urn:x-arq:UnionGraph", "urn:x-arq:DefaultGraph", "file:///etc/passwd",
                                                "http://127.0.0.1:1/", "", "not an iri", "https://w3id.org/corrkg/data")
                                                   .getBytes(StandardCharsets.UTF_8));
                case 6 -> pick(random, "default", "default=", "graph", "query", "query=", "=", "&", "timeout=0", "timeout=-1",
                               "timeout=99999999999", "format=json", "output=xml", "results=csv", "stylesheet=x", "callback=f");
                case 9 -> "query=" + raw(random, 1 + random.nextInt(40));
                default -> token(random, 1 + random.nextInt(10)) + "=" + percentEncoded(wild ? bytes(random, random.nextInt(50))
                        : codePoints(random, 0, 20, 0x10FFFF).getBytes(StandardCharsets.UTF_8));
            });
        }
        return sb.toString();
    }

    /** A mutated text, percent-encoded (rarely raw, which makes a malformed request line). */
    private static String text(Random random, boolean wild, List<String> seeds, List<String> choices) {
        byte[] b = mutated(random, seeds, choices);
        return wild && random.nextInt(5) == 0 ? new String(b, StandardCharsets.ISO_8859_1) : percentEncoded(b);
    }

    private static String version(Random random) {
        return random.nextInt(10) < 8 ? "HTTP/1.1"
                : pick(random, "HTTP/1.0", "HTTP/2.0", "HTTP/0.9", "HTTP/1.2", "HTTP/9.9", "http/1.1", "HTTP/1.1x", "", "HTTP/");
    }

    /** A body as sent (chunked or not) and its length as it is. */
    record Body(byte[] bytes, String type, boolean chunked) {
        byte[] wire() {
            if (!chunked)
                return bytes;
            String chunk = bytes.length == 0 ? "" : Integer.toHexString(bytes.length) + "\r\n";
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(chunk.getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(bytes);
            out.writeBytes((bytes.length == 0 ? "0\r\n\r\n" : "\r\n0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            return out.toByteArray();
        }
    }

    private static Body body(Random random, boolean wild, List<String> choices) {
        boolean chunked = wild && random.nextInt(5) == 0;
        Body body = switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> new Body(new byte[0], null, chunked);
            case 4 -> new Body(("query=" + text(random, false, QUERIES, choices)).getBytes(StandardCharsets.ISO_8859_1),
                               "application/x-www-form-urlencoded", chunked);
            case 5 -> new Body(mutated(random, QUERIES, choices), "application/sparql-query", chunked);
            case 6 -> random.nextBoolean()
                    ? new Body(mutated(random, UPDATES, choices), "application/sparql-update", chunked)
                    : new Body(("update=" + text(random, false, UPDATES, choices)).getBytes(StandardCharsets.ISO_8859_1),
                               "application/x-www-form-urlencoded", chunked);
            case 7 -> new Body(TURTLE.getBytes(StandardCharsets.UTF_8), pick(random, "text/turtle", "application/n-triples"), chunked);
            default -> {
                int n = 1 + random.nextInt(1 << random.nextInt(21));
                yield new Body(bytes(random, n), null, chunked);
            }
        };
        choices.add("body " + body.bytes().length + " bytes" + (body.type() == null ? "" : " of " + body.type())
                    + (chunked ? " chunked" : ""));
        return body;
    }

    private static List<String> headers(Random random, boolean wild, Body body, List<String> choices) {
        List<String> headers = new ArrayList<>();
        host(random, wild, headers);
        if (random.nextInt(10) < 6)
            headers.add("Accept: " + accept(random));
        String type = random.nextInt(10) < 7 ? body.type() : null;
        if (type == null && random.nextInt(3) == 0)
            type = contentType(random);
        if (type != null)
            headers.add("Content-Type: " + type);
        length(random, wild, body, headers);
        if (random.nextInt(5) == 0)
            headers.add(pick(random, "Expect: 100-continue", "Authorization: Basic " + percentEncoded(bytes(random, 12)),
                             "Authorization: Basic YWRtaW46YWRtaW4=", "Cookie: a=b", "Origin: http://evil.example",
                             "Range: bytes=0-10", "If-None-Match: *", "If-Modified-Since: Thu, 01 Jan 1970 00:00:00 GMT",
                             "Accept-Encoding: gzip, deflate, br", "Accept-Charset: ebcdic", "Accept-Language: *",
                             "Upgrade: h2c", "X-HTTP-Method-Override: DELETE", "Content-Encoding: gzip", "Connection: keep-alive"));
        if (wild && random.nextInt(3) == 0)
            headers.add(oddHeader(random));
        if (random.nextInt(10) == 0) {
            int n = 1 + random.nextInt(random.nextBoolean() ? 20_000 : 300_000);
            choices.add("huge header of " + n);
            headers.add(pick(random, "X-Pad", "Accept", "Cookie", "User-Agent", "Host", "Content-Type") + ": "
                        + pick(random, "x", "a/b,", "\u00e9", "%", " ").repeat(n));
        }
        if (random.nextInt(10) < 9)
            headers.add("Connection: close");
        if (random.nextInt(10) == 0)
            java.util.Collections.shuffle(headers, random);
        choices.add("headers " + abbreviated(String.join("\\r\\n", headers)));
        return headers;
    }

    private static void host(Random random, boolean wild, List<String> headers) {
        int port = server.port();
        if (!wild || random.nextInt(2) == 0) {
            headers.add("Host: 127.0.0.1:" + port);
            return;
        }
        String host = pick(random, "localhost", "LOCALHOST:" + port, "[::1]:" + port, "127.0.0.1", "evil.example",
                           "evil.example:" + port, "127.0.0.1:1", "", "127.0.0.1:" + port + ":" + port, "[::1", "localhost.",
                           " 127.0.0.1 ", "127.0.0.1:99999999999", "xn--caf-dma.example", "\u00e9.example", null, "dup");
        if (host == null)
            return;
        if (host.equals("dup")) {
            headers.add("Host: 127.0.0.1:" + port);
            headers.add("Host: evil.example");
            return;
        }
        headers.add("Host: " + host);
    }

    private static String accept(Random random) {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(3); i >= 0; i--) {
            if (sb.length() > 0)
                sb.append(", ");
            sb.append(switch (random.nextInt(6)) {
                case 0, 1, 2 -> pick(random, "application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                                     "text/tab-separated-values", "text/turtle", "application/ld+json", "application/n-triples",
                                     "application/rdf+xml", "application/trig", "application/n-quads", "application/json",
                                     "text/html", "text/plain", "*/*", "image/png", "application/x-thrift",
                                     "application/rdf+thrift", "application/x-java-serialized-object");
                case 3 -> pick(random, "text/*;q=0.5", "*/*;q=0", "text/csv;q=abc", "text/csv;q=2", ";;;", "*", "/", "text/",
                               "application/sparql-results+json;charset=ebcdic", "text/csv;q=0.5;q=0.9", "");
                case 4 -> token(random, 1 + random.nextInt(10)) + "/" + token(random, 1 + random.nextInt(10));
                default -> utf8InLatin1(codePoints(random, 1, 10, 0x10FFFF));
            });
        }
        return sb.toString();
    }

    private static String contentType(Random random) {
        return pick(random, "application/x-www-form-urlencoded", "application/sparql-query", "application/sparql-update",
                    "text/turtle", "application/n-quads", "application/ld+json", "multipart/form-data; boundary=x",
                    "multipart/form-data", "application/json", "text/plain; charset=utf-16", "application/sparql-query; charset=ebcdic",
                    "application/x-www-form-urlencoded; charset=utf-32", "", ";", "*/*", "application/octet-stream",
                    token(random, 5) + "/" + token(random, 5), utf8InLatin1(codePoints(random, 1, 10, 0x10FFFF)));
    }

    /** The body's true length mostly; sometimes a lie, none, two, or nonsense. */
    private static void length(Random random, boolean wild, Body body, List<String> headers) {
        int n = body.bytes().length;
        if (body.chunked()) {
            headers.add("Transfer-Encoding: chunked");
            if (random.nextInt(3) == 0)
                headers.add("Content-Length: " + n);
            return;
        }
        if (!wild || random.nextInt(2) == 0) {
            if (n > 0 || random.nextBoolean())
                headers.add("Content-Length: " + n);
            return;
        }
        headers.add("Content-Length: " + pick(random, Integer.toString(n + 1 + random.nextInt(100)),
                Integer.toString(Math.max(0, n - 1 - random.nextInt(100))), "-1", "abc", "", "99999999999999999999",
                "2147483648", "0x10", n + ", " + (n + 1), n + ", " + n, " " + n + " ", "+" + n));
        if (random.nextInt(5) == 0)
            headers.add("Content-Length: " + (n + 7));
    }

    /** A header the grammar does not allow: controls, non-ASCII, no colon, folded, spaced. */
    private static String oddHeader(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> "X-Odd: " + raw(random, 1 + random.nextInt(20));
            case 1 -> "NoColonHere";
            case 2 -> "X-Folded: a\r\n continued";
            case 3 -> "Content-Length : 5";
            case 4 -> raw(random, 1 + random.nextInt(10)) + ": x";
            default -> "X-Unicode: " + utf8InLatin1(codePoints(random, 1, 20, 0x10FFFF));
        };
    }

    // ---- Mutations of a valid text, as ImporterFuzzTest makes them.

    private static byte[] mutated(Random random, List<String> seeds, List<String> choices) {
        String seed = pick(random, seeds.toArray(String[]::new));
        byte[] b = seed.getBytes(StandardCharsets.UTF_8);
        List<String> done = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            double at = random.nextDouble();
            String[] name = new String[1];
            UnaryOperator<byte[]> change = mutation(random, at, name);
            b = change.apply(b);
            done.add(name[0] + "@" + String.format("%.3f", at));
        }
        choices.add(abbreviated(seed.lines().filter(l -> !l.startsWith("#")).findFirst().orElse(seed)) + " " + done);
        return b;
    }

    private static UnaryOperator<byte[]> mutation(Random random, double at, String[] name) {
        switch (random.nextInt(7)) {
            case 0 -> {
                int bit = random.nextInt(8);
                name[0] = "flip bit " + bit;
                return b -> Mutations.flip(b, at, bit);
            }
            case 1 -> {
                name[0] = "truncate";
                return b -> java.util.Arrays.copyOf(b, Mutations.index(b, at));
            }
            case 2 -> {
                String open = pick(random, "(", "{", "[", "{ OPTIONAL {", "(1+", "FILTER(", "<<");
                int n = 1 + random.nextInt(3000);
                name[0] = "nest " + n + "x" + open;
                return b -> Mutations.insert(b, at, open.repeat(n).getBytes(StandardCharsets.UTF_8));
            }
            case 3 -> {
                String unit = pick(random, "A", "?x ", "\u00e9", "\"", "<", "%", "\\");
                int n = 100 + random.nextInt(100_000);
                name[0] = "insert " + n + "x" + escape(unit);
                return b -> Mutations.insert(b, at, unit.repeat(n).getBytes(StandardCharsets.UTF_8));
            }
            case 4 -> {
                String text = codePoints(random, 0, 20, 0x10FFFF);
                name[0] = "insert unicode " + escape(text);
                return b -> Mutations.insert(b, at, text.getBytes(StandardCharsets.UTF_8));
            }
            case 5 -> {
                String text = codePoints(random, 1, 5, 0x1F);
                name[0] = "insert controls " + escape(text);
                return b -> Mutations.insert(b, at, text.getBytes(StandardCharsets.UTF_8));
            }
            default -> {
                byte[] bytes = bytes(random, 1 + random.nextInt(8));
                name[0] = "insert bytes " + HexFormat.of().formatHex(bytes);
                return b -> Mutations.insert(b, at, bytes);
            }
        }
    }




    // ---- Small pieces.

    @SafeVarargs
    private static <T> T pick(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String token(Random random, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++)
            sb.append((char) ('A' + random.nextInt(26)));
        return sb.toString();
    }

    private static byte[] bytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /** Random bytes as they are: spaces, controls, CR and LF included. */
    private static String raw(Random random, int n) {
        return new String(bytes(random, n), StandardCharsets.ISO_8859_1);
    }

    /** Between {@code min} and {@code max} code points up to {@code highest}, surrogates left out. */
    private static String codePoints(Random random, int min, int max, int highest) {
        StringBuilder sb = new StringBuilder();
        for (int i = min + random.nextInt(max - min + 1); i > 0; i--) {
            int c = random.nextInt(highest + 1);
            sb.appendCodePoint(c >= 0xD800 && c <= 0xDFFF ? 0xFFFD : c);
        }
        return sb.toString();
    }

    private static String utf8InLatin1(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** Every byte but the unreserved ones as %XX. */
    private static String percentEncoded(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length * 3);
        for (byte x : b) {
            int c = x & 0xFF;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~')
                sb.append((char) c);
            else
                sb.append('%').append(String.format("%02X", c));
        }
        return sb.toString();
    }

    private static String abbreviated(String s) {
        return escape(s.length() > 160 ? s.substring(0, 160) + "...(" + s.length() + ")" : s);
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> sb.append(c < 0x20 || c > 0x7e && c < 0xa0 ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return sb.toString();
    }

    private static List<String> queries() {
        List<String> all = new ArrayList<>(List.of(
                "ASK { ?s ?p ?o }",
                "SELECT * { ?s ?p ?o } LIMIT 3",
                "SELECT * { GRAPH ?g { ?s ?p ?o } } LIMIT 3",
                "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3",
                "DESCRIBE ?s { ?s ?p ?o } LIMIT 1",
                "SELECT (COUNT(*) AS ?n) { ?s ?p ?o FILTER(REGEX(STR(?o), \"a\")) }"));
        for (NamedQuery q : QueryLibrary.bundled().all())
            all.add(q.text());
        assertNotNull(all.get(all.size() - 1));
        return List.copyOf(all);
    }
}
