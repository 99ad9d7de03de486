package org.corrkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser page in a real headless Chromium (Debian's chromium and chromium-driver,
 * which .ci/run installs) against a real server on a free port. Each test starts from a
 * browser put back to new ({@link InBrowser}), so nothing one test's page does (console
 * messages, storage, windows) is seen by the next. The browser resolves no host names except localhost: a test never
 * reaches the network. A failing test leaves a screenshot in target/screenshots/.
 */
class BrowserTest extends ArticleInBrowser {

    static final String ID = "https://w3id.org/corrkg/id/";

    /**
     * The only console errors allowed, and only on the Fuseki UI: its SPARQL editor fetches
     * prefixes from prefix.cc, which the page's Content-Security-Policy refuses.
     */
    static final List<String> PREFIX_CC = List.of(
            "Connecting to 'http://prefix.cc/popular/all.file.json' violates the following Content Security Policy directive: "
            + "\"connect-src 'self'\". The action has been blocked.",
            "Fetch API cannot load http://prefix.cc/popular/all.file.json. "
            + "Refused to connect because it violates the document's Content Security Policy.");

    @Test
    void theOverviewShowsTheCountsAndTheNetwork() {
        open("/");
        assertEquals("38", text("#count-communications"));
        assertEquals("33", text("#count-actors"));
        // Twenty actors sent to or received from someone else (not the two news reporters of letters).
        assertEquals("20", browser.findElement(By.id("network")).getAttribute("data-nodes"));
        assertEquals(38, bars());
        assertNoConsoleErrors();
    }

    @Test
    void clickingKhameneiListsExactlyHisCommunications() {
        open("/");
        browser.findElement(By.linkText("Ali Khamenei")).click();
        waitFor("#actor-name");
        assertEquals("Ali Khamenei", text("#actor-name"));
        assertEquals(List.of("statement-2009-khamenei-deceptive", "letter-2009-05-obama-khamenei", "letter-2009-09-obama-khamenei",
                             "sermon-2009-khamenei", "speech-2013-02-07-khamenei", "speech-2013-03-21-khamenei",
                             "letter-2014-10-obama-khamenei"),
                     rows("#communications tbody tr"));
        assertEquals(server.baseUrl() + "?view=actor&actor=https%3A%2F%2Fw3id.org%2Fcorrkg%2Fid%2Fkhamenei", browser.getCurrentUrl(),
                     "the address holds the view");
        assertNoConsoleErrors();
    }

    @Test
    void theDisputedLetterIsMarkedAsDisputed() {
        open("/?view=actor&actor=" + ID + "iran-government");
        List<WebElement> disputed = browser.findElements(By.cssSelector("#communications tr.disputed"));
        assertEquals(1, disputed.size());
        assertEquals(ID + "letter-2012-01-obama-disputed", disputed.get(0).getAttribute("data-communication"));
        // Disputed, and denied by one party.
        assertEquals("disputed, denied", disputed.get(0).findElement(By.cssSelector(".status")).getText());
    }

    @Test
    void aCommunicationPageShowsItsEvidence() {
        open("/?view=communication&c=" + ID + "letter-2014-10-obama-khamenei");
        assertEquals("Obama's letter to Khamenei on ISIS", text("#communication-label"));
        assertEquals(List.of(
                "Obama Wrote Khamenei on ISIS Threat, chronology, Mid-October 2014 (line 62): \u201cObama wrote Khamenei a letter\u201d",
                "Obama Wrote Khamenei on ISIS Threat, paragraph 1 (line 3): \u201cthe fourth letter Obama has sent since 2009\u201d",
                "Obama Wrote Khamenei on ISIS Threat, paragraph 4 (line 11): \u201cnecessary response was given to some of them\u201d"),
                browser.findElements(By.cssSelector("#evidence li")).stream().map(WebElement::getText).toList());
        String details = text("#communication-details");
        assertTrue(details.contains("Mid-October 2014") && details.contains("replied to by\nIran's response to Obama's letter"), details);
        assertNoConsoleErrors();
    }

