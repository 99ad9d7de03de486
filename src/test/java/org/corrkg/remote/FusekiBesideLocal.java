package org.corrkg.remote;

import java.nio.file.Path;

import org.corrkg.TestStores;
import org.corrkg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the remote load tests share: an empty Fuseki in a JVM of its own, and the article's
 * store here to compare what a load there holds with, both for the test class.
 */
abstract class FusekiBesideLocal {

    @TempDir static Path dir;
    static FusekiProcess fuseki;
    static Store local;

    @BeforeAll
    static void start() {
        fuseki = FusekiProcess.start(dir.resolve("fuseki"));
        local = TestStores.seeded(dir.resolve("local"));
    }

    @AfterAll
    static void stop() {
        fuseki.close();
        local.close();
    }
}
