package org.corrkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.corrkg.bench.SyntheticCorpus;
import org.corrkg.server.Server;
import org.corrkg.source.SourceFile;
import org.corrkg.store.Loader;
import org.corrkg.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** With more communications than bars can show, the overview draws a per-year histogram from the summaries. */
class LargeStoreBrowserTest {

    @TempDir Path dir;

    @Test
    void aLargeStoreGetsAHistogramThatAddsUpToEveryCommunication() throws Exception {
        Browsers.assumeBrowser();
        Path letters = dir.resolve("letters.nt");
        try (OutputStream out = Files.newOutputStream(letters)) {
            new SyntheticCorpus(2000, 5).write(out);
        }
        try (Store store = Store.openSeeded(dir.resolve("store"))) {
            new Loader(store).load(List.of(SourceFile.of(letters)));
            Server server = Server.build(store.dataset(), Browsers.settings()).start();
            ChromeDriver browser = null;
            try {
                browser = Browsers.newBrowser(dir);
                browser.get(server.baseUrl());
                new WebDriverWait(browser, Duration.ofSeconds(120))
                        .until(d -> !d.findElements(By.cssSelector("main[data-ready='true']")).isEmpty());
                // The article's 38, and 2,000 letters with 78 other communications, 36 of which have no earliest date.
                assertEquals("2116", browser.findElement(By.id("count-communications")).getText());
                assertEquals(1, browser.findElements(By.cssSelector("#timeline.histogram")).size(), "a histogram, not bars");
                assertEquals(0, browser.findElements(By.cssSelector("#timeline rect.bar")).size(), "no bars");
                Object total = browser.executeScript("return [...document.querySelectorAll('#timeline rect.year title')]"
                        + ".reduce((s, t) => s + Number(t.textContent.split(': ')[1].split(' ')[0]), 0)");
                assertEquals(2116L - 36, total, "every communication with an earliest date is counted once");
            } finally {
                if (browser != null) browser.quit();
                server.stop();
            }
        }
    }
}
