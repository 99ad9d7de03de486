package org.corrkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.corrkg.TestStores;
import org.corrkg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a public read-only endpoint must refuse: queries that run too long, and SERVICE. */
class ServerLimitsTest {

    @TempDir static Path dir;
    static Store store;
    static Server server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = TestStores.seeded(dir);
        server = Server.build(store.dataset(), new Server.Settings("127.0.0.1", 0, "corrkg", Duration.ofMillis(500), false)).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @Test
    void aQueryThatRunsPastTheTimeoutIsStoppedWith503() throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> r = query("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        double seconds = (System.nanoTime() - started) / 1e9;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(seconds < 30, "stopped, not run to the end: " + seconds + " s");
    }

    @Test
    void serviceIsRefusedByDefault() throws Exception {
        HttpResponse<String> r = query("SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }");
        assertTrue(r.statusCode() >= 400, r.statusCode() + " " + r.body());
        assertTrue(r.body().contains("SERVICE"), r.body());
    }

    @Test
    void anOrdinaryQueryStillAnswers() throws Exception {
        assertEquals(200, query("ASK { ?s ?p ?o }").statusCode());
    }

    private static HttpResponse<String> query(String sparql) throws Exception {
        URI uri = URI.create(server.sparqlUrl() + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri).header("Accept", "text/csv").timeout(Duration.ofSeconds(60)).GET().build(),
                         HttpResponse.BodyHandlers.ofString());
    }
}
