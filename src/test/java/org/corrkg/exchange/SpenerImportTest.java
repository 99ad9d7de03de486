package org.corrkg.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.corrkg.TestStores;
import org.corrkg.exchange.cmif.CmifImporter;
import org.corrkg.query.NamedQuery;
import org.corrkg.query.QueryLibrary;
import org.corrkg.query.QueryRunner;
import org.corrkg.query.QuerySource;
import org.corrkg.store.Batch;
import org.corrkg.store.Loader;
import org.corrkg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The real Spener file imports with exactly the letters, correspondents and decades that
 * XPath finds in the XML itself; every expected value is computed here from the file.
 */
class SpenerImportTest {

    @TempDir static Path dir;
    static Store store;
    static Document xml;
    static String graph;
    static QueryLibrary library;

    @BeforeAll
    static void importSpener() throws Exception {
        store = TestStores.seeded(dir);
        CmifImporter.Imported imported = CmifImporter.read(Cmif.SPENER, CmifImporter.Progress.NONE);
        new Loader(store).load(new Batch().add(imported.graphName(), imported.graph(), Cmif.SPENER.toString()));
        graph = imported.graphName().getURI();
        xml = Cmif.parse(Cmif.SPENER);
        library = QueryLibrary.bundled();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyCorrespDescBecomesOneLetter() throws Exception {
        int expected = (int) Cmif.number(xml, "count(//tei:profileDesc/tei:correspDesc)");
        assertEquals(2435, expected, "the file as described in its README");
        assertEquals(expected, total(select("letters-per-decade", Map.of("graph", graph))));
    }

    @Test
    void sendersAndRecipientsWithGndReferencesAreCountedOnceEach() throws Exception {
        TreeSet<String> senders = gndIds("//tei:correspAction[@type='sent']/*[self::tei:persName or self::tei:orgName]/@ref");
        TreeSet<String> recipients = gndIds("//tei:correspAction[@type='received']/*[self::tei:persName or self::tei:orgName]/@ref");
        ResultSetRewindable rs = new QueryRunner(QuerySource.of(store.dataset()), library)
                .select(test("correspondents-with-gnd"), Map.of("graph", graph));
        Map<String, Integer> actual = new TreeMap<>();
        rs.forEachRemaining(s -> actual.put(s.getLiteral("role").getString(), s.getLiteral("n").getInt()));
        assertEquals(Map.of("recipient", recipients.size(), "sender", senders.size()), actual);
        assertTrue(senders.size() > 1 && recipients.size() > 100, senders.size() + " senders, " + recipients.size() + " recipients");
    }

    @Test
    void lettersPerDecadeFollowTheSentDates() throws Exception {
        Map<String, Integer> expected = new TreeMap<>();
        org.w3c.dom.NodeList letters = (org.w3c.dom.NodeList) Cmif.xpath().evaluate("//tei:correspDesc", xml,
                javax.xml.xpath.XPathConstants.NODESET);
        javax.xml.xpath.XPathExpression sentYear = Cmif.xpath().compile(
                "string((tei:correspAction[@type='sent']/tei:date/@when | tei:correspAction[@type='sent']/tei:date/@notBefore"
                + " | tei:correspAction[@type='sent']/tei:date/@from)[1])");
        for (int i = 0; i < letters.getLength(); i++) {
            String year = sentYear.evaluate(letters.item(i));
            expected.merge(year.isEmpty() ? "undated" : year.substring(0, 3) + "0", 1, Integer::sum);
        }
        Map<String, Integer> actual = new TreeMap<>();
        select("letters-per-decade", Map.of("graph", graph))
                .forEachRemaining(s -> actual.put(s.getLiteral("decade").getString(), s.getLiteral("letters").getInt()));
        assertEquals(expected, actual);
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        DatasetGraph before = TestStores.snapshot(store);
        CmifImporter.Imported again = CmifImporter.read(Cmif.SPENER, CmifImporter.Progress.NONE);
        new Loader(store).load(new Batch().add(again.graphName(), again.graph(), Cmif.SPENER.toString()));
        assertTrue(IsoMatcher.isomorphic(before, TestStores.snapshot(store)));
    }

    private TreeSet<String> gndIds(String xpath) throws Exception {
        Pattern gnd = Pattern.compile("d-nb\\.info/gnd/([0-9X-]+)");
        TreeSet<String> ids = new TreeSet<>();
        for (String ref : Cmif.strings(xml, xpath)) {
            Matcher m = gnd.matcher(ref.trim().split("\\s+")[0]);
            if (m.find())
                ids.add(m.group(1));
        }
        return ids;
    }

    private static ResultSetRewindable select(String query, Map<String, String> params) {
        return new QueryRunner(QuerySource.of(store.dataset()), library).select(library.resolve(query), params);
    }

    static NamedQuery test(String name) throws java.io.IOException {
        Path file = Path.of("src/test/resources/exchange", name + ".rq");
        return NamedQuery.parse(name, Files.readString(file, StandardCharsets.UTF_8));
    }

    private static int total(ResultSetRewindable rs) {
        int n = 0;
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            n += s.getLiteral("letters").getInt();
        }
        return n;
    }
}
