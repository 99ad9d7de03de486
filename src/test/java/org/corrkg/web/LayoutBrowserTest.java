package org.corrkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * What the page looks like, in headless Chromium against the article: the network inside its
 * chart and below its legend, labelled timeline bars, actor pages without "null", and nothing
 * wider than a phone's screen.
 */
class LayoutBrowserTest extends ArticleInBrowser {

    static final String ID = "https://w3id.org/corrkg/id/";

    /**
     * The network's nodes that are not wholly inside the chart, or that the legend above it
     * overlaps, by name; and how many nodes there are.
     */
    static final String NODES_OUTSIDE = String.join("\n",
            "const el = document.getElementById('network'), chart = el.querySelector('svg').getBoundingClientRect();",
            "const legend = el.querySelector('.legend').getBoundingClientRect(), out = [], nodes = el.querySelectorAll('.node');",
            "for (const node of nodes) {",
            "  const r = node.querySelector('circle').getBoundingClientRect();",
            "  if (r.left < chart.left || r.right > chart.right || r.top < chart.top || r.bottom > chart.bottom || r.top < legend.bottom)",
            "    out.push(node.dataset.name);",
            "}",
            "return [out, nodes.length];");

    @Test
    void onAPhoneSizedWindowNoPageIsWiderThanTheScreen() {
        browser.manage().window().setSize(new Dimension(390, 844));
        for (String path : List.of("/", "/?view=actor&actor=" + ID + "khamenei", "/?view=actor&actor=" + ID + "iran-government",
                                   "/?view=communication&c=" + ID + "letter-2014-10-obama-khamenei", "/?view=search&q=Nowruz",
                                   "/?type=letter")) {
            open(path);
            assertEquals(390L, browser.executeScript("return innerWidth"), "the window is a phone's width");
            assertEquals(List.of(), overflowing(), path + " has nothing wider than the window");
            assertEquals(Boolean.TRUE, browser.executeScript("return document.documentElement.scrollWidth <= innerWidth"), path);
        }
    }

    @Test
    void theNetworkIsDrawnInsideItsChartAndBelowItsLegend() {
        open("/");
        Browsers.waitFor(browser, "#network[data-fitted='true']");
        assertEquals(List.of(List.of(), 20L), browser.executeScript(NODES_OUTSIDE));
        browser.manage().window().setSize(new Dimension(390, 844));
        open("/");
        Browsers.waitFor(browser, "#network[data-fitted='true']");
        assertEquals(List.of(List.of(), 20L), browser.executeScript(NODES_OUTSIDE), "on a phone too");
        // The timeline is drawn at about the size it is shown (its labels are as large on a phone as elsewhere).
        assertEquals(Boolean.TRUE, browser.executeScript("const t = document.getElementById('timeline');"
                + " return Math.abs(t.viewBox.baseVal.width - t.getBoundingClientRect().width) < 16"));
    }

    @Test
    void theNetworksLabelsNeitherRunPastTheChartNorCoverEachOtherOrANode() {
        open("/");
        Browsers.waitFor(browser, "#network[data-fitted='true']");
        // Each label beside its own node, inside the chart, over no other label and no other node;
        // a label that fits nowhere is left out (its node's tooltip still names it).
        Object labels = browser.executeScript(String.join("\n",
                "const el = document.getElementById('network'), chart = el.querySelector('svg').getBoundingClientRect();",
                "const dots = [...el.querySelectorAll('.node circle')].map(c => c.getBoundingClientRect()), out = [], boxes = [];",
                "const meets = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;",
                "for (const label of el.querySelectorAll('.node-label')) {",
                "  const own = label.previousElementSibling.getBoundingClientRect(), box = label.getBoundingClientRect();",
                "  const name = label.parentElement.dataset.name;",
                "  if (Math.min(Math.abs(box.left - own.right), Math.abs(own.left - box.right)) > 6) out.push('away: ' + name);",
                "  if (box.left < chart.left || box.right > chart.right || box.top < chart.top || box.bottom > chart.bottom) out.push('cut: ' + name);",
                "  if (boxes.some(b => meets(b, box))) out.push('over a label: ' + name);",
                "  if (dots.some(d => d !== own && meets(d, box))) out.push('over a node: ' + name);",
                "  boxes.push(box);",
                "}",
                "return [out, boxes.length, dots.length];"));
        assertEquals(List.of(List.of(), 20L, 20L), labels);
    }

