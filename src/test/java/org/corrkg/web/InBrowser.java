package org.corrkg.web;

import java.nio.file.Path;

import org.corrkg.server.Server;
import org.corrkg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What the browser tests share: one store served on a free loopback port for the test class
 * (a subclass's {@code @BeforeAll} fills it and calls {@link #serve}), and one headless
 * Chromium for the class, put back before each test to what a new one would be
 * ({@link Browsers#reset}: one blank tab of 1400 by 1000, no cookies, storage or cache, its
 * logs read out), with a screenshot kept when a test fails. Starting a Chromium per test cost
 * about a second and a half each.
 */
abstract class InBrowser {

    static Store store;
    static Server server;
    @TempDir static Path profile;
    private static ChromeDriver shared;
    ChromeDriver browser;

    @RegisterExtension
    final AfterTestExecutionCallback screenshots = Browsers.screenshots(() -> browser);

    /** Serves {@code filled} for the test class (closed after it). */
    static void serve(Store filled) {
        store = filled;
        server = Server.build(store.dataset(), Browsers.settings()).start();
    }

    @AfterAll
    static void stop() {
        if (shared != null) shared.quit();
        if (server != null) server.stop();
        if (store != null) store.close();
        shared = null;
        server = null;
        store = null;
    }

    @BeforeEach
    void openBrowser() {
        if (shared == null || !Browsers.reset(shared, server)) {
            if (shared != null) shared.quit();
            shared = Browsers.newBrowser(profile);
            if (!Browsers.reset(shared, server))
                throw new IllegalStateException("a new Chromium does not answer");
        }
        browser = shared;
    }
}
