package org.corrkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import org.corrkg.TestStores;
import org.corrkg.exchange.cmif.CmifImporter;
import org.corrkg.remote.RemoteDatasetGraph;
import org.corrkg.remote.RemoteLoad;
import org.corrkg.remote.RemoteStore;
import org.corrkg.remote.StoreElsewhere;
import org.corrkg.server.Server;
import org.corrkg.source.SourceFile;
import org.corrkg.store.Batch;
import org.corrkg.store.Loader;
import org.corrkg.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The page served by {@code serve --endpoint} in front of a store elsewhere, loaded by corrkg,
 * against the page on a store here holding the same: each view shows the same counts,
 * correspondents, lists, timeline, map places and network nodes. Fuseki (in a JVM of its own)
 * and Virtuoso Open Source 7.2.5 each hold the article and Spener's letters. (Before the page's
 * queries read kinds through corr:kindWithin and parties through a UNION, Virtuoso answered 11
 * of these views and 5 more otherwise, without an error: docs/deploy.md.) Virtuoso's compiler
 * refuses some of the page's queries as the page binds them; the page then asks their portable
 * forms ({@code queries/portable/}). Skipped where Chromium, or Virtuoso, is not installed.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(StoreElsewhere.Kind.class)
class RemoteBrowserTest extends InBrowser {

    static final Path SPENER = Path.of("src/test/resources/cmif/spener-letters.xml");
    static final String SPENER_GND = "https%3A%2F%2Fd-nb.info%2Fgnd%2F118616099";

    @Parameter StoreElsewhere.Kind kind;
    @TempDir static Path dir;
    static StoreElsewhere store;
    static RemoteStore remote;
    static Server elsewhere;

    /** Spener's letters, as one batch of graphs: loaded here once, and at each store elsewhere. */
    static Batch spener() {
        CmifImporter.Imported imported = CmifImporter.read(SPENER, CmifImporter.Progress.NONE);
        return new Batch().add(imported.graphName(), imported.graph(), SPENER.toString());
    }

    /** The store here: the article with Spener's letters (served as InBrowser's). */
    @BeforeAll
    static void serveHere() {
        Browsers.assumeBrowser();
        Store here = TestStores.seeded(dir.resolve("store"));
        new Loader(here).load(spener());
        serve(here);
    }

    @BeforeParameterizedClassInvocation
    static void serveElsewhere(StoreElsewhere.Kind kind) {
        store = StoreElsewhere.start(kind, dir.resolve(kind.name().toLowerCase(java.util.Locale.ROOT)));
        remote = store.connect();
        new RemoteLoad(remote).run(s -> new Loader(s).load(SourceFile.bundledGraph()));
        new RemoteLoad(remote).run(s -> new Loader(s).load(spener()));
        elsewhere = Server.buildForwarding(RemoteDatasetGraph.of(remote), Browsers.settings()).start();
    }

    @AfterParameterizedClassInvocation
    static void stopElsewhere() {
        if (elsewhere != null)
            elsewhere.stop();
        elsewhere = null;
        if (remote != null)
            remote.close();
        remote = null;
        if (store != null)
            store.close();
        store = null;
    }

    /** Each view, as the page shows it here and in front of the store elsewhere: the same. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/?type=letter&sort=recipient&size=3", "/?actor=rouhani", "/?actor=khamenei&view=actor",
                            "/?place=Tehran", "/?view=place&place=Muscat", "/?from=2013&to=2013",
                            "/?disputed=only", "/?disputed=exclude&type=letter", "/?topic=https%3A%2F%2Fw3id.org%2Fcorrkg%2Ftopic%2Fisis",
                            "/?actor=" + SPENER_GND, "/?from=1680&to=1689&sort=-date", "/?type=letter&from=1690&to=1695"})
    void eachViewShowsWhatItShowsHere(String path) {
        String here = view(server, path), there = view(elsewhere, path);
        // A portable form reads the communications where its query may add up counts kept at
        // load: the rows it gives are not the query's, only the view they make.
        java.util.regex.Matcher portable = java.util.regex.Pattern.compile("(?m)^([a-z-]+\\.rq): its portable form$").matcher(there);
        while (portable.find())
            here = here.replaceAll("(?m)^" + java.util.regex.Pattern.quote(portable.group(1)) + ": \\d+ rows$", portable.group(1) + ": its portable form");
        assertEquals(here, there, path + " at " + kind);
    }

    /**
     * Which forms the views asked: at Virtuoso the portable forms of those it refuses as the
     * page binds them (the letters' counts and correspondents; Rouhani's network and map; the
     * overview's list total); at Fuseki none.
     */
    @Test
    void theViewsAskThePortableFormsOfWhatTheStoreRefuses() {
        boolean virtuoso = kind == StoreElsewhere.Kind.VIRTUOSO;
        assertEquals(virtuoso ? List.of("portable/browse/view-actors", "portable/browse/view-counts") : List.of(),
                     portableForms("/?type=letter"));
        assertEquals(virtuoso ? List.of("portable/browse/map-places", "portable/browse/network", "portable/browse/view-actors") : List.of(),
                     portableForms("/?actor=rouhani"));
        assertEquals(virtuoso ? List.of("portable/browse/communications-count") : List.of(), portableForms("/"));
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
     * a portable form named as its query, without its count of rows.
     */
    private String view(Server s, String path) {
        Browsers.open(browser, s, path);
        // A network's labels are placed where they cover nothing, an order of drawing apart;
        // its nodes, each with its count, are compared instead.
        browser.executeScript("document.querySelectorAll('main .node-label').forEach(e => e.style.display = 'none')");
        Object nodes = browser.executeScript("return [...document.querySelectorAll('main svg circle > title')].map(t => t.textContent).sort()");
        String text = browser.findElement(By.cssSelector("main")).getAttribute("innerText") + "\n" + nodes;
        List<String> lines = new java.util.ArrayList<>(), ran = new java.util.ArrayList<>();
        java.util.regex.Pattern query = java.util.regex.Pattern.compile("(portable/browse/)?([a-z-]+\\.rq): (\\d+ rows) in \\d+ ms");
        for (String line : text.split("\n")) {
            java.util.regex.Matcher m = query.matcher(line);
            if (m.matches()) {
                ran.add(m.group(2) + ": " + (m.group(1) == null ? m.group(3) : "its portable form"));
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
