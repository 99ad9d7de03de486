package org.corrkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** /browse/download: what a browser view lists, all of it, as CSV, CMIF or JSON, on the article. */
class BrowseDownloadTest extends ServedArticle {

    static final String ID = "https://w3id.org/corrkg/id/";

    @Test
    void theCsvOfAnActorsViewHasEachOfItsCommunicationsByDate() throws Exception {
        HttpResponse<byte[]> r = get("format=csv&actor=rouhani");
        assertEquals(200, r.statusCode());
        assertEquals("text/csv; charset=utf-8; header=present", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"corrkg-communications.csv\"", r.headers().firstValue("Content-Disposition").orElse(""));
        List<CSVRecord> rows = csv(r);
        assertEquals(List.of(ID + "letter-2013-08-obama-rouhani", ID + "letter-2013-rouhani-obama", ID + "call-2013-09-27-obama-rouhani"),
                     rows.stream().map(row -> row.get("id")).toList());
        assertEquals("Qaboos bin Said", rows.get(0).get("intermediaries"));
        assertEquals("[2013-08..2013-09-15]", rows.get(1).get("date as written"));
    }

    @Test
    void theDownloadHoldsEveryRowNotOnePage() throws Exception {
        // The unfiltered list shows 50 a page; the download has all 38, the first and last by date.
        List<CSVRecord> rows = csv(get("format=csv"));
        assertEquals(38, rows.size());
        assertEquals(ID + "letter-2006-ahmadinejad-bush", rows.get(0).get("id"));
        assertEquals(ID + "statement-2014-11-12-shamkhani", rows.get(37).get("id"));
    }

    @Test
    void aYearRangeAndTheDisputedFilterTakeWhatTheAddressHolds() throws Exception {
        // Possibly in 2013, as the page shows them: 20, with the talks in Oman (open-ended from 2012),
        // the notice to US allies and the warning and sidelines talks of 2013-14; the disputed letter,
        // at the latest of January 2012, is not among them.
        assertEquals(20, csv(get("format=csv&from=2013&to=2013")).size());
        List<CSVRecord> disputed = csv(get("format=csv&type=letter&disputed=only"));
        assertEquals(List.of(ID + "letter-2012-01-obama-disputed"), disputed.stream().map(row -> row.get("id")).toList());
        assertEquals("disputed", disputed.get(0).get("status"));
        assertEquals(7, csv(get("format=csv&type=" + enc("https://w3id.org/corrkg/ontology#Letter") + "&disputed=exclude")).size());
    }

    @Test
    void theJsonHasTheCsvsColumnsForEachCommunication() throws Exception {
        HttpResponse<byte[]> r = get("format=json&actor=khamenei&type=letter");
        assertEquals("application/json;charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"corrkg-communications.json\"", r.headers().firstValue("Content-Disposition").orElse(""));
        JsonArray rows = JSON.parseAny(new String(r.body(), StandardCharsets.UTF_8)).getAsArray();
        List<String> ids = new ArrayList<>();
        rows.forEach(row -> ids.add(row.getAsObject().get("id").getAsString().value()));
        assertEquals(List.of(ID + "letter-2009-05-obama-khamenei", ID + "letter-2009-09-obama-khamenei", ID + "letter-2014-10-obama-khamenei"), ids);
        assertEquals("reported", rows.get(1).getAsObject().get("status").getAsString().value());
    }

    @Test
    void theCmifHoldsTheLettersOfTheView() throws Exception {
        HttpResponse<byte[]> r = get("format=cmif&actor=khamenei");
        assertEquals(200, r.statusCode());
        assertEquals("application/tei+xml; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"corrkg-communications.xml\"", r.headers().firstValue("Content-Disposition").orElse(""));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body()));
        // Khamenei's three letters; his statement, sermon and speeches are not letters.
        NodeList letters = doc.getElementsByTagNameNS("http://www.tei-c.org/ns/1.0", "correspDesc");
        assertEquals(3, letters.getLength());
        assertEquals(1, doc.getElementsByTagNameNS("http://www.tei-c.org/ns/1.0", "bibl").getLength());
    }

    @Test
    void aSearchsCsvHasEveryCommunicationItFindsByDate() throws Exception {
        HttpResponse<byte[]> r = get("format=csv&q=Nowruz");
        assertEquals(200, r.statusCode());
        assertEquals("attachment; filename=\"corrkg-communications.csv\"", r.headers().firstValue("Content-Disposition").orElse(""));
        List<CSVRecord> rows = csv(r);
        // The rows of the search view (SearchBrowserTest): the six Nowruz messages, Khamenei's statement and his Nowruz speech.
        assertEquals(List.of("nowruz-2009", "statement-2009-khamenei-deceptive", "nowruz-2010", "nowruz-2011", "nowruz-2012",
                             "nowruz-2013", "speech-2013-03-21-khamenei", "nowruz-2014"),
                     rows.stream().map(row -> row.get("id").substring(ID.length())).toList());
        assertEquals(List.of("March 20, 2009", "[2009-03-20..]", "March 20, 2010", "March 20, 2011", "March 20, 2012", "March 18, 2013",
                             "March 21, 2013", "March 20, 2014"), rows.stream().map(row -> row.get("date as written")).toList());
        // A phrase found only in the evidence: the communications it bears out.
        assertEquals(List.of(ID + "letter-2014-10-obama-khamenei", ID + "interview-2014-11-09-cbs"),
                     csv(get("format=csv&q=" + enc("\"tend not to comment\""))).stream().map(row -> row.get("id")).toList());
        assertEquals(List.of(), csv(get("format=csv&q=zzzzz")));
    }

    @Test
    void whatCannotBeReadIsRefusedInOneLine() throws Exception {
        assertRefused("format=pdf", "Unknown format 'pdf': give csv, cmif or json.\n");
        assertRefused("actor=Kamenei", "Unknown actor 'Kamenei'. Did you mean \"Ali Khamenei\" (id:khamenei)?\n");
        assertRefused("from=2014&to=2013", "The range is reversed: from 2014 is after to 2013, so nothing can match.\n");
        assertRefused("from=2013-02-30", "The from date '2013-02-30' is neither a year (2013) nor a day (2013-08-01).\n");
        assertRefused("disputed=maybe", "The disputed filter 'maybe' is neither include, exclude nor only.\n");
        assertRefused("q=Nowruz&type=letter", "A search's download takes no filter (type): give q alone.\n");
        assertRefused("q=+", "The search (q) is empty: give the words searched for.\n");
        assertRefused("q=" + enc("\"unbalanced"), "Cannot search for '\"unbalanced': Lexical error at line 1, column 13.  Encountered: "
                      + "<EOF> after prefix \"\\\"unbalanced \" (in lexical state 2) (Lucene query syntax; put \\ before a special character "
                      + "to search for it)\n");
    }

    private static void assertRefused(String query, String message) throws Exception {
        HttpResponse<byte[]> r = get(query);
        assertEquals(400, r.statusCode());
        assertEquals(message, new String(r.body(), StandardCharsets.UTF_8));
    }

    private static List<CSVRecord> csv(HttpResponse<byte[]> r) throws Exception {
        try (CSVParser p = CSVParser.parse(new String(r.body(), StandardCharsets.UTF_8),
                                           CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static HttpResponse<byte[]> get(String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "browse/download?" + query)).GET().build(),
                         HttpResponse.BodyHandlers.ofByteArray());
    }
}
