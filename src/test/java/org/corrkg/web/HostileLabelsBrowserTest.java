package org.corrkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.corrkg.TestStores;
import org.corrkg.source.SourceFile;
import org.corrkg.store.Loader;
import org.corrkg.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Labels are data, never markup: a store whose names, labels, dates as written, summaries and
 * quotes are HTML that would run script (and whose actor and communication IRIs are
 * {@code javascript:} URLs), shown in every view of the browser page, hovering every node and
 * edge of the network. Each view must show the text as written, run none of it, link nowhere
 * but the page itself, and the page must forbid inline script with its Content-Security-Policy.
 */
class HostileLabelsBrowserTest extends InBrowser {

    static final String ID = "https://w3id.org/corrkg/id/";
    static final String IMG = "<img src=x onerror=\"window.__xss=1\">";
    static final String SCRIPT = "<script>window.__xss=1</script>";
    static final String SVG = "\"><svg onload=window.__xss=1>";

    static final String ACTOR = IMG;
    static final String ALIAS = SCRIPT;
    static final String JS_ACTOR = "javascript:window.__xss=1//actor";
    static final String JS_ACTOR_NAME = SVG;
    static final String TOPIC = IMG + " topic";
    static final String LETTER = SCRIPT + " letter";
    static final String DATE = "'" + SVG + " date";
    static final String SUMMARY = SVG + " summary";
    static final String QUOTATION = SCRIPT + " quotation";
    static final String NOTE = IMG + " note";
    static final String DOCUMENT = SCRIPT + " document";
    static final String PASSAGE = SVG + " passage";
    static final String QUOTE = IMG;
    static final String JS_LETTER = "javascript:window.__xss=1//letter";
    static final String JS_LETTER_LABEL = "javascript:window.__xss=1";

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @TempDir static Path dir;

    @BeforeAll
    static void start() throws Exception {
        Browsers.assumeBrowser();
        Store hostileStore = TestStores.seeded(dir);
        Path hostile = Files.writeString(dir.resolve("hostile.ttl"), hostileTurtle());
        try {
            new Loader(hostileStore).load(List.of(SourceFile.of(hostile)));
        } catch (Loader.ValidationFailed e) {
            hostileStore.close();
            throw new AssertionError("the hostile file must be valid: " + e.report().problems(), e);
        }
        serve(hostileStore);
    }

    /** A valid letter file (it passes the shapes) whose every shown value is hostile markup. */
    static String hostileTurtle() {
        return """
                @prefix : <https://w3id.org/corrkg/id/> .
                @prefix corr: <https://w3id.org/corrkg/ontology#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                @prefix edtf: <http://id.loc.gov/datatypes/edtf/> .
                :hostile-actor a corr:Person ; rdfs:label %s ; skos:altLabel %s .
                <%s> a corr:Person ; rdfs:label %s .
                :hostile-topic a skos:Concept ; skos:prefLabel %s .
                :hostile-document a corr:SourceDocument ; rdfs:label %s .
                :hostile-passage a corr:SourcePassage ; corr:inDocument :hostile-document ;
                    rdfs:label %s ; corr:line 1 ; corr:quote %s .
                :hostile-letter a corr:Letter ; rdfs:label %s ;
                    corr:sender :hostile-actor ; corr:addressee :obama ;
                    corr:dateAsWritten %s ; corr:edtf "2015"^^edtf:EDTF ;
                    corr:earliest "2015-01-01"^^xsd:date ; corr:latest "2015-12-31"^^xsd:date ;
                    corr:topic :hostile-topic ; corr:summary %s ; corr:quotation %s ; corr:editorialNote %s ;
                    corr:status corr:Attested ; corr:evidence :hostile-passage .
                <%s> a corr:Letter ; rdfs:label %s ;
                    corr:sender :obama ; corr:addressee <%s> ; corr:repliesTo :hostile-letter ;
                    corr:edtf "2016"^^edtf:EDTF ; corr:earliest "2016-01-01"^^xsd:date ; corr:latest "2016-12-31"^^xsd:date ;
                    corr:status corr:Disputed ; corr:evidence :hostile-passage .
                """.formatted(lit(ACTOR), lit(ALIAS), JS_ACTOR, lit(JS_ACTOR_NAME), lit(TOPIC), lit(DOCUMENT),
                              lit(PASSAGE), lit(QUOTE), lit(LETTER), lit(DATE), lit(SUMMARY), lit(QUOTATION), lit(NOTE),
                              JS_LETTER, lit(JS_LETTER_LABEL), JS_ACTOR);
    }

