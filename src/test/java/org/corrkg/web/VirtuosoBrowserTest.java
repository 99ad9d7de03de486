package org.corrkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.corrkg.TestStores;
import org.corrkg.remote.Endpoints;
import org.corrkg.remote.RemoteDatasetGraph;
import org.corrkg.remote.RemoteLoad;
import org.corrkg.remote.RemoteStore;
import org.corrkg.remote.VirtuosoProcess;
import org.corrkg.server.Server;
import org.corrkg.source.SourceFile;
import org.corrkg.store.Loader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The page served by {@code serve --endpoint} in front of Virtuoso Open Source 7.2.5, the
 * article loaded into it by corrkg, against the page on the article's store here: each view
 * shows the same counts, correspondents, lists, chart labels and tables. Virtuoso's compiler
 * refuses some of the page's queries as the page binds them; the page then asks their
 * portable forms ({@code queries/portable/}). Skipped where Virtuoso or Chromium is not installed.
 */
class VirtuosoBrowserTest extends InBrowser {

    @TempDir static Path dir;
    static VirtuosoProcess virtuoso;
    static RemoteStore remote;
    static Server elsewhere;

    @BeforeAll
    static void serveBoth() {
        Browsers.assumeBrowser();
        virtuoso = VirtuosoProcess.start(dir.resolve("virtuoso"));
        serve(TestStores.seeded(dir.resolve("store")));
        Endpoints e = Endpoints.query(virtuoso.sparql()).withGsp(virtuoso.gsp());
        remote = RemoteStore.connect(new Endpoints(e.query(), e.update(), e.gsp(), Optional.of(virtuoso.signIn()), e.timeout(),
                                                   e.retry(), false));
        new RemoteLoad(remote).run(s -> new Loader(s).load(SourceFile.bundledGraph()));
        elsewhere = Server.buildForwarding(RemoteDatasetGraph.of(remote), Browsers.settings()).start();
    }

    @AfterAll
    static void stopElsewhere() {
        if (elsewhere != null)
            elsewhere.stop();
        if (remote != null)
            remote.close();
        if (virtuoso != null)
            virtuoso.close();
    }

    /** Each view, as the page shows it here and in front of Virtuoso: the same text, but the SPARQL panel's timings. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/?type=letter", "/?type=letter&sort=recipient&size=3", "/?actor=rouhani", "/?actor=khamenei&view=actor",
                            "/?place=Tehran", "/?view=place&place=Muscat", "/?from=2013&to=2013", "/?from=2013-08-01&to=2013-09-30",
                            "/?disputed=only", "/?disputed=exclude&type=letter", "/?topic=https%3A%2F%2Fw3id.org%2Fcorrkg%2Ftopic%2Fisis"})
    void eachViewShowsWhatItShowsHere(String path) {
        String here = view(server, path), there = view(elsewhere, path);
        assertEquals(here, there, path);
    }

    /**
     * Which forms the views asked in front of Virtuoso: the portable forms of those it refuses
     * as the page binds them (the letters' counts and correspondents; Rouhani's network and map;
     * the unfiltered list's total).
     */
    @Test
    void theViewsAskThePortableFormsOfWhatTheStoreRefuses() {
        assertEquals(List.of("portable/browse/view-actors", "portable/browse/view-counts"), portableForms("/?type=letter"));
        assertEquals(List.of("portable/browse/map-places", "portable/browse/network", "portable/browse/view-actors"),
                     portableForms("/?actor=rouhani"));
        assertEquals(List.of("portable/browse/communications-count"), portableForms("/"));
    }

    /** The portable forms a view asked, by name; the console's errors are the store's refusals and nothing else. */
    private List<String> portableForms(String path) {
        Browsers.open(browser, elsewhere, path);
        TreeSet<String> portable = new TreeSet<>();
        for (WebElement summary : browser.findElements(By.cssSelector(".sparql summary"))) {
            String name = summary.getAttribute("textContent").replaceAll("\\.rq: .*", "");
            if (name.startsWith("portable/"))
                portable.add(name);
        }
        for (String error : Browsers.consoleErrors(browser))
            assertTrue(error.contains("/corrkg/sparql") && error.contains("500"), error);
        return List.copyOf(portable);
    }

    /**
     * The view's text and the titles of the charts' nodes, as the two stores may differ without the page being wrong: the names a
     * store joins in one cell (GROUP_CONCAT, whose order SPARQL leaves to the store) sorted;
     * the SPARQL panel's lines (in the order the answers came) sorted, without their times,
     * a portable form named as its query.
     */
    private String view(Server s, String path) {
        Browsers.open(browser, s, path);
        // A network's labels are placed where they cover nothing, an order of drawing apart;
        // its nodes, each with its count, are compared instead.
        browser.executeScript("document.querySelectorAll('main .node-label').forEach(e => e.style.display = 'none')");
        Object nodes = browser.executeScript("return [...document.querySelectorAll('main svg circle > title')].map(t => t.textContent).sort()");
        String text = browser.findElement(By.cssSelector("main")).getAttribute("innerText") + "\n" + nodes;
        List<String> lines = new java.util.ArrayList<>(), ran = new java.util.ArrayList<>();
        java.util.regex.Pattern query = java.util.regex.Pattern.compile("(?:portable/browse/)?([a-z-]+\\.rq: \\d+ rows) in \\d+ ms");
        for (String line : text.split("\n")) {
            java.util.regex.Matcher m = query.matcher(line);
            if (m.matches()) {
                ran.add(m.group(1));
                continue;
            }
            List<String> cells = new java.util.ArrayList<>();
            for (String cell : line.split("\t", -1)) {
                java.util.regex.Matcher labelled = java.util.regex.Pattern.compile("([^:;]+: )?(.*; .*)").matcher(cell);
                cells.add(labelled.matches() ? java.util.Objects.toString(labelled.group(1), "")
                                               + String.join("; ", new TreeSet<>(List.of(labelled.group(2).split("; "))))
                                             : cell);
            }
            lines.add(String.join("\t", cells));
        }
        java.util.Collections.sort(ran);
        return String.join("\n", lines) + "\n" + String.join("\n", ran);
    }
}
