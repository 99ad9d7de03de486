package org.corrkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.corrkg.TestStores;
import org.corrkg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sixteen readers at once, each asking a fixed number of questions with known answers: every
 * answer is the right one, whichever thread asks and however the requests interleave. The
 * count of requests is bounded, not the time, so a slow machine only takes longer.
 */
class ConcurrentReadersTest {

    static final int READERS = 16;
    static final int REQUESTS_EACH = 10;

    @TempDir static Path dir;
    static Store store;
    static Server server;

    /** Questions and their answers on the article, as CSV. */
    static final Map<String, String> QUESTIONS = Map.of(
            "PREFIX corr: <https://w3id.org/corrkg/ontology#> SELECT (COUNT(?l) AS ?n) { ?l a corr:Letter }", "n\r\n8\r\n",
            "PREFIX corr: <https://w3id.org/corrkg/ontology#> SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a corr:Communication }", "n\r\n38\r\n",
            "PREFIX corr: <https://w3id.org/corrkg/ontology#> PREFIX id: <https://w3id.org/corrkg/id/> "
            + "SELECT ?c { ?c corr:sender id:obama ; corr:recipient id:khamenei } ORDER BY ?c",
            "c\r\nhttps://w3id.org/corrkg/id/letter-2009-05-obama-khamenei\r\nhttps://w3id.org/corrkg/id/letter-2009-09-obama-khamenei\r\n"
            + "https://w3id.org/corrkg/id/letter-2014-10-obama-khamenei\r\n",
            "PREFIX text: <http://jena.apache.org/text#> SELECT DISTINCT ?s { ?s text:query \"decorative\" } ORDER BY ?s",
            "s\r\nhttps://w3id.org/corrkg/id/claim-2014-shamkhani-decorative\r\nhttps://w3id.org/corrkg/id/reply-2014-iran-obama\r\n");

    @BeforeAll
    static void start() {
        store = TestStores.seeded(dir);
        server = Server.build(store.dataset(), new Server.Settings("127.0.0.1", 0, "corrkg", Duration.ofSeconds(60), false)).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @Test
    void sixteenReadersAtOnceAllGetTheRightAnswers() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        List<Map.Entry<String, String>> questions = new ArrayList<>(QUESTIONS.entrySet());
        ExecutorService pool = Executors.newFixedThreadPool(READERS);
        try {
            List<Future<List<String>>> readers = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                int reader = r;
                readers.add(pool.submit(() -> {
                    List<String> wrong = new ArrayList<>();
                    for (int i = 0; i < REQUESTS_EACH; i++) {
                        var q = questions.get((reader + i) % questions.size());
                        URI uri = URI.create(server.sparqlUrl() + "?query=" + URLEncoder.encode(q.getKey(), StandardCharsets.UTF_8));
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).header("Accept", "text/csv")
                                .timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200 || !response.body().equals(q.getValue()))
                            wrong.add(response.statusCode() + " " + response.body());
                    }
                    return wrong;
                }));
            }
            List<String> wrong = new ArrayList<>();
            for (Future<List<String>> f : readers)
                wrong.addAll(f.get(10, TimeUnit.MINUTES));
            assertEquals(List.of(), wrong, "answers that were not the right one, of " + READERS * REQUESTS_EACH);
        } finally {
            pool.shutdownNow();
        }
    }
}