    private static String lit(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Test
    void thePageAndItsFilesCarryAContentSecurityPolicyThatForbidsInlineScript() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("", "?view=actor&actor=x", "browse/app.js", "browse/app.css",
                                   "browse/boot.js")) {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
                                             HttpResponse.BodyHandlers.discarding());
            assertEquals(200, r.statusCode(), path);
            assertEquals(List.of(POLICY), r.headers().allValues("Content-Security-Policy"), path);
            assertEquals(List.of("DENY"), r.headers().allValues("X-Frame-Options"), path);
            assertEquals(List.of("no-referrer"), r.headers().allValues("Referrer-Policy"), path);
            assertEquals(List.of("nosniff"), r.headers().allValues("X-Content-Type-Options"), path);
        }
    }

    @Test
    void theOverviewShowsHostileLabelsAsTextInEveryPartAndInEveryTooltip() {
        open("/");
        assertEquals(List.of(TOPIC + " (1)"), texts("select[name=topic] option").stream().filter(t -> t.startsWith(IMG)).toList());
        List<String> actors = texts("select[name=actor] option");
        assertEquals(List.of(JS_ACTOR_NAME, ACTOR), actors.stream().filter(t -> t.equals(ACTOR) || t.equals(JS_ACTOR_NAME)).toList());
        // The date as written has no year: the timeline gives its EDTF date with it.
        assertEquals(List.of(LETTER + " (" + DATE + " (2015), letter)"),
                     texts("#timeline rect.bar title").stream().filter(t -> t.startsWith(SCRIPT)).toList());
        assertEquals(List.of(JS_LETTER_LABEL + " (2016, letter, disputed)"),
                     texts("#timeline rect.bar title").stream().filter(t -> t.startsWith("javascript:")).toList());
        List<Map<String, Object>> tips = hoverEveryNodeAndEdge();
        // The nodes by their count, then by name; then the ties.
        assertEquals(List.of(JS_ACTOR_NAME + ": 1", ACTOR + ": 1",
                             ACTOR + " \u2192 Barack Obama: 1 letter", "Barack Obama \u2192 " + JS_ACTOR_NAME + ": 1 letter (disputed)"),
                     tips.stream().map(t -> (String) t.get("text")).filter(t -> t.contains("xss")).toList());
        assertEquals(List.of(), tips.stream().filter(t -> !t.get("markup").equals(0L)).toList(), "tooltips hold no markup from the data");
        assertEquals(Long.parseLong(browser.findElement(org.openqa.selenium.By.id("network")).getAttribute("data-nodes"))
                     + Long.parseLong(browser.findElement(org.openqa.selenium.By.id("network")).getAttribute("data-edges")),
                     tips.size(), "every node and edge was hovered");
        assertNothingRan();
    }

    @Test
    void filtersByAHostileActorOrTopicShowTheirLabelsAsText() {
        List<String> hostileLetter = List.of(ACTOR + ": 1", "Barack Obama: 1", ACTOR + " \u2192 Barack Obama: 1 letter");
        Map<String, List<String>> expected = new java.util.LinkedHashMap<>();
        expected.put("actor=" + enc(ID + "hostile-actor"), hostileLetter);
        expected.put("topic=" + enc(ID + "hostile-topic"), hostileLetter);
        expected.put("actor=" + enc(JS_ACTOR), List.of(JS_ACTOR_NAME + ": 1", "Barack Obama: 1",
                                                       "Barack Obama \u2192 " + JS_ACTOR_NAME + ": 1 letter (disputed)"));
        expected.forEach((filter, tips) -> {
            open("/?" + filter);
            assertEquals(tips, hoverEveryNodeAndEdge().stream().map(t -> (String) t.get("text")).toList(), filter);
            assertNothingRan();
        });
        open("/?actor=" + enc(ID + "hostile-actor"));
        assertEquals(ACTOR, browser.executeScript("return document.querySelector('select[name=actor]').selectedOptions[0].textContent"));
    }

    @Test
    void anActorPageShowsTheHostileNameAsItsHeading() {
        open("/?view=actor&actor=" + enc(ID + "hostile-actor"));
        assertEquals(ACTOR, textContent("#actor-name"));
        assertEquals("Also named: " + ALIAS, textContent("#actor-name ~ p:nth-of-type(2)"));
        // A date as written without its year is shown with the year.
        assertEquals(List.of(DATE + " (2015)|" + LETTER + "|" + ACTOR + "|Barack Obama||letter|||attested"),
                     rows("#communications tbody tr"));
        assertNothingRan();
        open("/?view=actor&actor=" + enc(JS_ACTOR));
        assertEquals(JS_ACTOR_NAME, textContent("#actor-name"));
        assertEquals(List.of("2016|" + JS_LETTER_LABEL + "|Barack Obama|" + JS_ACTOR_NAME + "||letter|||disputed"),
                     rows("#communications tbody tr"));
        assertNothingRan();
    }

    @Test
    void aCommunicationPageShowsEveryHostileValueAsText() {
        open("/?view=communication&c=" + enc(ID + "hostile-letter"));
        assertEquals(LETTER, textContent("#communication-label"));
        assertEquals("letter", textContent("#communication-label + .kind"));
        Map<String, String> details = details();
        assertEquals(DATE, details.get("date as written"));
        assertEquals(ACTOR, details.get("sender"));
        assertEquals(TOPIC, details.get("topic"));
        assertEquals(SUMMARY, details.get("summary"));
        assertEquals(QUOTATION, details.get("quotation"));
        assertEquals(JS_LETTER_LABEL, details.get("replied to by"));
        assertEquals(List.of(NOTE), texts(".notes li"));
        assertEquals(List.of(DOCUMENT + ", " + PASSAGE + " (line 1): \u201c" + QUOTE + "\u201d"), texts("#evidence li"));
        assertNothingRan();
        open("/?view=communication&c=" + enc(JS_LETTER));
        assertEquals(JS_LETTER_LABEL, textContent("#communication-label"));
        assertEquals(JS_ACTOR_NAME, details().get("addressee"));
        assertEquals(LETTER, details().get("replies to"));
        assertNothingRan();
    }

    @Test
    void markupInTheAddressIsShownAsText() {
        // A name in the address is read as a name: this one is the hostile actor's, whose page opens.
        open("/?view=actor&actor=" + enc(IMG));
        assertEquals(IMG, textContent("#actor-name"));
        assertNothingRan();
        // One that names nobody is said so, as text.
        open("/?view=actor&actor=" + enc(SCRIPT + "nobody"));
        assertEquals("Unknown actor '" + SCRIPT + "nobody'. Run 'corrkg query find-actor --param name=...' to search the names.",
                     textContent("main .error"));
        assertNothingRan();
        open("/?view=communication&c=" + enc(SVG));
        assertEquals("Could not load this view: not an IRI: " + SVG, textContent("main .error"));
        assertNothingRan();
    }

    @Test
    void theFusekiUiShowsAHostileLabelWithoutRunningIt() {
        String query = "SELECT ?name WHERE { <" + ID + "hostile-actor> <http://www.w3.org/2000/01/rdf-schema#label> ?name }";
        browser.get(server.baseUrl() + "#/dataset/corrkg/query?query=" + enc(query).replace("+", "%20"));
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> !d.findElements(org.openqa.selenium.By.cssSelector(".yasqe_queryButton")).isEmpty());
        browser.findElement(org.openqa.selenium.By.cssSelector(".yasqe_queryButton")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(d -> !d.findElements(org.openqa.selenium.By.cssSelector(".yasr table tbody tr")).isEmpty());
        assertEquals(List.of("1|" + ACTOR), rows(".yasr table tbody tr"));
        assertEquals("undefined", browser.executeScript("return typeof window.__xss"));
        assertEquals(0L, browser.executeScript("return document.querySelectorAll('.yasr img, .yasr svg[onload], .yasr [onerror]').length"));
    }

    private void open(String path) {
        Browsers.open(browser, server, path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private String textContent(String css) {
        return (String) browser.executeScript("return document.querySelector(arguments[0]).textContent", css);
    }

    @SuppressWarnings("unchecked")
    private List<String> texts(String css) {
        return (List<String>) browser.executeScript(
                "return [...document.querySelectorAll(arguments[0])].map(e => e.textContent)", css);
    }

    @SuppressWarnings("unchecked")
    private List<String> rows(String css) {
        return (List<String>) browser.executeScript(
                "return [...document.querySelectorAll(arguments[0])].map(r => [...r.cells].map(c => c.textContent).join('|'))", css);
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> details() {
        return (Map<String, String>) browser.executeScript(
                "return Object.fromEntries([...document.querySelectorAll('#communication-details dt')]"
                + ".map(dt => [dt.textContent, dt.nextElementSibling.textContent]))");
    }

    /**
     * What the browser shows on hovering each node and then each tie of the network: the SVG
     * title of each, its text and how many elements of markup it holds.
     */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> hoverEveryNodeAndEdge() {
        Browsers.waitFor(browser, "#network[data-fitted='true']");
        return (List<Map<String, Object>>) browser.executeScript("""
                const out = [];
                for (const [type, css] of [['node', '#network .node circle > title'], ['edge', '#network .tie > title']])
                  for (const tip of document.querySelectorAll(css))
                    out.push({ type, text: tip.textContent, markup: tip.querySelectorAll('*').length });
                return out;
                """);
    }

    /**
     * No script from the data ran, no element carries an inline event handler, no script is
     * inline, and every link stays on this server (none is a javascript: URL).
     */
    private void assertNothingRan() {
        assertEquals("undefined", browser.executeScript("return typeof window.__xss"));
        assertEquals(List.of(), browser.executeScript(
                "return [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => /^on/i.test(a.name)))"
                + ".map(e => e.outerHTML.slice(0, 200))"), "elements with inline event handlers");
        assertEquals(0L, browser.executeScript("return document.querySelectorAll('script:not([src]), img, iframe, object, embed').length"));
        assertEquals(List.of(), browser.executeScript(
                "return [...document.querySelectorAll('[href]')].map(a => a.getAttribute('href'))"
                + ".filter(h => { const u = new URL(h, location.href); return u.origin !== location.origin || !/^https?:$/.test(u.protocol); })"),
                "links off this server");
        assertEquals(List.of(), Browsers.consoleErrors(browser));
    }
}
