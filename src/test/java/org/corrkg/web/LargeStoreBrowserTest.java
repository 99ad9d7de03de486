package org.corrkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.system.Txn;

import org.corrkg.bench.SyntheticCorpus;
import org.corrkg.server.Server;
import org.corrkg.source.SourceFile;
import org.corrkg.store.Loader;
import org.corrkg.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * With more communications than bars can show, the overview draws a per-year histogram from the
 * summaries; with more than the map reads one by one (5,000), it draws the map from the place
 * and route counts kept at load: the same places, totals and routes as counting the communications.
 */
class LargeStoreBrowserTest {

    @TempDir Path dir;
    @TempDir static Path shared;
    /** 4,000 generated letters and the ontology, one source graph: loaded once, by the first test that needs them. */
    private static Store letters;

    private static Store letters() throws java.io.IOException {
        if (letters == null) {
            Path file = shared.resolve("letters.nt");
            try (OutputStream out = Files.newOutputStream(file)) {
                new SyntheticCorpus(4000, 11).write(out);
            }
            letters = Store.open(shared.resolve("store"));
            new Loader(letters).load(SourceFile.ontology());
            new Loader(letters).load(List.of(SourceFile.of(file)));
        }
        return letters;
    }

    @org.junit.jupiter.api.AfterAll
    static void closeLetters() {
        if (letters != null)
            letters.close();
    }

