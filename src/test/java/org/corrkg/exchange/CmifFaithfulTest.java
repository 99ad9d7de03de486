package org.corrkg.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.system.Txn;
import org.corrkg.exchange.cmif.CmifExport;
import org.corrkg.exchange.cmif.CmifImporter;
import org.corrkg.source.SourceFile;
import org.corrkg.store.Batch;
import org.corrkg.store.Loader;
import org.corrkg.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * CMIF in, CMIF out, compared element by element: every correspDesc and every bibl of the
 * input comes out with the same attributes, children and text. Only what is legitimately free
 * is normalised: the order of attributes and of correspDescs and bibls, whitespace, and the
 * spelling of an authority IRI (http or https, www or sws, a trailing slash), compared as the
 * authority and its identifier.
 */
class CmifFaithfulTest {

    static final Path VALID = Cmif.resource("cmif-faithful/valid.xml");
    static final Path THUN = Cmif.resource("cmif/thun-letters.xml");

    @TempDir Path dir;

    @Test
    void aFileThatUsesAllOfCmifComesBackElementByElementAndValid() throws Exception {
        Path out = roundTrip(VALID);
        assertEquals(List.of(), Cmif.schemaErrors(VALID), "the fixture is valid CMIF 1.1");
        assertEquals(List.of(), differences(VALID, out));
        assertEquals(List.of(), Cmif.schemaErrors(out), "CMIF 1.1 RELAX NG schema");
        assertEquals(List.of(), Cmif.schematronErrors(out), "CMIF Schematron errors");
    }

    @Test
    void theSpenerFileComesBackElementByElement() throws Exception {
        Path out = roundTrip(Cmif.SPENER);
        assertEquals(List.of(), differences(Cmif.SPENER, out));
        assertEquals(List.of(), added(schemaProblems(Cmif.SPENER), schemaProblems(out)), "the export adds no deviation from CMIF 1.1");
        // The one deviation it keeps: @cert="medium", which CMIF 1.1 does not allow (only "low").
        int medium = (int) Cmif.number(Cmif.parse(Cmif.SPENER), "count(//tei:correspDesc//@cert[. != 'low'])");
        assertEquals(121, medium, "as the file has them");
        assertEquals(java.util.Collections.nCopies(medium, "value of attribute \"cert\" is invalid; must be equal to \"low\""),
                     schemaProblems(out));
        assertEquals(List.of(), Cmif.schematronErrors(out), "CMIF Schematron errors");
    }

    @Test
    void theThunFileComesBackElementByElement() throws Exception {
        Path out = roundTrip(THUN);
        assertEquals(List.of(), differences(THUN, out));
        assertEquals(List.of(), schemaProblems(out), "CMIF 1.1 RELAX NG schema (the input's deviations were all in its header)");
        assertEquals(List.of(), Cmif.schematronErrors(out), "CMIF Schematron errors");
    }

