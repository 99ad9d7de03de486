package org.corrkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.corrkg.TestStores;
import org.corrkg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes through a writable server while readers ask: each write adds a graph of two letters,
 * so a reader that ever saw one letter of a write without the other, or a letter without the
 * kind inferred for it, saw half a write. Readers see the writes arrive in order and never go
 * back; at the end every committed write is visible. Counts of requests are bounded, not time.
 */
class WritersAndReadersTest {

    static final int WRITES = 8;
    static final int READERS = 8;
    static final int MAX_READS_EACH = 400;

    @TempDir static Path dir;
    static Store store;
    static Server server;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    static final String EDITOR = "Basic " + Base64.getEncoder().encodeToString("editor:correct horse".getBytes(StandardCharsets.UTF_8));

    static final String WRITTEN = """
            PREFIX corr: <https://w3id.org/corrkg/ontology#>
            SELECT ?g (COUNT(DISTINCT ?l) AS ?letters) (COUNT(DISTINCT ?k) AS ?kinds)
            WHERE { GRAPH ?g { ?l a corr:Letter } FILTER(STRSTARTS(STR(?g), "urn:x:write-")) OPTIONAL { ?l corr:kind ?k } }
            GROUP BY ?g ORDER BY ?g""";

    @BeforeAll
    static void start() {
        store = TestStores.seeded(dir);
        Path passwords = dir.resolve("passwords");
        PasswordFile.set(passwords, "editor", "correct horse".toCharArray());
        server = Server.buildWritable(store.dataset(), Server.Settings.local(0, "corrkg"), PasswordFile.read(passwords)).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static String write(int i) {
        return WritingTest.PREFIXES + "INSERT DATA { GRAPH <urn:x:write-" + String.format("%02d", i) + "> { "
               + WritingTest.letter("w" + i + "-a", "write " + i) + WritingTest.letter("w" + i + "-b", "write " + i) + " } }";
    }

    @Test
    void readersNeverSeeHalfAWriteAndSeeEveryCommittedOne() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(READERS + 1);
        try {
            List<Future<List<String>>> readers = new ArrayList<>();
            for (int r = 0; r < READERS; r++)
                readers.add(pool.submit(() -> read(writing)));
            Future<List<String>> writer = pool.submit(() -> {
                List<String> failed = new ArrayList<>();
                try {
                    for (int i = 0; i < WRITES; i++) {
                        HttpResponse<String> w = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "corrkg/update"))
                                .header("Content-Type", "application/sparql-update").header("Authorization", EDITOR)
                                .POST(HttpRequest.BodyPublishers.ofString(write(i))).timeout(Duration.ofSeconds(120)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (w.statusCode() != 204)
                            failed.add("write " + i + ": " + w.statusCode() + " " + w.body());
                    }
                } finally {
                    writing.set(false);
                }
                return failed;
            });
            List<String> wrong = new ArrayList<>(writer.get(10, TimeUnit.MINUTES));
            for (Future<List<String>> f : readers)
                wrong.addAll(f.get(10, TimeUnit.MINUTES));
            assertEquals(List.of(), wrong);
        } finally {
            pool.shutdownNow();
        }
        StringBuilder all = new StringBuilder("g,letters,kinds\r\n");
        for (int i = 0; i < WRITES; i++)
            all.append("urn:x:write-").append(String.format("%02d", i)).append(",2,1\r\n");
        assertEquals(all.toString(), ask(WRITTEN), "every committed write, whole");
    }

    /** Reads until the writer is done (at most MAX_READS_EACH times); returns what was wrong. */
    private static List<String> read(AtomicBoolean writing) throws Exception {
        List<String> wrong = new ArrayList<>();
        int seen = 0;
        for (int n = 0; n < MAX_READS_EACH && writing.get(); n++) {
            List<String> rows = ask(WRITTEN).lines().skip(1).toList();
            for (String row : rows)
                if (!row.endsWith(",2,1"))
                    wrong.add("half a write: " + row);
            if (rows.size() < seen)
                wrong.add("went back from " + seen + " writes to " + rows.size());
            seen = rows.size();
        }
        return wrong;
    }

    private static String ask(String sparql) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(sparql)).timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200)
            throw new AssertionError(r.statusCode() + " " + r.body());
        return r.body();
    }
}
