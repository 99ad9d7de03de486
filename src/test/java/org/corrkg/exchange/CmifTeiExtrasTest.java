package org.corrkg.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.xml.xpath.XPathConstants;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.corrkg.exchange.cmif.CmifImporter;
import org.corrkg.vocab.CORR;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What TEI says of a letter beyond CMIF 1.1 (who carried it, forwarded, delivered or
 * redirected it; a date in words only) and what editions get wrong (dates spelt loosely,
 * authority IRIs without an identifier), from {@code cmif-faithful/tei-extras.xml}; every
 * expected value is computed from the file with XPath.
 */
class CmifTeiExtrasTest {

    static final Path EXTRAS = Cmif.resource("cmif-faithful/tei-extras.xml");
    static final String CARRIED = "@type='transmitted' or @type='forwarded' or @type='delivered' or @type='redirected'";

    static CmifImporter.Imported imported;
    static Graph g;
    static Document xml;

    @TempDir Path dir;

    @BeforeAll
    static void read() throws Exception {
        imported = CmifImporter.read(EXTRAS, CmifImporter.Progress.NONE);
        g = imported.graph();
        xml = Cmif.parse(EXTRAS);
    }

    @Test
    void everyProblemIsOneWarningWithItsLine() throws Exception {
        String f = EXTRAS.toString();
        assertEquals(List.of(
                f + ":41: warning: date without a usable @when, @notBefore, @notAfter, @from or @to; kept as written: \"Mitte Mai 1670\"",
                f + ":62: warning: date/@when=\"1819-8-15\" is not YYYY, YYYY-MM or YYYY-MM-DD; read as 1819-08-15",
                f + ":67: warning: date without a usable @when, @notBefore, @notAfter, @from or @to",
                f + ":60: warning: persName/@ref \"https://d-nb.info/gnd/\" has no GND identifier of the form GND documents; \"Maria Beck\" is identified by its name instead",
                f + ":61: warning: placeName/@ref \"https://sws.geonames.org/www.geonames.org/\" has no GeoNames identifier of the form GeoNames documents; \"Berlin-Westend\" is identified by its name instead",
                f + ":65: warning: persName/@ref \"https://d-nb.info/gnd/\" has no GND identifier of the form GND documents; \"Karl Vogel\" is identified by its name instead",
                f + ":66: warning: placeName/@ref \"https://sws.geonames.org/www.geonames.org/\" has no GeoNames identifier of the form GeoNames documents; \"Potsdam\" is identified by its name instead",
                f + ":74: warning: date/@notBefore=\"1819-9-1\" is not YYYY, YYYY-MM or YYYY-MM-DD; read as 1819-09-01",
                f + ":72: warning: persName/@ref \"https://d-nb.info/gnd/\" has no GND identifier of the form GND documents; \"Karl Vogel\" is identified by its name instead",
                f + ":73: warning: placeName/@ref \"https://sws.geonames.org/www.geonames.org/\" has no GeoNames identifier of the form GeoNames documents; \"Potsdam\" is identified by its name instead",
                f + ":77: warning: persName/@ref \"http://viaf.org/viaf/\" has no VIAF identifier of the form VIAF documents; \"Maria Beck\" is identified by its name instead",
                f + ":78: warning: placeName/@ref \"https://sws.geonames.org/www.geonames.org/\" has no GeoNames identifier of the form GeoNames documents; \"Berlin-Westend\" is identified by its name instead"),
                imported.warnings());
        assertEquals(strings(xml, "//tei:correspDesc").size(), imported.letters());
    }