    @Test
    void theCsvHasWhereEachLetterWasSentFromAndWhereTo() throws Exception {
        Path csv = dir.resolve("valid.csv");
        Path graphml = dir.resolve("valid.graphml");
        try (Store store = Store.open(dir.resolve("csv-store"))) {
            new Loader(store).load(List.of(SourceFile.bundled("ontology/corrkg.ttl"), SourceFile.bundled("ontology/topics.ttl")));
            CmifImporter.Imported imported = CmifImporter.read(VALID, CmifImporter.Progress.NONE);
            new Loader(store).load(new Batch().add(imported.graphName(), imported.graph(), VALID.toString()));
            Txn.executeRead(store.dataset(), () -> {
                try (OutputStream out = Files.newOutputStream(csv); OutputStream g = Files.newOutputStream(graphml)) {
                    org.corrkg.exchange.csv.CsvExport.write(new Correspondence(store.dataset().asDatasetGraph()), out);
                    org.corrkg.exchange.network.GraphmlExport.write(new Correspondence(store.dataset().asDatasetGraph()), g);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        List<String> expected = new ArrayList<>();
        Document xml = Cmif.parse(VALID);
        org.w3c.dom.NodeList entries = (org.w3c.dom.NodeList) Cmif.xpath().evaluate("//tei:correspDesc", xml, javax.xml.xpath.XPathConstants.NODESET);
        for (int i = 0; i < entries.getLength(); i++) {
            Node e = entries.item(i);
            expected.add(places(e, "sent") + " | " + places(e, "received"));
        }
        expected.sort(null);
        List<String> actual = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().get()
                .parse(Files.newBufferedReader(csv, java.nio.charset.StandardCharsets.UTF_8))) {
            for (var row : parser) {
                actual.add(row.get("place_sent_iri") + " | " + row.get("place_received_iri"));
                names.add(row.get("place_sent") + " | " + row.get("place_received"));
            }
        }
        actual.sort(null);
        assertEquals(expected, actual);
        // A place is shown by its label, sending and receipt apart: GeoNames 2925533 is spelt "Frankfurt a. M." once
        // and "Frankfurt" once, and of equally frequent spellings the first in Unicode order is the label.
        names.sort(null);
        assertEquals(List.of(" | ", " | ", "Frankfurt | Augsburg", "Frankfurt | Ulm", "Wien | Mainz"), names);
        // The network exports carry them too: an edge from Spener to Spizel, sent from Frankfurt to Augsburg.
        Document net = Cmif.parse(graphml);
        String edge = "//*[local-name()='edge'][@source='https://d-nb.info/gnd/118616099' and @target='https://d-nb.info/gnd/118616315']";
        assertEquals(List.of("Frankfurt"), Cmif.strings(net, edge + "/*[@key='placeSent']"));
        assertEquals(List.of("Augsburg"), Cmif.strings(net, edge + "/*[@key='placeReceived']"));
    }

    /** The GeoNames IRIs of an action's places ("" for a place without one), sorted, joined by "; ". */
    private static String places(Node entry, String type) throws Exception {
        List<String> iris = new ArrayList<>();
        org.w3c.dom.NodeList nodes = (org.w3c.dom.NodeList) Cmif.xpath().evaluate(
                "tei:correspAction[@type='" + type + "']/tei:placeName", entry, javax.xml.xpath.XPathConstants.NODESET);
        for (int i = 0; i < nodes.getLength(); i++) {
            Matcher m = Pattern.compile("geonames\\.org/(\\d+)").matcher(((Element) nodes.item(i)).getAttribute("ref"));
            iris.add(m.find() ? "https://sws.geonames.org/" + m.group(1) + "/" : "");
        }
        iris.sort(null);
        return String.join("; ", iris);
    }

    Path roundTrip(Path file) throws Exception {
        return roundTrip(file, dir);
    }

    /** Imports the file into a store of its own in {@code dir} and exports the store as CMIF. */
    static Path roundTrip(Path file, Path dir) throws Exception {
        Path exported = dir.resolve(file.getFileName() + ".exported.xml");
        try (Store store = Store.open(dir.resolve(file.getFileName() + ".store"))) {
            new Loader(store).load(List.of(SourceFile.bundled("ontology/corrkg.ttl"), SourceFile.bundled("ontology/topics.ttl")));
            CmifImporter.Imported imported = CmifImporter.read(file, CmifImporter.Progress.NONE);
            try {
                new Loader(store).load(new Batch().add(imported.graphName(), imported.graph(), file.toString()));
            } catch (Loader.ValidationFailed e) {
                throw new AssertionError(e.report().format(), e);
            }
            Txn.executeRead(store.dataset(), () -> {
                try (OutputStream out = Files.newOutputStream(exported)) {
                    CmifExport.write(new Correspondence(store.dataset().asDatasetGraph()),
                                     CmifExport.Header.defaults(Instant.parse("2026-01-01T00:00:00Z")), out);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        return exported;
    }

    /**
     * The correspDescs and bibls of one file that the other lacks, each side marked: "-" for
     * what the export lost, "+" for what it added. Empty when the two say the same.
     */
    static List<String> differences(Path input, Path output) throws Exception {
        TreeMap<String, Integer> count = new TreeMap<>();
        for (String e : elements(Cmif.parse(input)))
            count.merge(e, 1, Integer::sum);
        for (String e : elements(Cmif.parse(output)))
            count.merge(e, -1, Integer::sum);
        List<String> out = new ArrayList<>();
        count.forEach((e, n) -> {
            for (int i = 0; i < Math.abs(n); i++)
                out.add((n > 0 ? "- " : "+ ") + e);
        });
        return out;
    }

    /** Every correspDesc and every bibl in canonical form. */
    static List<String> elements(Document doc) throws Exception {
        List<String> out = new ArrayList<>();
        for (String path : List.of("//tei:sourceDesc/tei:bibl", "//tei:profileDesc/tei:correspDesc")) {
            org.w3c.dom.NodeList nodes = (org.w3c.dom.NodeList) Cmif.xpath().evaluate(path, doc, javax.xml.xpath.XPathConstants.NODESET);
            for (int i = 0; i < nodes.getLength(); i++)
                out.add(canonical((Element) nodes.item(i)));
        }
        return out;
    }

    /** The element, its attributes sorted, its text with whitespace collapsed, its children in order. */
    static String canonical(Element e) {
        StringBuilder b = new StringBuilder(e.getLocalName());
        TreeMap<String, String> attrs = new TreeMap<>();
        for (int i = 0; i < e.getAttributes().getLength(); i++) {
            Node a = e.getAttributes().item(i);
            if ("http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI()))
                continue;
            String name = (a.getPrefix() == null ? "" : a.getPrefix() + ":") + a.getLocalName();
            attrs.put(name, name.equals("ref") ? authorities(a.getNodeValue()) : a.getNodeValue().trim());
        }
        attrs.forEach((k, v) -> b.append(' ').append(k).append("=\"").append(v).append('"'));
        b.append('[');
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE)
                b.append(canonical((Element) c));
            else if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                String t = c.getNodeValue().replaceAll("\\s+", " ").trim();
                if (!t.isEmpty())
                    b.append('"').append(t).append('"');
            }
        }
        return b.append(']').toString();
    }

    private static final List<Pattern> AUTHORITIES = List.of(
            Pattern.compile("https?://(?:www\\.)?(d-nb\\.info/gnd)/([0-9X-]+)/?"),
            Pattern.compile("https?://(?:www\\.|sws\\.)?(geonames\\.org)/(\\d+)(?:/.*)?"),
            Pattern.compile("https?://(?:www\\.)?(viaf\\.org/viaf)/(\\d+)/?"),
            Pattern.compile("https?://(?:www\\.)?(wikidata\\.org)/(?:wiki|entity)/(Q\\d+)"));

    /** Each IRI of a @ref as its authority and identifier, when it is one of these authorities. */
    static String authorities(String ref) {
        List<String> out = new ArrayList<>();
        for (String iri : ref.trim().split("\\s+")) {
            String form = iri;
            for (Pattern p : AUTHORITIES) {
                Matcher m = p.matcher(iri);
                if (m.matches()) {
                    form = m.group(1) + ":" + m.group(2);
                    break;
                }
            }
            out.add(form);
        }
        return String.join(" ", out);
    }

    /** What {@code after} has that {@code before} has not, counting repeats. */
    static List<String> added(List<String> before, List<String> after) {
        List<String> out = new ArrayList<>(after);
        for (String b : before)
            out.remove(b);
        return out;
    }

    /** The schema's complaints about a file, without their lines, sorted. */
    static List<String> schemaProblems(Path file) throws Exception {
        List<String> out = new ArrayList<>();
        for (String e : Cmif.schemaErrors(file))
            out.add(e.substring(e.indexOf(": ") + 2));
        out.sort(null);
        return out;
    }
}