    @Test
    void aCommunicationPageListsWhatIsClaimedAboutItsContentWithWhoClaimedAndWhoDenied() {
        open("/?view=communication&c=" + ID + "letter-2014-10-obama-khamenei");
        assertEquals(List.of(
                "condition: Made cooperation on ISIS largely dependent on the result of the nuclear talks between Iran and the six "
                + "major powers. disputed claimed by The Wall Street Journal, in The Wall Street Journal reports Obama's letter; "
                + "declined to comment by Obama administration; denied by Barack Obama, in Obama's CBS interview with Bob Schieffer, "
                + "November 9 (2014-11-09) (paragraph 2 (line 7))",
                "topic: Expressed concern about the growing threat of ISIS to the Middle East and the world, and laid out a shared "
                + "interest in combating it. reported claimed by The Wall Street Journal, in The Wall Street Journal reports "
                + "Obama's letter; declined to comment by Obama administration (chronology, Mid-October 2014 (line 62); "
                + "paragraph 1 (line 3))",
                "topic: Focused on nuclear issues. attested claimed by Ali Shamkhani, in Shamkhani acknowledges the correspondence "
                + "on state television, November 12 (2014-11-12); declined to comment by Obama administration (paragraph 4 (line 11))"),
                browser.findElements(By.cssSelector("#claims li")).stream().map(WebElement::getText).toList());
        assertEquals(List.of(ID + "claim-2014-10-wsj-condition"),
                     browser.findElements(By.cssSelector("#claims li.disputed")).stream().map(e -> e.getAttribute("data-claim")).toList());
        assertFalse(text("#communication-details").contains("claim"), "claims have their own list, not rows of the details");
        assertNoConsoleErrors();
    }

    @Test
    void aCommunicationAndAnActorPageSayHowToCiteThem() {
        // The day read is the browser's today: taken before and after, so a page read at midnight passes too.
        String before = today();
        open("/?view=communication&c=" + ID + "letter-2014-10-obama-khamenei");
        String today = text("#citation-text").replaceAll("^.*\\(accessed (\\d{4}-\\d{2}-\\d{2})\\)\\.$", "$1");
        assertTrue(today.equals(before) || today.equals(today()), today);
        assertEquals("\u201cObama's letter to Khamenei on ISIS\u201d (letter, Mid-October 2014). In corrkg. After Obama Wrote "
                     + "Khamenei on ISIS Threat. " + ID + "letter-2014-10-obama-khamenei (accessed " + today + ").", text("#citation-text"));
        assertEquals("@misc{corrkg:letter-2014-10-obama-khamenei,\n"
                     + "  title = {Obama's letter to Khamenei on ISIS},\n"
                     + "  howpublished = {corrkg},\n"
                     + "  note = {letter, Mid-October 2014; after Obama Wrote Khamenei on ISIS Threat},\n"
                     + "  url = {" + ID + "letter-2014-10-obama-khamenei},\n"
                     + "  urldate = {" + today + "}\n"
                     + "}", text("#citation-bibtex"));
        assertEquals(0, browser.findElements(By.id("edition-entry")).size(), "corrkg's own letter has no edition entry");
        open("/?view=actor&actor=" + ID + "obama");
        String actorDay = text("#citation-text").replaceAll("^.*\\(accessed (\\d{4}-\\d{2}-\\d{2})\\)\\.$", "$1");
        assertTrue(actorDay.equals(today) || actorDay.equals(today()), actorDay);
        assertEquals("\u201cBarack Obama\u201d (person). In corrkg. " + ID + "obama (accessed " + actorDay + ").", text("#citation-text"));
        assertEquals("Authority records: http://www.wikidata.org/entity/Q76", text("#authorities"));
        assertEquals("http://www.wikidata.org/entity/Q76", browser.findElement(By.cssSelector("#authorities a")).getAttribute("href"));
        assertNoConsoleErrors();
    }