    @Test
    void whoeverCarriedALetterIsItsIntermediary() throws Exception {
        Map<String, Set<String>> expected = new TreeMap<>();
        NodeList entries = (NodeList) Cmif.xpath().evaluate("//tei:correspDesc", xml, XPathConstants.NODESET);
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            Set<String> names = new TreeSet<>(strings(e, "tei:correspAction[" + CARRIED + "]/*[self::tei:persName or self::tei:orgName]"));
            if (!names.isEmpty())
                expected.put(e.getAttribute("key"), names);
        }
        assertEquals(Map.of("1", Set.of("Johann Jacob Schütz"),
                            "2", Set.of("Johann Jacob Schütz", "Kaiserliche Reichspost", "Anna Magdalena Courier")), expected);
        Map<String, Set<String>> actual = new TreeMap<>();
        g.find(Node.ANY, CORR.intermediary.asNode(), Node.ANY).forEachRemaining(t ->
                actual.computeIfAbsent(key(t.getSubject()), k -> new TreeSet<>()).add(label(t.getObject())));
        assertEquals(expected, actual);
    }

    @Test
    void aCarriersStepKeepsItsTypeDateAndPlace() throws Exception {
        Node letter = letter("1");
        Element transmitted = (Element) Cmif.xpath().evaluate("//tei:correspDesc[@key='1']/tei:correspAction[@type='transmitted']", xml,
                                                             XPathConstants.NODE);
        Node handling = g.find(letter, CORR.handling.asNode(), Node.ANY).toList().stream().map(Triple::getObject)
                .filter(h -> g.contains(h, CORR.handlingType.asNode(), NodeFactory.createLiteralString("transmitted"))).findFirst().orElseThrow();
        assertEquals(Set.of(Cmif.xpath().evaluate("tei:date/@when", transmitted)), lexicals(handling, CORR.edtf.asNode()));
        assertEquals(Set.of(Cmif.xpath().evaluate("tei:date", transmitted)), lexicals(handling, CORR.dateAsWritten.asNode()));
        Set<String> places = new TreeSet<>();
        g.find(handling, CORR.mention.asNode(), Node.ANY).forEachRemaining(m ->
                g.find(m.getObject(), CORR.mentionOf.asNode(), Node.ANY).forEachRemaining(t -> {
                    if (g.contains(t.getObject(), RDF.type.asNode(), CORR.Place.asNode()))
                        places.add(t.getObject().getURI());
                }));
        assertEquals(Set.of(Cmif.xpath().evaluate("tei:placeName/@ref", transmitted)), places);
        assertFalse(g.contains(letter, CORR.sentFrom.asNode(), NodeFactory.createURI(places.iterator().next())),
                    "where a courier took the letter is not where it was sent from");
    }

    @Test
    void aDateInWordsOnlyIsKeptAsWrittenAndLooseDatesAreRead() throws Exception {
        assertEquals(Set.of(Cmif.xpath().evaluate("//tei:correspDesc[@key='2']/tei:correspAction[@type='sent']/tei:date", xml)),
                     lexicals(letter("2"), CORR.dateAsWritten.asNode()));
        assertEquals(Set.of("XXXX"), lexicals(letter("2"), CORR.edtf.asNode()));
        assertEquals(Set.of("1819-08-15"), lexicals(letter("3"), CORR.edtf.asNode()));
        assertEquals(Set.of("1819-09-01"), lexicals(letter("4"), CORR.earliest.asNode()));
        assertEquals(Set.of("1819-09-30"), lexicals(letter("4"), CORR.latest.asNode()));
    }

    @Test
    void aBrokenAuthorityIriMergesNoStrangers() throws Exception {
        for (String broken : new TreeSet<>(strings(xml, "//*[@ref='https://d-nb.info/gnd/' or @ref='http://viaf.org/viaf/'"
                                                        + " or @ref='https://sws.geonames.org/www.geonames.org/']/@ref")))
            assertFalse(g.contains(NodeFactory.createURI(broken), Node.ANY, Node.ANY), broken + " is no node");
        // Each name that carries a broken reference is its own actor or place: as many as there are names.
        Set<String> people = new TreeSet<>(strings(xml, "//tei:persName[@ref='https://d-nb.info/gnd/' or @ref='http://viaf.org/viaf/']"));
        Set<String> places = new TreeSet<>(strings(xml, "//tei:placeName[@ref='https://sws.geonames.org/www.geonames.org/']"));
        assertEquals(Set.of("Karl Vogel", "Maria Beck"), people);
        assertEquals(Set.of("Berlin-Westend", "Potsdam"), places);
        assertEquals(people, labelsOf(CORR.Person.asNode(), people));
        assertEquals(places, labelsOf(CORR.Place.asNode(), places));
        assertEquals(people.size(), nodesNamed(CORR.Person.asNode(), people));
        assertEquals(places.size(), nodesNamed(CORR.Place.asNode(), places));
    }

    @Test
    void theExportGivesBackEveryStepWithItsTypeAndChangesOnlyWhatWasWarnedAbout() throws Exception {
        Path out = CmifFaithfulTest.roundTrip(EXTRAS, dir);
        Document exported = Cmif.parse(out);
        assertEquals(sorted(strings(xml, "//tei:correspAction[" + CARRIED + "]/@type")),
                     sorted(strings(exported, "//tei:correspAction[" + CARRIED + "]/@type")));
        // The entries with a loose date or a broken reference come out changed, as the warnings said; no other.
        List<String> changed = new ArrayList<>();
        for (String d : CmifFaithfulTest.differences(EXTRAS, out))
            if (d.startsWith("- "))
                changed.add(d.replaceFirst(".* key=\"([^\"]*)\".*", "$1"));
        changed.sort(null);
        assertEquals(strings(xml, "//tei:correspDesc[.//@ref='https://d-nb.info/gnd/' or .//@*[contains(., '-8-') or contains(., '-9-')]]/@key"),
                     changed);
        assertEquals(List.of(), CmifFaithfulTest.added(CmifFaithfulTest.schemaProblems(EXTRAS), CmifFaithfulTest.schemaProblems(out)),
                     "the export adds no deviation from CMIF 1.1 (the carriers' types are TEI's, not CMIF 1.1's)");
        assertEquals(Cmif.schematronErrors(EXTRAS), Cmif.schematronErrors(out));
    }

    private static List<String> strings(Object context, String xpath) throws Exception {
        NodeList nodes = (NodeList) Cmif.xpath().evaluate(xpath, context, XPathConstants.NODESET);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++)
            out.add(nodes.item(i).getTextContent().replaceAll("\\s+", " ").trim());
        return out;
    }

    private static List<String> sorted(List<String> values) {
        List<String> out = new ArrayList<>(values);
        out.sort(null);
        return out;
    }

    /** The letter of the entry with this @key. */
    private static Node letter(String key) {
        return g.find(Node.ANY, CORR.entryKey.asNode(), NodeFactory.createLiteralString(key)).toList().stream()
                .map(t -> g.find(Node.ANY, CORR.evidence.asNode(), t.getSubject()).next().getSubject()).findFirst().orElseThrow();
    }

    private static String key(Node letter) {
        Node passage = g.find(letter, CORR.evidence.asNode(), Node.ANY).next().getObject();
        return g.find(passage, CORR.entryKey.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
    }

    private static String label(Node n) {
        return g.find(n, RDFS.label.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
    }

    private static Set<String> lexicals(Node s, Node p) {
        Set<String> out = new TreeSet<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject().getLiteralLexicalForm()));
        return out;
    }

    private static Set<String> labelsOf(Node type, Set<String> names) {
        Set<String> out = new TreeSet<>();
        g.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> {
            String l = label(t.getSubject());
            if (names.contains(l))
                out.add(l);
        });
        return out;
    }

    private static int nodesNamed(Node type, Set<String> names) {
        int n = 0;
        for (Triple t : g.find(Node.ANY, RDF.type.asNode(), type).toList())
            if (names.contains(label(t.getSubject())))
                n++;
        return n;
    }
}
