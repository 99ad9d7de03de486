package org.corrkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

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
     * The network's nodes that are not wholly inside the chart, below the legend (whose one row
     * ends 24 pixels down), by name; and how many nodes there are.
     */
    static final String NODES_OUTSIDE = String.join("\n",
            "const el = document.getElementById('network'), chart = echarts.getInstanceByDom(el);",
            "const data = chart.getModel().getSeriesByIndex(0).getData(), out = [];",
            "for (let i = 0; i < data.count(); i++) {",
            "  const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, data.getItemLayout(i));",
            "  const r = data.getItemVisual(i, 'symbolSize') / 2;",
            "  if (x - r < 0 || x + r > el.clientWidth || y - r < 24 || y + r > el.clientHeight) out.push(data.getName(i));",
            "}",
            "return [out, data.count()];");

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
    void theNetworksLabelsFaceOutOfTheChart() {
        open("/");
        Browsers.waitFor(browser, "#network[data-fitted='true']");
        // Each node's label is on the side away from the middle, so it runs towards the margin kept for it.
        Object inward = browser.executeScript(String.join("\n",
                "const el = document.getElementById('network'), chart = echarts.getInstanceByDom(el);",
                "const data = chart.getModel().getSeriesByIndex(0).getData(), xs = [], out = [];",
                "for (let i = 0; i < data.count(); i++) xs.push(data.getItemLayout(i)[0]);",
                "const mid = (Math.min(...xs) + Math.max(...xs)) / 2;",
                "for (let i = 0; i < data.count(); i++) {",
                "  const side = data.getItemModel(i).get(['label', 'position']);",
                "  if ((xs[i] > mid) !== (side === 'left')) out.push(data.getName(i));",
                "}",
                "return out;"));
        assertEquals(List.of(), inward);
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