    @Test
    void theNetworkZoomsInWithNodesAndLabelsAsLargeOnScreenAndFitsAgain() {
        open("/");
        Browsers.waitFor(browser, "#network[data-fitted='true']");
        String viewBox = "return document.querySelector('#network svg').getAttribute('viewBox')";
        String fitted = (String) browser.executeScript(viewBox);
        String onScreen = "return [...document.querySelectorAll('#network .node')].slice(0, 3).map(n => "
                          + "[Math.round(n.querySelector('circle').getBoundingClientRect().width), "
                          + "n.querySelector('text') ? Math.round(n.querySelector('text').getBoundingClientRect().height) : 0])";
        Object sizes = browser.executeScript(onScreen);
        browser.findElement(By.cssSelector("#network .zoom-in")).click();
        String[] before = fitted.split(" "), after = ((String) browser.executeScript(viewBox)).split(" ");
        assertEquals(Double.parseDouble(before[2]) * 0.6, Double.parseDouble(after[2]), 1e-3, "the view is 0.6 as wide");
        assertEquals(sizes, browser.executeScript(onScreen), "the busiest nodes and their labels keep their size on screen");
        browser.findElement(By.cssSelector("#network .zoom-fit")).click();
        assertEquals(fitted, browser.executeScript(viewBox));
    }

    @Test
    void theNetworksLegendSwitchesATypesTiesOffAndOnAgain() {
        open("/");
        Browsers.waitFor(browser, "#network[data-fitted='true']");
        String shown = "return [...document.querySelectorAll('#network g.tie')].filter(t => t.style.display !== 'none')"
                       + ".map(t => t.dataset.type).reduce((n, t) => ({ ...n, [t]: (n[t] || 0) + 1 }), {})";
        // The article's ties (one for each sender, recipient, type and disputed or not) by type.
        Map<String, Long> all = Map.of("interview", 1L, "letter", 6L, "meeting", 6L, "message", 4L, "phone call", 1L,
                                       "public message", 4L, "speech", 1L, "statement", 4L);
        assertEquals(all, browser.executeScript(shown));
        WebElement letter = browser.findElement(By.xpath("//*[@id='network']//button[normalize-space(.)='letter']"));
        letter.click();
        Map<String, Long> withoutLetters = new java.util.HashMap<>(all);
        withoutLetters.remove("letter");
        assertEquals(withoutLetters, browser.executeScript(shown));
        assertEquals("false", letter.getAttribute("aria-pressed"));
        letter.click();
        assertEquals(all, browser.executeScript(shown));
        assertEquals("true", letter.getAttribute("aria-pressed"));
    }

    @Test
    void everyTimelineBarCarriesItsLabelWithADateThatHasAYear() {
        open("/");
        assertEquals(38, browser.findElements(By.cssSelector("#timeline text.bar-label")).size());
        WebElement cbs = browser.findElement(By.xpath(
                "//*[local-name()='a'][*[local-name()='rect'][@data-communication='" + ID + "interview-2014-11-09-cbs']]"));
        assertEquals("Obama's CBS interview with Bob Schieffer, November 9 (2014-11-09)",
                     cbs.findElement(By.cssSelector("text.bar-label")).getText());
        assertEquals("Obama's CBS interview with Bob Schieffer (November 9 (2014-11-09), interview)",
                     cbs.findElement(By.cssSelector("rect title")).getAttribute("textContent"));
    }

    @Test
    void anActorWithoutOfficesOrOtherNamesShowsNeitherNorNull() {
        open("/?view=actor&actor=" + ID + "iranian-air-force-commanders");
        assertEquals("Iranian Air Force commanders", text("#actor-name"));
        String main = text("main");
        assertFalse(main.contains("null"), main);
        assertFalse(main.contains("Also named") || main.contains("Offices"), main);
        open("/?view=actor&actor=" + ID + "khamenei");
        assertTrue(text("main").contains("Offices: Supreme Leader of Iran (1989-06-04 to ?)"), "an actor with an office shows it");
    }

    /** The elements of the view whose right edge is past the window's, as tag#id.class, outermost first. */
    @SuppressWarnings("unchecked")
    private List<String> overflowing() {
        return (List<String>) browser.executeScript(String.join("\n",
                "const out = [];",
                "for (const el of document.querySelectorAll('#app *')) {",
                "  if (el.closest('svg') && el.tagName !== 'svg') continue;",
                "  let p = el.parentElement, clipped = false;",
                "  for (; p; p = p.parentElement) { const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'hidden' || o === 'scroll') { clipped = true; break; } }",
                "  if (clipped) continue;",
                "  if (el.getBoundingClientRect().right > innerWidth + 0.5) out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && el.className.baseVal === undefined ? '.' + el.className : ''));",
                "}",
                "return out.slice(0, 10);"));
    }

    private void open(String path) {
        Browsers.open(browser, server, path);
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }
}
