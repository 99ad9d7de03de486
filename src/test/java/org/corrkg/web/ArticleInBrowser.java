package org.corrkg.web;

import java.nio.file.Path;

import org.corrkg.TestStores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The browser tests on the article: the seeded store, served for the test class. */
abstract class ArticleInBrowser extends InBrowser {

    @TempDir static Path dir;

    @BeforeAll
    static void start() {
        Browsers.assumeBrowser();
        serve(TestStores.seeded(dir));
    }
}