    @Test
    void aCommunicationsCitationIsAlsoCslJsonWithItsAuthorsAndTheMonthItWasWritten() {
        String before = today();
        open("/?view=communication&c=" + ID + "letter-2014-10-obama-khamenei");
        String csl = text("#citation-csl");
        // The day read, as date-parts: the browser's today, taken before and after, so a page read at midnight passes too.
        String day = JSON.parseAny(csl).getAsArray().get(0).getAsObject().get("accessed").getAsObject().get("date-parts")
                         .getAsArray().get(0).toString().replaceAll("[\\[\\]\\s]", "");
        assertTrue(day.equals(parts(before)) || day.equals(parts(today())), day);
        String[] ymd = day.split(",");
        // "Mid-October 2014" is known to the month (its EDTF is 2014-10): issued as [2014, 10].
        assertEquals(JSON.parseAny("[{\"id\": \"corrkg:letter-2014-10-obama-khamenei\", \"type\": \"personal_communication\","
                + " \"title\": \"Obama's letter to Khamenei on ISIS\", \"genre\": \"letter\","
                + " \"author\": [{\"literal\": \"Barack Obama\"}], \"recipient\": [{\"literal\": \"Ali Khamenei\"}],"
                + " \"issued\": {\"date-parts\": [[2014, 10]]}, \"note\": \"After Obama Wrote Khamenei on ISIS Threat\","
                + " \"container-title\": \"corrkg\", \"URL\": \"" + ID + "letter-2014-10-obama-khamenei\","
                + " \"accessed\": {\"date-parts\": [[" + ymd[0] + ", " + ymd[1] + ", " + ymd[2] + "]]}}]"), JSON.parseAny(csl));
        // A date known only as a range is issued as written.
        open("/?view=communication&c=" + ID + "report-2014-wsj");
        assertEquals(JSON.parseAny("{\"literal\": \"[2014-10-01..2014-11-09]\"}"),
                     JSON.parseAny(text("#citation-csl")).getAsArray().get(0).getAsObject().get("issued"));
        // An actor is an entry of the corpus, with no author.
        open("/?view=actor&actor=" + ID + "obama");
        JsonObject actor = JSON.parseAny(text("#citation-csl")).getAsArray().get(0).getAsObject();
        assertEquals(List.of("URL", "accessed", "container-title", "genre", "id", "title", "type"), actor.keys().stream().sorted().toList());
        assertEquals("entry", actor.get("type").getAsString().value());
        assertEquals("Barack Obama", actor.get("title").getAsString().value());
        assertEquals("person", actor.get("genre").getAsString().value());
        assertNoConsoleErrors();
    }

    @Test
    void everyTypeOfCommunicationHasAColourOfItsOwn() {
        open("/");
        assertEquals(11L, browser.executeScript("return TYPES.length"));
        assertEquals(11L, browser.executeScript("return new Set(TYPES.map(colour)).size"));
    }

    @Test
    void anActorsIriOpensItsPage() {
        open("/id/khamenei");
        assertEquals("Ali Khamenei", text("#actor-name"));
        assertEquals(server.baseUrl() + "?view=actor&actor=https%3A%2F%2Fw3id.org%2Fcorrkg%2Fid%2Fkhamenei", browser.getCurrentUrl());
        assertNoConsoleErrors();
    }

    @Test
    void aCommunicationsIriOpensItsPage() {
        open("/id/letter-2014-10-obama-khamenei");
        assertEquals("Obama's letter to Khamenei on ISIS", text("#communication-label"));
        assertNoConsoleErrors();
    }

