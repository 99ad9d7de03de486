package org.corrkg.web;

import java.nio.file.Path;

import org.corrkg.server.Server;
import org.corrkg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What the browser tests share: one store served on a free loopback port for the test class
 * (a subclass's {@code @BeforeAll} fills it and calls {@link #serve}), and a fresh headless
 * Chromium for each test (1400 by 1000), quit after it, with a screenshot kept when it fails.
 */
abstract class InBrowser {

    static Store store;
    static Server server;
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
        if (server != null) server.stop();
        if (store != null) store.close();
        server = null;
        store = null;
    }

    @BeforeEach
    void openBrowser(@TempDir Path profile) {
        browser = Browsers.newBrowser(profile);
        browser.manage().window().setSize(new Dimension(1400, 1000));
    }

    @AfterEach
    void quitBrowser() {
        if (browser != null) browser.quit();
        browser = null;
    }
}
