package org.corrkg.server;

import java.net.http.HttpClient;
import java.nio.file.Path;

import org.corrkg.TestStores;
import org.corrkg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the server tests on the article share: a seeded store, read-only, served on a free
 * loopback port for the test class, and an HTTP client to ask it.
 */
abstract class ServedArticle {

    @TempDir static Path dir;
    static Store store;
    static Server server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = TestStores.seeded(dir);
        server = Server.build(store.dataset(), Server.Settings.local(0, "corrkg")).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }
}
