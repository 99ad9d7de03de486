package org.corrkg.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;

import org.apache.jena.system.Txn;
import org.corrkg.TestStores;
import org.corrkg.exchange.cmif.CmifExport;
import org.corrkg.exchange.csv.CsvExport;
import org.corrkg.exchange.network.GexfExport;
import org.corrkg.exchange.network.GraphmlExport;
import org.corrkg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The article's correspondence in each exchange format, checked against what the article says. */
class ArticleExportTest {

    @TempDir static Path dir;
    static Store store;

    /** Actors in data/actors.ttl: 13 persons, 13 organisations, 2 states, 5 audiences. */
    static final int ACTORS = 33;
    /** Sender-recipient pairs over all communications, counted by hand from data/communications.ttl. */
    static final int EDGES = 41;

    @BeforeAll
    static void seed() {
        store = TestStores.seeded(dir);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void cmifHoldsTheLettersMessagesAndCallWithDatesAtTheSourcesPrecision() throws Exception {
        Path file = export("article.xml", (corr, out) ->
                CmifExport.write(corr, CmifExport.Header.defaults(Instant.parse("2026-01-01T00:00:00Z")), out));
        assertEquals(List.of(), Cmif.schemaErrors(file));
        assertEquals(List.of(), Cmif.schematronErrors(file));
        Document doc = Cmif.parse(file);
        // 8 letters, 4 messages, 6 Nowruz messages and the phone call; meetings, statements and reports are not letters.
        assertEquals(19.0, Cmif.number(doc, "count(//tei:correspDesc)"));
        String toKhamenei = "//tei:correspDesc[tei:correspAction[@type='received']/tei:persName='Ali Khamenei']";
        assertEquals(List.of("2009-05..2009-09|", "2009-05|May 2009", "2014-10|Mid-October 2014"),
                     dates(doc, toKhamenei).stream().sorted().toList(),
                     "the second letter is dated by bounds only: the source dates its report, not the letter");
        assertEquals(List.of("http://www.wikidata.org/entity/Q76"),
                     Cmif.strings(doc, toKhamenei + "[1]/tei:correspAction[@type='sent']/tei:persName/@ref"));
        assertEquals(List.of("Obama Wrote Khamenei on ISIS Threat"), Cmif.strings(doc, "//tei:sourceDesc/tei:bibl"));
    }

    @Test
    void cmifCarriesEachClaimAboutALettersContentAsANote() throws Exception {
        Path file = export("claims.xml", (corr, out) ->
                CmifExport.write(corr, CmifExport.Header.defaults(Instant.parse("2026-01-01T00:00:00Z")), out));
        assertEquals(List.of(), Cmif.schemaErrors(file));
        Document doc = Cmif.parse(file);
        // data/claims.ttl: 12 claims, all about letters, messages or the call, of 7 communications.
        assertEquals(12.0, Cmif.number(doc, "count(//tei:correspDesc/tei:note[@type='claim'])"));
        assertEquals(7.0, Cmif.number(doc, "count(//tei:correspDesc[tei:note])"));
        // The disputed letter has no date as written (January 2012 dates Motahari's claim): found by its bounds.
        String disputed = "//tei:correspDesc[tei:correspAction/tei:date[@notBefore='2009-01-20' and @notAfter='2012-01']]/tei:note";
        assertEquals(List.of("Claim (proposal): Called for direct talks with Iran. Claimed by Ali Motahari, January 2012. "
                             + "Status: disputed. Denied by Obama administration, [2012-01..].",
                             "Claim (warning): Warned Tehran against closing the Strait of Hormuz. Claimed by Ali Motahari, "
                             + "January 2012. Status: disputed. Denied by Obama administration, [2012-01..]."),
                     Cmif.strings(doc, disputed));
        assertEquals(List.of("Claim (condition): Made cooperation on ISIS largely dependent on the result of the nuclear talks "
                             + "between Iran and the six major powers. Claimed by The Wall Street Journal in The Wall Street "
                             + "Journal reports Obama's letter. Status: disputed. Declined to comment by Obama administration. "
                             + "Denied by Barack Obama in Obama's CBS interview with Bob Schieffer, November 9."),
                     Cmif.strings(doc, "//tei:correspDesc[tei:correspAction/tei:date='Mid-October 2014']"
                                       + "/tei:note[contains(., 'cooperation on ISIS')]"));
    }

    @Test
    void gexfHasEveryActorAndOneTimedEdgePerSenderRecipientPair() throws Exception {
        Document doc = Cmif.parse(export("article.gexf", GexfExport::write));
        assertEquals((double) ACTORS, Cmif.number(doc, "count(//*[local-name()='node'])"));
        assertEquals((double) EDGES, Cmif.number(doc, "count(//*[local-name()='edge'])"));
        String disputed = "//*[local-name()='edge'][*/*[@for='disputed' and @value='true']]";
        assertEquals(1.0, Cmif.number(doc, "count(" + disputed + ")"));
        assertEquals("https://w3id.org/corrkg/id/obama https://w3id.org/corrkg/id/iran-government 2009-01-20 2012-01-31 letter",
                     attributes(doc, disputed, "source", "target", "start", "end", "label"));
    }

    @Test
    void graphmlHasTheSameNetwork() throws Exception {
        Document doc = Cmif.parse(export("article.graphml", GraphmlExport::write));
        assertEquals((double) ACTORS, Cmif.number(doc, "count(//*[local-name()='node'])"));
        assertEquals((double) EDGES, Cmif.number(doc, "count(//*[local-name()='edge'])"));
        assertEquals(List.of("Mid-October 2014"), Cmif.strings(doc,
                "//*[local-name()='edge'][@source='https://w3id.org/corrkg/id/obama' and @target='https://w3id.org/corrkg/id/khamenei']"
                + "/*[@key='date' and .='Mid-October 2014']"));
    }

    @Test
    void csvHasOneRowPerCommunication() throws Exception {
        List<String> lines = Files.readAllLines(export("article.csv", CsvExport::write), StandardCharsets.UTF_8);
        assertEquals("id,type,date as written,earliest,latest,senders,recipients,intermediaries,topics,status,source,"
                     + "place_sent,place_sent_iri,place_received,place_received_iri", lines.get(0));
        assertEquals(39, lines.size(), "a header and the 38 communications");
        List<List<String>> keys = new java.util.ArrayList<>();
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().get().parse(new java.io.StringReader(String.join("\n", lines)))) {
            for (var row : parser)
                keys.add(List.of(row.get("earliest").isEmpty() ? "\uffff" : row.get("earliest"),
                                 row.get("latest").isEmpty() ? "\uffff" : row.get("latest"), row.get("id")));
        }
        List<List<String>> sorted = new java.util.ArrayList<>(keys);
        sorted.sort(java.util.Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2)));
        assertEquals(sorted, keys, "rows by earliest day, then latest, then IRI, undated last");
        assertEquals(List.of("https://w3id.org/corrkg/id/letter-2012-01-obama-disputed,letter,[2009-01-20..2012-01],2009-01-20,2012-01-31,"
                             + "Barack Obama,Government of Iran,,Strait of Hormuz; direct talks,disputed,"
                             + "\"Obama Wrote Khamenei on ISIS Threat, chronology, January 2012\",,,,"),
                     lines.stream().filter(l -> l.contains("obama-disputed")).toList());
        assertEquals(List.of("https://w3id.org/corrkg/id/letter-2013-08-obama-rouhani,letter,August 2013,2013-08-01,2013-08-31,"
                             + "Barack Obama,Hassan Rouhani,Qaboos bin Said,Syria; nuclear programme,attested,"
                             + "\"Obama Wrote Khamenei on ISIS Threat, chronology, August 2013; Obama Wrote Khamenei on ISIS Threat, "
                             + "chronology, Sept. 15, 2013; Obama Wrote Khamenei on ISIS Threat, paragraph 3\",,,,"),
                     lines.stream().filter(l -> l.contains("letter-2013-08-obama-rouhani,")).toList());
    }

    private static List<String> dates(Document doc, String letters) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        int n = (int) Cmif.number(doc, "count(" + letters + ")");
        for (int i = 1; i <= n; i++) {
            String date = "(" + letters + ")[" + i + "]/tei:correspAction[@type='sent']/tei:date";
            String when = String.join("", Cmif.strings(doc, date + "/@when"));
            String range = String.join("", Cmif.strings(doc, date + "/@notBefore")) + ".." + String.join("", Cmif.strings(doc, date + "/@notAfter"));
            out.add((when.isEmpty() ? range : when) + "|" + String.join("", Cmif.strings(doc, date)));
        }
        return out;
    }

    private static String attributes(Document doc, String xpath, String... names) throws Exception {
        List<String> values = new java.util.ArrayList<>();
        for (String a : names)
            values.add(String.join("", Cmif.strings(doc, xpath + "/@" + a)));
        return String.join(" ", values);
    }

    private static Path export(String name, BiConsumer<Correspondence, OutputStream> writer) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            Txn.executeRead(store.dataset(), () -> writer.accept(new Correspondence(store.dataset().asDatasetGraph()), out));
        }
        return file;
    }
}
