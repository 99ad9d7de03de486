package org.corrkg.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.corrkg.server.Server;
import org.corrkg.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Not a test: a benchmark of how long the browser's views take to render, run only when
 * asked for. It serves the store given in {@code -Dcorrkg.bench.store=DIR}, opens each view
 * in headless Chromium several times and prints the median time from navigation to the
 * view's data-ready mark. Method and figures: docs/benchmarks.md.
 * {@code mvn test -Dtest=RenderBenchmark -Dcorrkg.bench.store=DIR -Dcorrkg.bench.actor=IRI -Dcorrkg.bench.place=IRI}
 */
@EnabledIfSystemProperty(named = "corrkg.bench.store", matches = ".+")
class RenderBenchmark {

    @Test
    void measure() throws Exception {
        Path dir = Path.of(System.getProperty("corrkg.bench.store"));
        String actor = System.getProperty("corrkg.bench.actor", "https://w3id.org/corrkg/id/khamenei");
        String place = System.getProperty("corrkg.bench.place", "https://w3id.org/corrkg/id/tehran");
        int runs = Integer.getInteger("corrkg.bench.runs", 5);
        try (Store store = Store.open(dir)) {
            Server server = Server.build(store.dataset(), Server.Settings.local(0, "corrkg")).start();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(Browsers.CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                 "--disable-component-update", "--disable-dev-shm-usage",
                                 "--user-data-dir=" + Files.createTempDirectory("chromium"), "--window-size=1400,1000");
            ChromeDriver browser = new ChromeDriver(
                    new ChromeDriverService.Builder().usingDriverExecutable(Browsers.CHROMEDRIVER.toFile()).build(), options);
            try {
                for (Map.Entry<String, String> view : Map.of(
                        "overview", "", "actor page", "?view=actor&actor=" + actor,
                        "place page", "?view=place&place=" + java.net.URLEncoder.encode(place, java.nio.charset.StandardCharsets.UTF_8)).entrySet()) {
                    List<Double> times = new ArrayList<>();
                    for (int i = 0; i <= runs; i++) {
                        long t = System.nanoTime();
                        browser.get(server.baseUrl() + view.getValue());
                        new WebDriverWait(browser, Duration.ofMinutes(2))
                                .until(d -> !d.findElements(By.cssSelector("main[data-ready='true']")).isEmpty());
                        if (i > 0)
                            times.add((System.nanoTime() - t) / 1e6);
                    }
                    Collections.sort(times);
                    System.out.printf("RENDER %s %s: median %.0f ms (min %.0f, max %.0f, %d runs after one warm-up)%n",
                                      dir, view.getKey(), times.get(times.size() / 2), times.get(0), times.get(times.size() - 1), runs);
                }
            } finally {
                browser.quit();
                server.stop();
            }
        }
    }
}
