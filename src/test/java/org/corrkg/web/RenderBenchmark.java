package org.corrkg.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
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
 * view's data-ready mark, as the page's own clock gives it ({@code data-ready-ms}). Method and
 * figures: docs/benchmarks.md. The server keeps no answers in memory unless {@code -Dcorrkg.bench.answerCache=MB} says so: with a cache, every run after
 * the warm-up would read the warm-up's answers, which measures a reader coming back to a view,
 * not the queries. With {@code -Dcorrkg.bench.profile=PREFIX} it writes Chromium's CPU profile of each
 * view's last run (DevTools' profiler, {@code PREFIX-view.json}); with {@code -Dcorrkg.bench.screenshots=DIR}
 * a screenshot of each view. It also prints when each request of the last run started and ended.
 * {@code mvn test -Dtest=RenderBenchmark -Dcorrkg.bench.store=DIR -Dcorrkg.bench.actor=IRI -Dcorrkg.bench.place=IRI}
 */
@EnabledIfSystemProperty(named = "corrkg.bench.store", matches = ".+")
class RenderBenchmark {

    /**
     * The views to open: {@code -Dcorrkg.bench.views=label=?query;label=?query}, or by default
     * the overview, an actor's page and a place's page, unfiltered, and the overview under each
     * kind of filter and a deep page of its list.
     */
    static Map<String, String> views(String actor, String place) {
        Map<String, String> views = new LinkedHashMap<>();
        String given = System.getProperty("corrkg.bench.views");
        if (given != null) {
            for (String view : given.split(";"))
                views.put(view.substring(0, view.indexOf('=')), view.substring(view.indexOf('=') + 1));
            return views;
        }
        views.put("overview", "");
        views.put("actor page", "?view=actor&actor=" + actor);
        views.put("place page", "?view=place&place=" + java.net.URLEncoder.encode(place, java.nio.charset.StandardCharsets.UTF_8));
        views.put("overview, a place", "?place=" + java.net.URLEncoder.encode(place, java.nio.charset.StandardCharsets.UTF_8));
        views.put("overview, letters", "?type=letter");
        views.put("overview, a decade", "?from=1700&to=1709");
        views.put("overview, disputed left out", "?disputed=exclude");
        views.put("overview, letters latest first", "?type=letter&sort=-date");
        views.put("overview, page 20 of the list", "?page=20");
        return views;
    }

    @Test
    void measure() throws Exception {
        Path dir = Path.of(System.getProperty("corrkg.bench.store"));
        String actor = System.getProperty("corrkg.bench.actor", "https://w3id.org/corrkg/id/khamenei");
        String place = System.getProperty("corrkg.bench.place", "https://w3id.org/corrkg/id/tehran");
        int runs = Integer.getInteger("corrkg.bench.runs", 5);
        try (Store store = Store.open(dir)) {
            long cacheBytes = Long.getLong("corrkg.bench.answerCache", 0) * 1024 * 1024;
            Server server = Server.build(store.dataset(), Server.Settings.local(0, "corrkg").withAnswerCache(cacheBytes)).start();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(Browsers.CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                 "--disable-component-update", "--disable-dev-shm-usage",
                                 "--user-data-dir=" + Files.createTempDirectory("chromium"), "--window-size=1400,1000");
            ChromeDriver browser = new ChromeDriver(
                    new ChromeDriverService.Builder().usingDriverExecutable(Browsers.CHROMEDRIVER.toFile()).build(), options);
            try {
                for (Map.Entry<String, String> view : views(actor, place).entrySet()) {
                    List<Double> times = new ArrayList<>();
                    for (int i = 0; i <= runs; i++) {
                        boolean profile = i == runs && System.getProperty("corrkg.bench.profile") != null;
                        if (profile) {
                            browser.executeCdpCommand("Profiler.enable", Map.of());
                            browser.executeCdpCommand("Profiler.setSamplingInterval", Map.of("interval", 200));
                            browser.executeCdpCommand("Profiler.start", Map.of());
                        }
                        browser.get(server.baseUrl() + view.getValue());
                        new WebDriverWait(browser, Duration.ofMinutes(2), Duration.ofMillis(20))
                                .until(d -> !d.findElements(By.cssSelector("main[data-ready='true']")).isEmpty());
                        if (profile)
                            Files.writeString(Path.of(System.getProperty("corrkg.bench.profile") + "-" + view.getKey().replaceAll("\\W+", "_") + ".json"),
                                    new org.openqa.selenium.json.Json().toJson(browser.executeCdpCommand("Profiler.stop", Map.of())));
                        // The page's own clock, from the navigation's start to the mark: polling adds nothing to it.
                        if (i > 0)
                            times.add(Double.parseDouble(browser.findElement(By.cssSelector("main[data-ready='true']")).getAttribute("data-ready-ms")));
                    }
                    String shots = System.getProperty("corrkg.bench.screenshots");
                    if (shots != null) {
                        Thread.sleep(1000); // what the page draws on a later frame (the network) is drawn
                        Files.write(Files.createDirectories(Path.of(shots)).resolve(view.getKey().replaceAll("\\W+", "_") + ".png"),
                                    browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
                    }
                    Collections.sort(times);
                    System.out.printf("RENDER %s %s: median %.0f ms (min %.0f, max %.0f, %d runs after one warm-up)%n",
                                      dir, view.getKey(), times.get(times.size() / 2), times.get(0), times.get(times.size() - 1), runs);
                    // The queries of the last run, with the time each took as the page saw it.
                    for (var summary : browser.findElements(By.cssSelector("section.sparql details summary")))
                        System.out.println("RENDER   " + summary.getAttribute("textContent"));
                    // When each request of the last run started and its answer arrived, from the navigation's start:
                    // what comes after the last answer is the page's own work.
                    Object timeline = browser.executeScript("return performance.getEntriesByType('resource').map(e => "
                            + "Math.round(e.startTime) + '-' + Math.round(e.responseEnd) + ' ' + e.name.replace(location.origin, '')"
                            + ".slice(0, 60)).join('\\n')");
                    for (String line : String.valueOf(timeline).split("\n"))
                        System.out.println("RENDER     " + line);
                }
            } finally {
                browser.quit();
                server.stop();
            }
        }
    }
}
