package org.corrkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search box in the header of every page, in headless Chromium against the article: names
 * suggested as they are typed (every actor and place, accents folded, either way round), and
 * the full-text results (actors and places, then the communications as every view lists them).
 */
class SearchBrowserTest extends ArticleInBrowser {

    static final String ID = "https://w3id.org/corrkg/id/";

    @Test
    void theSearchBoxSuggestsANameTypedTheOtherWayRoundAndGoesToItsPage() {
        open("/?view=communication&c=" + ID + "letter-2014-10-obama-khamenei");
        assertEquals(List.of("Ali Khamenei"), suggestionsFor("Khamenei, Ali"));
        assertEquals(List.of(ID + "khamenei"), browser.findElements(By.cssSelector("#suggestions a")).stream()
                                                      .map(a -> a.getAttribute("data-iri")).toList());
        browser.findElement(By.id("search")).sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains("view=actor"));
        waitFor("main[data-ready='true']");
        assertEquals("Ali Khamenei", text("#actor-name"));
        assertEquals(List.of(), Browsers.consoleErrors(browser));
    }

    @Test
    void theSuggestionsFoldAccentsAndTakeTheStartOfAnyWordOfAnyName() {
        open("/");
        assertEquals(List.of("Ali Khamenei"), suggestionsFor("khaméneï"));
        // Tehran is a place, and another name of the Government of Iran; neither is among the busiest only.
        assertEquals(List.of("Government of Iran", "Tehran"), suggestionsFor("teh"));
        assertEquals(server.baseUrl() + "?view=place&place=https%3A%2F%2Fw3id.org%2Fcorrkg%2Fid%2Ftehran",
                     browser.findElement(By.cssSelector("#suggestions a.place")).getAttribute("href"), "a place opens its page");
        // An alternative label ("Barak Obama", the chronology's misspelling) finds him by the name he is shown by.
        assertEquals(List.of("Barack Obama"), suggestionsFor("barak"));
        assertEquals(List.of(), suggestionsFor("zzz"));
        assertEquals(List.of(), Browsers.consoleErrors(browser));
    }

    @Test
    void submittingTheSearchBoxListsTheCommunicationsWhoseTextMatches() {
        open("/");
        WebElement box = browser.findElement(By.id("search"));
        box.sendKeys("Nowruz", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains("view=search"));
        waitFor("main[data-ready='true']");
        assertEquals(server.baseUrl() + "?view=search&q=Nowruz", browser.getCurrentUrl());
        assertEquals("Search: Nowruz", text("#search-heading"));
        // The six Nowruz messages, Khamenei's statement calling one deceptive and his Nowruz speech, by date.
        assertEquals(List.of("nowruz-2009", "statement-2009-khamenei-deceptive", "nowruz-2010", "nowruz-2011", "nowruz-2012",
                             "nowruz-2013", "speech-2013-03-21-khamenei", "nowruz-2014"), rows());
        assertEquals("8", text("#list-total"));
        // The download links carry the search, for all its rows (BrowseDownloadTest reads the file).
        assertEquals(List.of(server.baseUrl() + "browse/download?format=csv&q=Nowruz", server.baseUrl() + "browse/download?format=cmif&q=Nowruz",
                             server.baseUrl() + "browse/download?format=json&q=Nowruz"),
                     browser.findElements(By.cssSelector("#list a.download")).stream().map(a -> a.getAttribute("href")).toList());
        assertEquals("No actor or place has a name like \u201cNowruz\u201d.", text("#search-names-found p"));
        assertEquals("Nowruz", browser.findElement(By.id("search")).getAttribute("value"), "the box keeps what was searched");
        browser.findElement(By.linkText("Khamenei's Nowruz speech of 2013")).click();
        waitFor("#communication-label");
        assertEquals("Khamenei's Nowruz speech of 2013", text("#communication-label"));
        assertEquals(List.of(), Browsers.consoleErrors(browser));
    }

    @Test
    void aPhraseFoundOnlyInTheEvidenceFindsTheCommunicationsItBearsOut() {
        open("/?view=search&q=%22tend+not+to+comment%22");
        // Obama's answer in the CBS interview, quoted as its evidence, and as the evidence of his denial of a claim about the 2014 letter.
        assertEquals(List.of("letter-2014-10-obama-khamenei", "interview-2014-11-09-cbs"), rows());
        assertEquals(List.of("Mid-October 2014", "November 9 (2014-11-09)"),
                     browser.findElements(By.cssSelector("#communications tbody td.date")).stream().map(WebElement::getText).toList());
        assertEquals(0, browser.findElements(By.cssSelector("#search-names li")).size());
    }

    @Test
    void aNameSearchedListsTheActorAndTheCommunicationsThatNameHim() {
        open("/?view=search&q=Rouhani&sort=-date");
        assertEquals(List.of(ID + "rouhani"), browser.findElements(By.cssSelector("#search-names li")).stream()
                                                     .map(li -> li.getAttribute("data-iri")).toList());
        assertEquals("Hassan Rouhani person", text("#search-names li"));
        // Every communication whose text, or a note on its evidence, names him (his own three among
        // them), latest first, as the list's sort links say.
        assertEquals(List.of("report-2014-wsj", "letter-2014-10-obama-khamenei", "briefing-2013-09-27-obama",
                             "call-2013-09-27-obama-rouhani", "interview-2013-09-15-obama", "letter-2013-rouhani-obama",
                             "letter-2013-08-obama-rouhani", "message-2010-03-ahmadinejad-obama", "letter-2008-ahmadinejad-obama",
                             "letter-2006-ahmadinejad-bush"), rows());
        assertEquals("date, latest first", text("#list-summary .sort.current"));
    }

    @Test
    void aGeneratedLinkedDataPageHasTheSameSearchBox() {
        // An office has no page of the browser's: /id/ answers a browser with a page of its description, under the same header.
        browser.get(server.baseUrl() + "id/office-us-president");
        assertEquals("President of the United States", text("h1"));
        assertEquals(List.of("Ali Khamenei"), suggestionsFor("Khamenei, Ali"));
        browser.findElement(By.id("search")).sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains("view=actor"));
        waitFor("main[data-ready='true']");
        assertEquals("Ali Khamenei", text("#actor-name"));
        // Enter on what was typed searches the text, from the page of an unknown IRI too.
        browser.get(server.baseUrl() + "id/no-such-actor");
        assertEquals("Not found", text("h1"));
        assertEquals(List.of(server.baseUrl() + "id/no-such-actor - Failed to load resource: the server responded with a status of 404 (Not Found)"),
                     Browsers.consoleErrors(browser), "the page's own status, and nothing else");
        browser.findElement(By.id("search")).sendKeys("Nowruz", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains("view=search"));
        waitFor("main[data-ready='true']");
        assertEquals(server.baseUrl() + "?view=search&q=Nowruz", browser.getCurrentUrl());
        assertEquals("8", text("#list-total"));
        assertEquals(List.of(), Browsers.consoleErrors(browser));
    }

    @Test
    void aSearchThatCannotBeReadIsSaidSo() {
        open("/?view=search&q=%22unbalanced");
        assertEquals("Could not search for \u201c\"unbalanced\u201d: write words, \"a phrase\", word* or a AND b (Lucene's syntax).",
                     text("#search-error"));
    }

    /** Types {@code typed} into the empty search box and returns the names it suggests once they are for that text. */
    private List<String> suggestionsFor(String typed) {
        WebElement box = browser.findElement(By.id("search"));
        box.clear();
        box.sendKeys(typed);
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> typed.trim().equals(
                d.findElement(By.id("suggestions")).getAttribute("data-for")));
        return browser.findElements(By.cssSelector("#suggestions a")).stream().map(WebElement::getText).toList();
    }

    private void open(String path) {
        Browsers.open(browser, server, path);
    }

    private void waitFor(String css) {
        Browsers.waitFor(browser, css);
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private List<String> rows() {
        return browser.findElements(By.cssSelector("#communications tbody tr")).stream()
                      .map(r -> r.getAttribute("data-communication").substring(ID.length())).toList();
    }
}