    @Test
    void aPlaceAndTheOntologyArePagesOfTheirOwnAndAnUnknownIriIsNotFound() {
        open("/id/tehran");
        assertEquals("Tehran", text("#place-name"));
        browser.get(server.baseUrl() + "ontology#Letter");
        assertEquals("corr:Letter (letter)", browser.findElement(By.cssSelector("#Letter h3")).getText());
        browser.get(server.baseUrl() + "id/no-such-actor");
        assertEquals("Not found", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.tagName("body")).getText().contains("No such resource: <" + ID + "no-such-actor>"));
    }

    @Test
    void aYearFilterNarrowsTheTimelineAndStaysInTheAddress() {
        open("/");
        browser.findElement(By.name("from")).sendKeys("2013");
        browser.findElement(By.name("to")).sendKeys("2013");
        browser.findElement(By.cssSelector("#filters button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains("from=2013"));
        waitFor("main[data-ready='true']");
        assertEquals(server.baseUrl() + "?from=2013&to=2013", browser.getCurrentUrl());
        // Possibly in 2013: the thirteen certainly in it and seven whose bounds reach it.
        assertEquals(20, bars());
        open("/?from=2013&to=2013");
        assertEquals(20, bars(), "a bookmarked filter gives the same view");
    }

    @Test
    void filtersInTheAddressTakeWhatAPersonTypes() {
        // The eight letters, as `corrkg who --type letter` gives them; the address then holds the type's IRI.
        open("/?type=letter");
        assertEquals(8, bars());
        assertEquals(server.baseUrl() + "?type=https%3A%2F%2Fw3id.org%2Fcorrkg%2Fontology%23Letter", browser.getCurrentUrl());
        open("/?actor=khamenei&view=actor");
        assertEquals("Ali Khamenei", text("#actor-name"));
        // Days as well as years: possibly between 1 August and 30 September 2013, as
        // `corrkg who --after 2013-07-31 --before 2013-10-01` gives them.
        open("/?from=2013-08-01&to=2013-09-30");
        assertEquals(13, bars());
        assertNoConsoleErrors();
    }

    @Test
    void aNameOrARangeThatCannotBeReadIsSaidSo() {
        open("/?actor=Kamenei");
        assertEquals("Unknown actor 'Kamenei'. Did you mean \"Ali Khamenei\" (id:khamenei)?", text("main .error"));
        open("/?from=2014&to=2013");
        assertEquals("The range is reversed: from 2014 is after to 2013, so nothing can match.", text("main .error"));
        open("/?from=2013-02-30");
        assertEquals("The from date '2013-02-30' is neither a year (2013) nor a day (2013-08-01).", text("main .error"));
        assertEquals(0, bars());
        assertNoConsoleErrors();
    }

    @Test
    void anActorFilterNarrowsTheNetworkAndTheTimelineToThatActor() {
        open("/?actor=" + java.net.URLEncoder.encode(ID + "rouhani", java.nio.charset.StandardCharsets.UTF_8));
        // Rouhani's letter from Obama, his reply, and Obama's call; the network has just the two of them.
        assertEquals(3, bars());
        assertEquals("2", browser.findElement(By.id("network")).getAttribute("data-nodes"));
        assertEquals("Hassan Rouhani", new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("actor")))
                .getFirstSelectedOption().getText());
    }

    @Test
    void aFilteredViewListsItsCommunicationsWithTheirTotal() {
        open("/?actor=rouhani");
        assertEquals(List.of("letter-2013-08-obama-rouhani", "letter-2013-rouhani-obama", "call-2013-09-27-obama-rouhani"),
                     rows("#communications tbody tr"));
        assertEquals("3", text("#list-total"));
        assertEquals("1\u20133", text("#list-range"));
        assertEquals(List.of("August 2013", "Obama's letter to Rouhani, carried by Sultan Qaboos", "Barack Obama", "Hassan Rouhani",
                             "Qaboos bin Said", "letter", "", "", "attested"),
                     browser.findElements(By.cssSelector("#communications tbody tr:first-child td")).stream().map(WebElement::getText).toList());
        // The date as written, its bounds on hover.
        assertEquals("2013-08-01 to 2013-08-31", browser.findElement(By.cssSelector("#communications tbody td.date")).getAttribute("title"));
        browser.findElement(By.linkText("Obama's phone call to Rouhani")).click();
        waitFor("#communication-label");
        assertEquals("Obama's phone call to Rouhani", text("#communication-label"));
        assertNoConsoleErrors();
    }

    @Test
    void theListSortsByRecipientAndPagesOnTheServer() {
        open("/?type=letter&sort=recipient&size=3");
        assertEquals(List.of("letter-2009-05-obama-khamenei", "letter-2009-09-obama-khamenei", "letter-2014-10-obama-khamenei"),
                     rows("#communications tbody tr"));
        assertEquals("8", text("#list-total"));
        browser.findElement(By.cssSelector("#pages a[data-page='2']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains("page=2"));
        waitFor("main[data-ready='true']");
        assertEquals("2", text("#page"));
        assertEquals("4\u20136", text("#list-range"));
        assertEquals(List.of("letter-2008-ahmadinejad-obama", "letter-2013-rouhani-obama", "letter-2006-ahmadinejad-bush"),
                     rows("#communications tbody tr"));
        // The page asked the server for three rows after the first three, not for all eight.
        assertTrue(text(".sparql").contains("communications.rq: 3 rows"), text(".sparql"));
        browser.findElement(By.cssSelector("#list a[data-sort='-date']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains("sort=-date"));
        waitFor("main[data-ready='true']");
        assertEquals(List.of("letter-2014-10-obama-khamenei", "letter-2013-rouhani-obama", "letter-2013-08-obama-rouhani"),
                     rows("#communications tbody tr"), "a new order starts at page 1");
        assertNoConsoleErrors();
    }

    @Test
    void theCountsDateRangeTypesAndCorrespondentsFollowTheFilters() {
        open("/");
        assertEquals("from 2006-01-01 to 2014-11-24", text("#date-range"));
        open("/?type=letter");
        assertEquals("8", text("#count-communications"));
        assertEquals("6", text("#count-actors"));
        // One letter has no latest date (after the 2008 election): the others' latest stands.
        assertEquals("from 2006-01-01 to 2014-10-31", text("#date-range"));
        assertEquals("letter: 8", text("#types"));
        assertEquals("Barack Obama 5 2", browser.findElement(By.cssSelector("#correspondents tbody tr")).getText());
        assertEquals(6, browser.findElements(By.cssSelector("#correspondents tbody tr")).size());
        assertNoConsoleErrors();
    }

    @Test
    void theCsvDownloadHoldsEveryRowOfTheView() throws Exception {
        open("/?from=2013&to=2013&size=5");
        assertEquals(5, rows("#communications tbody tr").size());
        String href = browser.findElement(By.cssSelector("a.download[data-format='csv']")).getAttribute("href");
        assertEquals(server.baseUrl() + "browse/download?format=csv&from=2013&to=2013", href);
        String csv = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(href)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        List<String> ids;
        try (org.apache.commons.csv.CSVParser p = org.apache.commons.csv.CSVParser.parse(csv,
                org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            ids = p.getRecords().stream().map(r -> r.get("id").substring(ID.length())).toList();
        }
        // Possibly in 2013: 20, the re-read article's notice to US allies, warning and sidelines talks and the talks in Oman among them.
        assertEquals(20, ids.size(), csv);
        assertEquals("20", text("#list-total"));
        assertEquals(rows("#communications tbody tr"), ids.subList(0, 5), "the file's first rows are the page's");
    }

    @Test
    void everyViewShowsItsSparqlWithALinkToTheFusekiUi() {
        open("/");
        List<WebElement> links = browser.findElements(By.cssSelector(".sparql a.open-in-fuseki"));
        assertEquals(9, links.size(), "counts, topics, actors, network, timeline, the map's places and routes, the list's page and its total");
        for (WebElement link : links)
            assertTrue(link.getAttribute("href").startsWith(server.baseUrl() + "#/dataset/corrkg/query?query="), link.getAttribute("href"));
    }

    @Test
    void theHeadersLinkToTheFusekiUiOpensIt() {
        open("/");
        browser.findElement(By.linkText("SPARQL (Fuseki UI)")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(d -> d.findElement(By.tagName("body")).getText().contains("SPARQL Query"));
        assertEquals(server.baseUrl() + "#/dataset/corrkg/query", browser.getCurrentUrl());
    }

    @Test
    void theFusekiUiStillRunsOnTheSamePortAndAnswersAQuery() {
        browser.get(server.baseUrl() + "#/dataset/corrkg/query");
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(d -> d.findElement(By.tagName("body")).getText().contains("SPARQL Query"));
        // It runs its example query (25 triples) and shows the first page of the answer under the page's policy.
        waitFor(".yasqe_queryButton");
        browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.findElements(By.cssSelector(".yasr table tbody tr")).size() == 10);
        List<String> errors = new ArrayList<>();
        // The UI's editor asks prefix.cc for prefixes, which the page's policy refuses; nothing else may fail.
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> {
            errors.addAll(consoleErrors());
            return errors.size() >= PREFIX_CC.size();
        });
        // Each message starts with the script and line that caused it, which change with the UI's version.
        assertEquals(PREFIX_CC, errors.stream().map(e -> e.replaceFirst("^\\S+ \\d+ ", "")).sorted().toList());
    }

    @Test
    void theBrowserPageFetchesNothingFromAnotherHost() {
        String origin = server.baseUrl().substring(0, server.baseUrl().length() - 1);
        // Forget what the browser did before (its start-up tab): from a blank page, only our pages.
        browser.get("about:blank");
        requestedUrls();
        List<String> urls = new ArrayList<>();
        open("/");
        urls.addAll(requestedUrls());
        open("/?view=actor&actor=" + ID + "khamenei");
        urls.addAll(requestedUrls());
        open("/?view=communication&c=" + ID + "letter-2014-10-obama-khamenei");
        urls.addAll(requestedUrls());
        assertTrue(urls.contains(origin + "/"), "the log holds the page's own requests: " + urls);
        assertTrue(urls.stream().anyMatch(u -> u.startsWith(origin + "/corrkg/sparql")), "and its queries: " + urls);
        // chrome:// is the browser's own pages (a late request of its new-tab page), never the network.
        List<String> elsewhere = urls.stream()
                                     .filter(u -> !u.startsWith("data:") && !u.startsWith("chrome://"))
                                     .filter(u -> !u.equals(origin) && !u.startsWith(origin + "/"))
                                     .toList();
        assertEquals(List.of(), elsewhere, "every request goes to " + origin);
        assertNoConsoleErrors();
        // The page's policy refuses a request to another host before it leaves the browser...
        browser.executeScript("fetch('http://elsewhere.invalid/x').catch(() => {})");
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> consoleErrors().stream().anyMatch(
                e -> e.contains("Connecting to 'http://elsewhere.invalid/x' violates the following Content Security Policy directive")));
        // ...so the control, that such a request does show up in the log, runs on a page without one.
        browser.get("about:blank");
        browser.executeScript("fetch('http://elsewhere.invalid/x').catch(() => {})");
        List<String> later = new ArrayList<>();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> {
            later.addAll(requestedUrls());
            return later.contains("http://elsewhere.invalid/x");
        });
    }

    @Test
    void onAPhoneSizedWindowThePanelsStack() {
        browser.manage().window().setSize(new Dimension(390, 844));
        open("/");
        Object columns = browser.executeScript(
                "return getComputedStyle(document.querySelector('.panels')).gridTemplateColumns.split(' ').length");
        assertEquals(1L, columns);
        assertEquals("38", text("#count-communications"));
    }

    @Test
    void theMapShowsTheArticlesPlacesFromTheDataAndTheGazetteer() {
        open("/");
        List<WebElement> markers = browser.findElements(By.cssSelector("#map circle.marker"));
        assertEquals(List.of(ID + "muscat", ID + "oman", ID + "tehran"),
                     markers.stream().map(m -> m.getAttribute("data-place")).sorted().toList());
        // Where they are: Muscat and Tehran from GeoNames' cities (the gazetteer), Oman from the data.
        assertEquals(List.of("Muscat: sent from 0, received at 0, took place there 1 (coordinates from GeoNames)",
                             "Oman: sent from 0, received at 0, took place there 1 (coordinates from the data)",
                             "Tehran: sent from 0, received at 0, took place there 1 (coordinates from GeoNames)"),
                     markers.stream().map(m -> (String) browser.executeScript("return arguments[0].querySelector('title').textContent", m))
                            .sorted().toList());
        // Tehran is north-west of Muscat, Oman south-west of it: the projection puts them so.
        double[] muscat = centre("muscat"), oman = centre("oman"), tehran = centre("tehran");
        assertTrue(tehran[0] < muscat[0] && tehran[1] < muscat[1], "Tehran north-west of Muscat");
        assertTrue(oman[0] < muscat[0] && oman[1] > muscat[1], "Oman's centre south-west of Muscat");
        assertEquals("0", browser.findElement(By.id("map")).getAttribute("data-routes"), "the article gives no place sent from");
        assertEquals("none", text("#unplaced-none"), "every place has coordinates");
        assertTrue(browser.findElements(By.cssSelector("#map path.country")).size() > 5, "the base map is drawn");
        assertEquals("Base map: Natural Earth (naturalearthdata.com), public domain. Coordinates: from the data, else from GeoNames "
                     + "(geonames.org), CC BY 4.0 (creativecommons.org/licenses/by/4.0/), by each place's GeoNames id.", text("#map-attribution"));
        // Zooming in shows a smaller part of the world with markers as large on screen; "fit" goes back.
        // The page sizes the markers for the map's width on the frame after it is drawn: wait for that frame.
        browser.executeAsyncScript("const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done()));");
        WebElement map = browser.findElement(By.id("map"));
        String fitted = viewBox(map);
        long size = Math.round(markers.get(0).getRect().getWidth());
        browser.findElement(By.cssSelector(".map-main .zoom-in")).click();
        double[] before = numbers(fitted), after = numbers(viewBox(map));
        assertEquals(before[2] * 0.6, after[2], 1e-3, "the view is 0.6 as wide");
        assertEquals(size, Math.round(markers.get(0).getRect().getWidth()), "a marker keeps its size on screen");
        browser.findElement(By.cssSelector(".map-main .zoom-fit")).click();
        assertEquals(fitted, viewBox(map));
        assertNoConsoleErrors();
    }

    @Test
    void aPlacePageListsItsCommunicationsAndItsAuthorityRecord() {
        open("/?view=place&place=Muscat");
        assertEquals("Muscat", text("#place-name"));
        assertEquals(server.baseUrl() + "?view=place&place=https%3A%2F%2Fw3id.org%2Fcorrkg%2Fid%2Fmuscat", browser.getCurrentUrl(),
                     "the name is resolved to the place's IRI in the address");
        assertEquals("Authority records: https://sws.geonames.org/287286/", text("#authorities"));
        assertEquals("Sent from here: 0 \u00b7 sent to here: 0 \u00b7 took place or delivered here, in all: 1", text("#place-counts"));
        assertEquals(List.of("meeting-2013-03-muscat"), rows("#communications tbody tr"));
        assertEquals(List.of("meeting-2013-03-muscat"), browser.findElements(By.cssSelector("#timeline rect.bar")).stream()
                .map(b -> b.getAttribute("data-communication").substring(ID.length())).toList());
        assertEquals(List.of(ID + "muscat"), browser.findElements(By.cssSelector("#map circle.marker")).stream()
                .map(m -> m.getAttribute("data-place")).toList());
        assertTrue(text("#citation-text").startsWith("\u201cMuscat\u201d (place). In corrkg. " + ID + "muscat (accessed "), text("#citation-text"));
        // The meeting's page links back to its place.
        browser.findElement(By.cssSelector("#communications tbody a.communication")).click();
        waitFor("#communication-details");
        assertEquals("First secret meeting in Muscat", text("#communication-label"));
        browser.findElement(By.cssSelector("#communication-details a.place")).click();
        waitFor("#place-name");
        assertEquals("Muscat", text("#place-name"));
        assertNoConsoleErrors();
    }

    @Test
    void clickingAMarkerOpensThePlacesPage() {
        open("/");
        browser.findElement(By.cssSelector("#map circle.marker[data-place='" + ID + "oman']")).click();
        waitFor("#place-name");
        assertEquals("Oman", text("#place-name"));
        assertEquals(List.of("talks-2012-oman"), rows("#communications tbody tr"));
        assertEquals("Authority records: https://sws.geonames.org/286963/", text("#authorities"));
    }

    @Test
    void thePlaceFilterTakesATypedNameAndNarrowsTheView() {
        open("/?place=Tehran");
        assertEquals(server.baseUrl() + "?place=https%3A%2F%2Fw3id.org%2Fcorrkg%2Fid%2Ftehran", browser.getCurrentUrl());
        assertEquals("1", text("#count-communications"));
        assertEquals(List.of("letter-2013-08-obama-rouhani"), rows("#communications tbody tr"));
        assertEquals(1, bars());
        assertEquals("2", browser.findElement(By.id("network")).getAttribute("data-nodes"));
        assertEquals(List.of(ID + "tehran"), browser.findElements(By.cssSelector("#map circle.marker")).stream()
                .map(m -> m.getAttribute("data-place")).toList());
        assertEquals(server.baseUrl() + "browse/download?format=csv&place=https%3A%2F%2Fw3id.org%2Fcorrkg%2Fid%2Ftehran",
                     browser.findElement(By.cssSelector("a.download[data-format='csv']")).getAttribute("href"));
        open("/?place=Atlantis");
        assertTrue(text("#view .error").startsWith("Unknown place 'Atlantis'"), text("#view .error"));
        assertNoConsoleErrors();
    }

    private String viewBox(WebElement svg) {
        return (String) browser.executeScript("return arguments[0].getAttribute('viewBox')", svg);
    }

    private static double[] numbers(String list) {
        return java.util.Arrays.stream(list.split(" ")).mapToDouble(Double::parseDouble).toArray();
    }

    /** The centre of a place's marker on the page, in pixels. */
    private double[] centre(String id) {
        WebElement m = browser.findElement(By.cssSelector("#map circle.marker[data-place='" + ID + id + "']"));
        return new double[] {m.getRect().getX() + m.getRect().getWidth() / 2.0, m.getRect().getY() + m.getRect().getHeight() / 2.0};
    }

    /** A day as CSL-JSON's date-parts hold it, without the brackets: 2026-01-05 as 2026,1,5. */
    private static String parts(String day) {
        return String.join(",", java.util.Arrays.stream(day.split("-")).map(p -> String.valueOf(Integer.parseInt(p))).toList());
    }

    private String today() {
        return (String) browser.executeScript("return new Date().toISOString().slice(0, 10)");
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

    private int bars() {
        return browser.findElements(By.cssSelector("#timeline rect.bar")).size();
    }

    private List<String> rows(String css) {
        return browser.findElements(By.cssSelector(css)).stream()
                      .map(r -> r.getAttribute("data-communication").substring(ID.length())).toList();
    }

    private void assertNoConsoleErrors() {
        assertEquals(List.of(), consoleErrors());
    }

    private List<String> consoleErrors() {
        return Browsers.consoleErrors(browser);
    }

    /** The URL of every request the browser sent since the last call, from its DevTools network events. */
    private List<String> requestedUrls() {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE).getAll()) {
            JsonObject message = JSON.parse(entry.getMessage()).get("message").getAsObject();
            if (message.get("method").getAsString().value().equals("Network.requestWillBeSent"))
                urls.add(message.get("params").getAsObject().get("request").getAsObject().get("url").getAsString().value());
        }
        return urls;
    }
}
