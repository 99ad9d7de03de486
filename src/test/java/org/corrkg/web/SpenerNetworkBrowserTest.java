package org.corrkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.corrkg.exchange.cmif.CmifImporter;
import org.corrkg.store.Batch;
import org.corrkg.store.Loader;
import org.corrkg.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The network of a corpus with one dominant correspondent, in headless Chromium: Spener's
 * letters (src/test/resources/cmif/spener-letters.xml, 2,435 letters, nearly all to or from
 * him), imported once for the class. The overview draws the 15 busiest correspondents and
 * one node for the other 533; an actor's page draws its ego network the same way.
 */
class SpenerNetworkBrowserTest extends InBrowser {

    static final String SPENER = "https://d-nb.info/gnd/118616099";

    /**
     * The labels of the network's nodes, sorted: the 15 busiest and the others as one. Hermann von
     * der Hardt and Gräfin Benigna von Solms-Laubach are tied at the 15th place; the network kept at
     * load takes the first by IRI (GND 118701568 before 13705629X).
     */
    static final List<String> BUSIEST = List.of("533 others", "Adam Rechenberg", "Ahasver Fritsch", "Anna Elisabeth Kißner",
            "August Hermann Francke", "Elias Veiel", "Gottlieb Spizel", "Hermann von der Hardt", "Johann Ludwig Hartmann",
            "Johann Wilhelm Petersen", "Philipp Jakob Spener", "einen Amtsbruder", "einen Bekannten", "einen Freund",
            "einen Geistlichen", "einen Unbekannten");

    /**
     * Spener's own network (his page, or the overview filtered to him) the page condenses itself,
     * by the weight of the ties it reads, ties broken by name: the Gräfin at the 15th place.
     */
    static final List<String> BY_HIS_TIES = List.of("533 others", "Adam Rechenberg", "Ahasver Fritsch", "Anna Elisabeth Kißner",
            "August Hermann Francke", "Elias Veiel", "Gottlieb Spizel", "Gräfin Benigna von Solms-Laubach", "Johann Ludwig Hartmann",
            "Johann Wilhelm Petersen", "Philipp Jakob Spener", "einen Amtsbruder", "einen Bekannten", "einen Freund",
            "einen Geistlichen", "einen Unbekannten");

    @TempDir static Path dir;

    @BeforeAll
    static void start() throws Exception {
        Browsers.assumeBrowser();
        Path file = Path.of(SpenerNetworkBrowserTest.class.getClassLoader().getResource("cmif/spener-letters.xml").toURI());
        Store spener = Store.open(dir.resolve("store"));
        CmifImporter cmif = CmifImporter.open(file, CmifImporter.Progress.NONE, w -> { });
        new Loader(spener).loadUserGraphs(new Batch().add(cmif.graphName(), cmif::emit, file.toString()));
        serve(spener);
    }

    @Test
    void theOverviewDrawsTheFifteenBusiestAndCountsTheOthers() {
        Browsers.open(browser, server, "/");
        // The 15 most active, as the correspondents table ranks them, and everyone who wrote with them as one node.
        assertEquals(BUSIEST, labels());
        assertEquals("533", browser.findElement(By.id("network")).getAttribute("data-others"));
        assertEquals("The 15 busiest of 548 correspondents are drawn; the other 533 are one node, which exchanged 1,314 communications "
                     + "with them.", browser.findElement(By.id("network-note")).getText());
        assertEquals(List.of(), Browsers.consoleErrors(browser));
    }

    @Test
    void anActorsPageDrawsItsEgoNetwork() {
        Browsers.open(browser, server, "/?view=actor&actor=" + SPENER);
        // Spener wrote with nearly everyone: his busiest partners are the corpus's busiest.
        assertEquals(BY_HIS_TIES, labels());
        assertEquals("533", browser.findElement(By.id("network")).getAttribute("data-others"));
        assertEquals("The 15 busiest of 548 correspondents are drawn; the other 533 are one node, which exchanged 1,314 communications "
                     + "with them. The 2 among the others are not drawn.", browser.findElement(By.id("network-note")).getText());
        // Filtered to Spener, the overview draws the 400 heaviest of his ties the same way.
        Browsers.open(browser, server, "/?actor=" + SPENER);
        assertEquals(BY_HIS_TIES.stream().map(l -> l.equals("533 others") ? "361 others" : l).sorted().toList(), labels());
        assertEquals("The 15 busiest of 376 correspondents of the 400 heaviest ties are drawn; the other 361 are one node, which "
                     + "exchanged 1,137 communications with them.", browser.findElement(By.id("network-note")).getText());
        assertEquals(List.of(), Browsers.consoleErrors(browser));
    }

    /** The network's node labels, sorted, once it is drawn. */
    @SuppressWarnings("unchecked")
    private List<String> labels() {
        Browsers.waitFor(browser, "#network[data-fitted='true']");
        return ((List<Object>) browser.executeScript("return [...document.querySelectorAll('#network .node')]"
                + ".map(n => n.dataset.name).sort()")).stream().map(String::valueOf).toList();
    }
}
