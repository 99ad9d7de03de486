package org.corrkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.corrkg.TestStores;
import org.corrkg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What keeps one visitor from stalling the server or being told a cut-off answer is whole:
 * the size of a query and of a request, and what a query that runs out of time answers.
 */
class RequestLimitsTest {

    static final int LIMIT = 65_536;
    static final Duration TIMEOUT = Duration.ofSeconds(3);

    /** A query that never ends: rows of a three-way cross product that a filter on all three always rejects. */
    static final String ENDLESS = "{ ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(STRLEN(STR(?a)) + STRLEN(STR(?d)) + STRLEN(STR(?g)) < 0) }";

    @TempDir static Path dir;
    static Store store;
    static Server server;
    /** The same store, holding back only 1 KB of a result: a timeout after a few rows comes once the 200 is sent. */
    static Server smallHold;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = TestStores.seeded(dir);
        server = Server.build(store.dataset(), new Server.Settings("127.0.0.1", 0, "corrkg", TIMEOUT, false)).start();
        smallHold = Server.build(store.dataset(), new Server.Settings("127.0.0.1", 0, "corrkg", TIMEOUT, false), 1024).start();
    }

    @AfterAll
    static void stop() {
        smallHold.stop();
        server.stop();
        store.close();
    }

    @Test
    void aQueryOneByteOverTheLimitIsRefusedWith413HoweverItIsSent() throws Exception {
        String query = padded("ASK {}", LIMIT + 1);
        String refusal = "413 The query is 65537 bytes; this server takes queries of up to 65536 bytes";
        Map<String, String> expected = Map.of("GET", refusal, "POST form", refusal, "POST sparql-query", refusal);
        assertEquals(expected, answersToEveryWayOfSending(query));
    }

    @Test
    void aQueryOfExactlyTheLimitIsAnsweredHoweverItIsSent() throws Exception {
        String query = padded("ASK {}", LIMIT);
        String answer = "200 _askResult\r\ntrue";
        assertEquals(Map.of("GET", answer, "POST form", answer, "POST sparql-query", answer), answersToEveryWayOfSending(query));
    }

    @Test
    void aFormBodyOverTheLimitIsRefusedWith413WithoutReadingIt() throws Exception {
        String body = "query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8) + "&pad=" + "x".repeat(1_000_000);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl())).header("Content-Type", "application/x-www-form-urlencoded")
                                                 .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals("413 The request body is 1000021 bytes; this server takes bodies of up to 200704 bytes", statusAndBody(r));
    }

    @Test
    void aBodyOfUnstatedLengthIsRefusedWith411() throws Exception {
        byte[] query = "ASK {}".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl())).header("Content-Type", "application/sparql-query")
                                                 .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(query))));
        assertEquals("411 A request body must state its length (Content-Length)", statusAndBody(r));
    }

    @Test
    void aRequestLineOrHeaderOverJettysLimitIsRefusedBeforeItIsRead() throws Exception {
        String longQuery = padded("ASK {}", 300_000);
        HttpResponse<String> get = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                + URLEncoder.encode(longQuery, StandardCharsets.UTF_8))).GET());
        assertEquals(414, get.statusCode());
        HttpResponse<String> header = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=ASK%7B%7D"))
                                                      .header("X-Pad", "x".repeat(300_000)).GET());
        assertEquals(431, header.statusCode());
    }

    @Test
    void aFilterInListOrValuesBlockJustUnderTheLimitIsPlannedAndAnsweredWithinTheTimeoutAndAMargin() throws Exception {
        // Parsing and planning are not under the query timeout: a list that made them stall would be the attack.
        // One candidate row, so evaluating the list is cheap and the answer exact; the list is what planning sees.
        StringBuilder in = new StringBuilder("SELECT (COUNT(*) AS ?n) { VALUES ?o { -5 } FILTER(?o IN (-1");
        StringBuilder values = new StringBuilder("SELECT (COUNT(*) AS ?n) { ?s ?p ?o VALUES ?o { -1");
        for (int i = 2; in.length() < LIMIT - 100; i++)
            in.append(",-").append(i);
        for (int i = 2; values.length() < LIMIT - 100; i++)
            values.append(" -").append(i);
        CompletableFuture<HttpResponse<String>> inAnswer = http.sendAsync(form(in + ")) }", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        CompletableFuture<HttpResponse<String>> valuesAnswer = http.sendAsync(form(values + " } }", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        long margin = TIMEOUT.toSeconds() + 30;
        assertEquals("200 n\r\n1", statusAndBody(inAnswer.get(margin, TimeUnit.SECONDS)));
        assertEquals("200 n\r\n0", statusAndBody(valuesAnswer.get(margin, TimeUnit.SECONDS)));
    }

    @Test
    void aQueryThatTimesOutAfterItsFirstRowsAnswers503AndAnOrdinaryQueryIsAnsweredMeanwhile() throws Exception {
        // Hundreds of rows are written, then the endless part runs until the timeout stops it.
        String query = "SELECT * { { SELECT * { ?s ?p ?o } LIMIT 1000 } UNION " + ENDLESS + " }";
        CompletableFuture<HttpResponse<String>> slow = http.sendAsync(form(query, "application/sparql-results+json").build(),
                                                                       HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> ordinary = send(form("ASK { ?s ?p ?o }", "text/csv"));
        assertEquals("200 _askResult\r\ntrue", statusAndBody(ordinary));
        assertEquals("503 Query timed out", statusAndBody(slow.get(5, TimeUnit.MINUTES)));
    }

    @Test
    void aResultTooLargeToHoldThatTimesOutEndsInABrokenConnectionNotAnAnswer() {
        // Hundreds of rows outgrow the 1 KB held back, so the 200 is sent before the endless part times out.
        String query = "SELECT * { { SELECT * { ?s ?p ?o } LIMIT 1000 } UNION " + ENDLESS + " }";
        HttpRequest request = HttpRequest.newBuilder(URI.create(smallHold.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build();
        assertThrows(IOException.class, () -> http.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    /** The query sent as GET ?query=, as a POSTed form, and as a POSTed application/sparql-query body. */
    private static Map<String, String> answersToEveryWayOfSending(String query) throws Exception {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("GET", statusAndBody(send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").GET())));
        answers.put("POST form", statusAndBody(send(form(query, "text/csv"))));
        answers.put("POST sparql-query", statusAndBody(send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(query)))));
        return answers;
    }

    /** {@code start} followed by a comment that makes it exactly {@code bytes} bytes long. */
    static String padded(String start, int bytes) {
        String head = start + "\n#";
        return head + "x".repeat(bytes - head.length());
    }

    private static HttpRequest.Builder form(String query, String accept) {
        return HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                          .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", accept)
                          .timeout(Duration.ofMinutes(5))
                          .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
    }

    private static String statusAndBody(HttpResponse<String> r) {
        return r.statusCode() + " " + r.body().strip();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
