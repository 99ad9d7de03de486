package org.corrkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.corrkg.TestStores;
import org.corrkg.server.Server;
import org.corrkg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A browser that opens one of the graph's IRIs (by its path on the server, as a w3id.org
 * redirect would send it) lands on the page of that actor or communication; the ontology
 * and a place are pages of their own. Headless Chromium, as {@link BrowserTest}.
 */
class LinkedDataBrowserTest {

    static final String ID = "https://w3id.org/corrkg/id/";

    @TempDir static Path dir;
    static Store store;
    static Server server;
    ChromeDriver browser;

    @RegisterExtension
    final AfterTestExecutionCallback screenshots = Browsers.screenshots(() -> browser);

    @BeforeAll
    static void start() {
        Browsers.assumeBrowser();
        store = TestStores.seeded(dir);
        server = Server.build(store.dataset(), Browsers.settings()).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    @BeforeEach
    void openBrowser(@TempDir Path profile) {
        browser = Browsers.newBrowser(profile);
    }

    @AfterEach
    void quitBrowser() {
        if (browser != null) browser.quit();
        browser = null;
    }

    @Test
    void anActorsIriOpensItsPage() {
        Browsers.open(browser, server, "/id/khamenei");
        assertEquals("Ali Khamenei", browser.findElement(By.id("actor-name")).getText());
        assertEquals(server.baseUrl() + "?view=actor&actor=https%3A%2F%2Fw3id.org%2Fcorrkg%2Fid%2Fkhamenei", browser.getCurrentUrl());
        assertEquals(List.of(), Browsers.consoleErrors(browser));
    }

    @Test
    void aCommunicationsIriOpensItsPage() {
        Browsers.open(browser, server, "/id/letter-2014-10-obama-khamenei");
        assertEquals("Obama's letter to Khamenei on ISIS", browser.findElement(By.id("communication-label")).getText());
        assertEquals(List.of(), Browsers.consoleErrors(browser));
    }

    @Test
    void aPlaceAndTheOntologyArePagesOfTheirOwnAndAnUnknownIriIsNotFound() {
        browser.get(server.baseUrl() + "id/tehran");
        assertEquals("Tehran", browser.findElement(By.tagName("h1")).getText());
        browser.get(server.baseUrl() + "ontology#Letter");
        assertEquals("corr:Letter (letter)", browser.findElement(By.cssSelector("#Letter h3")).getText());
        browser.get(server.baseUrl() + "id/no-such-actor");
        assertEquals("Not found", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.tagName("body")).getText().contains("No such resource: <" + ID + "no-such-actor>"));
    }
}