    @Test
    void aLargeStoreGetsAHistogramThatAddsUpToEveryCommunicationAndAMapOfEveryPlace() throws Exception {
        Browsers.assumeBrowser();
        Path letters = dir.resolve("letters.nt");
        try (OutputStream out = Files.newOutputStream(letters)) {
            new SyntheticCorpus(5200, 5).write(out);
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
                // The article's 38, and 5,200 letters with other communications, some of which have no earliest date.
                long communications = count(store, "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a corr:Communication }"),
                     undated = count(store, "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a corr:Communication FILTER NOT EXISTS { ?c corr:earliest ?e } }");
                assertEquals(String.valueOf(communications), browser.findElement(By.id("count-communications")).getText());
                assertTrue(communications > 5000, communications + " communications: more than the map reads one by one");
                assertEquals(1, browser.findElements(By.cssSelector("#timeline.histogram")).size(), "a histogram, not bars");
                assertEquals(0, browser.findElements(By.cssSelector("#timeline rect.bar")).size(), "no bars");
                Object total = browser.executeScript("return [...document.querySelectorAll('#timeline rect.year title')]"
                        + ".reduce((s, t) => s + Number(t.textContent.split(': ')[1].split(' ')[0]), 0)");
                assertEquals(communications - undated, total, "every communication with an earliest date is counted once");
                // No place has coordinates here: each is listed beside the map with its total, as counting the communications gives.
                Map<String, String> expected = new TreeMap<>(), listed = new TreeMap<>();
                Txn.executeRead(store.dataset(), () -> {
                    try (QueryExecution exec = QueryExecutionFactory.create(PREFIX + """
                            SELECT ?p (COUNT(DISTINCT ?from) + COUNT(DISTINCT ?to) + COUNT(DISTINCT ?at) - COUNT(DISTINCT ?fromOrTo) AS ?n)
                            { ?c a corr:Communication .
                              { ?c corr:sentFrom ?p BIND(?c AS ?from) BIND(?c AS ?fromOrTo) }
                              UNION { ?c corr:sentTo ?p BIND(?c AS ?to) BIND(?c AS ?fromOrTo) } UNION { ?c corr:place ?p BIND(?c AS ?at) } }
                            GROUP BY ?p""", store.dataset())) {
                        exec.execSelect().forEachRemaining(r -> expected.put(r.getResource("p").getURI(), "(" + r.getLiteral("n").getLong() + ")"));
                    }
                });
                // The article's places have coordinates (by their GeoNames ids): drawn as markers, not listed.
                List<String> markers = browser.findElements(By.cssSelector("#map circle.marker")).stream().map(m -> m.getAttribute("data-place"))
                                              .sorted().toList();
                assertEquals(List.of("https://w3id.org/corrkg/id/muscat", "https://w3id.org/corrkg/id/oman", "https://w3id.org/corrkg/id/tehran"),
                             markers);
                markers.forEach(expected::remove);
                for (WebElement li : browser.findElements(By.cssSelector("#unplaced li")))
                    listed.put(li.getAttribute("data-place"), li.getText().substring(li.getText().lastIndexOf(" (") + 1));
                assertEquals(expected, listed);
                long routes = count(store, "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?f ?t { ?c a corr:Communication ; corr:sentFrom ?f ; "
                                           + "corr:sentTo ?t FILTER(?f != ?t) } }");
                assertEquals(String.valueOf(Math.min(2000, routes)), browser.findElement(By.id("map")).getAttribute("data-routes"));
                assertTrue(routes > 100, routes + " routes");
            } finally {
                if (browser != null) browser.quit();
                server.stop();
            }
        }
    }

    /**
     * Under a type filter alone, in a store of one source graph, the page first asks for the
     * busiest correspondents among the most active actors only, and keeps that answer when its
     * 100th correspondent has enough under the filter that no actor left out could reach it
     * (letters: one query), else asks again for every actor's (meetings, which fewer than 100
     * actors had: two). Either way the table holds exactly the rows that reading every
     * communication of the filter gives.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}: {1} queries")
    @org.junit.jupiter.params.provider.CsvSource({"letter, 1", "meeting, 2"})
    void theBusiestCorrespondentsOfATypeAreThoseOfEveryCommunicationOfIt(String type, int asked) throws Exception {
        Browsers.assumeBrowser();
        Store store = letters();
        List<String> expected = new java.util.ArrayList<>();
        org.corrkg.query.QueryRunner runner = new org.corrkg.query.QueryRunner(org.corrkg.query.QuerySource.of(store.dataset()),
                                                                             org.corrkg.query.QueryLibrary.bundled());
        runner.select(org.corrkg.query.QueryLibrary.bundled().resolve("browse/view-actors"), Map.of("type", type))
              .forEachRemaining(r -> expected.add(r.getLiteral("name").getString() + " " + r.getLiteral("sent").getLong()
                                                  + " " + r.getLiteral("received").getLong()));
        Server server = Server.build(store.dataset(), Browsers.settings()).start();
        ChromeDriver browser = null;
        try {
            browser = Browsers.newBrowser(dir);
            browser.get(server.baseUrl() + "?type=" + type);
            new WebDriverWait(browser, Duration.ofSeconds(120))
                    .until(d -> !d.findElements(By.cssSelector("main[data-ready='true']")).isEmpty());
            List<String> shown = browser.findElements(By.cssSelector("#correspondents tbody tr")).stream()
                    .map(tr -> tr.findElements(By.tagName("td")).stream().map(WebElement::getText).reduce((a, b) -> a + " " + b).orElse(""))
                    .toList();
            String main = browser.findElement(By.tagName("main")).getText();
            assertEquals(expected, shown, main.substring(0, Math.min(1500, main.length())));
            // Letters: a full table of 100; meetings: fewer than 100 actors had one, so the first answer cannot stand.
            assertTrue("meeting".equals(type) ? expected.size() < 100 : expected.size() == 100, expected.size() + " " + type + " correspondents");
            long ran = browser.findElements(By.cssSelector("section.sparql details summary")).stream()
                    .filter(e -> e.getAttribute("textContent").startsWith("view-actors.rq:")).count();
            assertEquals(asked, ran);
        } finally {
            if (browser != null) browser.quit();
            server.stop();
        }
    }

    private static final String PREFIX = "PREFIX corr: <https://w3id.org/corrkg/ontology#>\n";

    private static long count(Store store, String select) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution exec = QueryExecutionFactory.create(PREFIX + select, store.dataset())) {
                return exec.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
