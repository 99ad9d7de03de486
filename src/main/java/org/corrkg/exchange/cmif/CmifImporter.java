package org.corrkg.exchange.cmif;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.corrkg.CorrkgException;
import org.corrkg.Excerpt;
import org.corrkg.source.Prescan;
import org.corrkg.source.XmlDeclaration;
import org.corrkg.dates.DateBounds;
import org.corrkg.exchange.cmif.CmifDocument.Action;
import org.corrkg.exchange.cmif.CmifDocument.Bibl;
import org.corrkg.exchange.cmif.CmifDocument.Entry;
import org.corrkg.exchange.cmif.CmifDocument.Party;
import org.corrkg.exchange.cmif.CmifDocument.Place;
import org.corrkg.vocab.CORR;

/**
 * Turns a CMIF file into one named graph in the corrkg ontology: the file and its
 * editions as source documents, each correspDesc as a letter with its evidence, persons,
 * organisations and places named by their (normalised) authority IRIs, or local to the
 * file when they have none. Node names derive from the file and the entries, so importing
 * a file twice gives the same graph.
 */
public final class CmifImporter {

    /** What an import produced: the graph (named by the file's URI), its letters, and what was tolerated. */
    public record Imported(Node graphName, Graph graph, int letters, List<String> warnings) {}

    /** Told of progress as entries are read. */
    @FunctionalInterface
    public interface Progress {
        void update(long bytesRead, long totalBytes, int letters);

        Progress NONE = (b, t, l) -> { };
    }

    public static Imported read(Path file, Progress progress) {
        Path abs = file.toAbsolutePath().normalize();
        String base = abs.toUri().toString();
        List<String> warnings = new ArrayList<>();
        CmifDocument doc;
        if (XmlDeclaration.declaresUtf8(abs))
            Prescan.checkUtf8(file.toString(), () -> Files.newInputStream(abs), "CMIF");
        try (CountingStream in = new CountingStream(Files.newInputStream(abs))) {
            long total = Files.size(abs);
            doc = new CmifReader(file.toString(), warnings, n -> progress.update(in.count, total, n)).read(in);
        } catch (NoSuchFileException e) {
            throw new CorrkgException(file + ": no such file", e);
        } catch (IOException e) {
            throw new CorrkgException(file + ": cannot read: " + e.getMessage(), e);
        }
        CmifImporter importer = new CmifImporter(base, file.toString(), warnings);
        importer.add(doc);
        return new Imported(NodeFactory.createURI(base), importer.graph, doc.entries().size(), List.copyOf(warnings));
    }

    private final String base;
    private final String fileName;
    private final List<String> warnings;
    private final Graph graph = GraphFactory.createDefaultGraph();
    private final Map<Node, String> labels = new HashMap<>();

    private CmifImporter(String base, String fileName, List<String> warnings) {
        this.base = base;
        this.fileName = fileName;
        this.warnings = warnings;
    }

    private void add(CmifDocument doc) {
        Node file = NodeFactory.createURI(base);
        type(file, CORR.SourceDocument);
        literal(file, RDFS.label.asNode(), doc.title() != null && !doc.title().isBlank() ? doc.title() : fileName);
        literal(file, DCTerms.title.asNode(), doc.title());
        literal(file, DCTerms.identifier.asNode(), doc.idno());
        literal(file, DCTerms.rights.asNode(), doc.licence());
        if (isAbsoluteIri(doc.licenceUrl()))
            add(file, DCTerms.license.asNode(), NodeFactory.createURI(doc.licenceUrl()));
        if (doc.publisher() != null && !doc.publisher().isBlank()) {
            Node publisher = isAbsoluteIri(doc.publisherUrl()) ? NodeFactory.createURI(doc.publisherUrl()) : local("publisher");
            type(publisher, CORR.Organisation);
            name(publisher, doc.publisher());
            add(file, DCTerms.publisher.asNode(), publisher);
        }
        Map<String, Node> bibls = new HashMap<>();
        for (int i = 0; i < doc.bibls().size(); i++) {
            Bibl b = doc.bibls().get(i);
            Node bibl = local("bibl-" + (b.id() != null ? b.id() : String.valueOf(i + 1)));
            type(bibl, CORR.SourceDocument);
            literal(bibl, RDFS.label.asNode(), b.text().isBlank() ? "edition " + (i + 1) : b.text());
            literal(bibl, CORR.editionType.asNode(), b.type());
            add(bibl, CORR.listedIn.asNode(), file);
            if (b.id() != null)
                bibls.put(b.id(), bibl);
        }
        for (int i = 0; i < doc.entries().size(); i++)
            letter(doc.entries().get(i), i + 1, bibls, file);
    }

    private void letter(Entry e, int position, Map<String, Node> bibls, Node file) {
        String id = e.id() != null ? e.id() : "letter-" + position;
        Node letter = local(id);
        Node passage = local(id + "-entry");

        type(letter, CORR.Letter);
        List<String> from = names(e.sent());
        List<String> to = names(e.received());
        parties(letter, e.sent(), CORR.sender.asNode());
        parties(letter, e.received(), CORR.addressee.asNode());
        if (from.isEmpty())
            add(letter, CORR.senderUnknown.asNode(), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        places(letter, e.sent(), CORR.sentFrom.asNode());
        places(letter, e.received(), CORR.sentTo.asNode());
        String dateText = date(letter, e);
        literal(letter, RDFS.label.asNode(), (from.isEmpty() ? "Unknown" : String.join(" and ", from)) + " to "
                + (to.isEmpty() ? "unknown" : String.join(" and ", to)) + (dateText.isEmpty() ? "" : ", " + dateText));
        add(letter, CORR.status.asNode(), CORR.Attested.asNode());
        add(letter, CORR.evidence.asNode(), passage);

        type(passage, CORR.SourcePassage);
        literal(passage, RDFS.label.asNode(), "entry " + (e.key() != null ? e.key() : String.valueOf(position)) + " of " + fileName);
        Node bibl = e.source() == null ? null : bibls.get(e.source());
        if (e.source() != null && bibl == null)
            warnings.add(fileName + ":" + e.line() + ": warning: correspDesc/@source=\"#" + Excerpt.of(e.source()) + "\" matches no bibl/@xml:id; the file itself is the source");
        add(passage, CORR.inDocument.asNode(), bibl != null ? bibl : file);
        add(passage, CORR.line.asNode(), NodeFactory.createLiteralDT(String.valueOf(e.line()), XSDDatatype.XSDinteger));
        literal(passage, CORR.entryKey.asNode(), e.key());
        if (isAbsoluteIri(e.ref()))
            add(passage, CORR.entryUrl.asNode(), NodeFactory.createURI(e.ref()));
    }

    /** Sets the letter's date from the sent date, else bounds it by the received date; returns the date as written. */
    private String date(Node letter, Entry e) {
        Action sent = e.sent();
        Optional<DateBounds> bounds = bounds(sent.date());
        String written = sent.dateText();
        Map<String, String> attrs = sent.date();
        if (bounds.isEmpty()) {
            Optional<String> receipt = Stream.of("when", "notAfter", "to").map(e.received().date()::get)
                                             .filter(Objects::nonNull).findFirst();
            if (receipt.isPresent()) {
                bounds = Optional.of(DateBounds.between(null, receipt.get()));
                literal(letter, CORR.dateNote.asNode(), "Undated as sent: sent no later than it was received.");
                written = e.received().dateText();
                attrs = e.received().date();
            }
        }
        DateBounds b = bounds.orElse(DateBounds.UNKNOWN);
        add(letter, CORR.edtf.asNode(), NodeFactory.createLiteralDT(b.edtf(), CORR.EDTF));
        b.earliest().ifPresent(d -> add(letter, CORR.earliest.asNode(), NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
        b.latest().ifPresent(d -> add(letter, CORR.latest.asNode(), NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
        literal(letter, CORR.dateAsWritten.asNode(), written);
        literal(letter, CORR.dateCertainty.asNode(), attrs.get("cert"));
        literal(letter, CORR.dateEvidence.asNode(), attrs.get("evidence"));
        return written == null ? "" : written;
    }

    private static Optional<DateBounds> bounds(Map<String, String> d) {
        if (d.containsKey("when"))
            return Optional.of(DateBounds.on(d.get("when")));
        if (d.containsKey("notBefore") || d.containsKey("notAfter"))
            return Optional.of(DateBounds.between(d.get("notBefore"), d.get("notAfter")));
        if (d.containsKey("from") || d.containsKey("to"))
            return Optional.of(DateBounds.lasting(d.get("from"), d.get("to")));
        return Optional.empty();
    }

    private void parties(Node letter, Action action, Node property) {
        for (Party p : action.parties()) {
            if (p.unknown())
                continue;
            Node actor = actor(p);
            add(letter, property, actor);
            if (p.cert() != null)
                add(letter, CORR.uncertainParty.asNode(), actor);
            if (p.evidence() != null)
                add(letter, CORR.conjecturedParty.asNode(), actor);
        }
    }

    private Node actor(Party p) {
        Node actor = p.refs().isEmpty()
                ? local((p.person() ? "person-" : "org-") + slug(p.name()))
                : NodeFactory.createURI(Authorities.normalise(p.refs().get(0)));
        type(actor, p.person() ? CORR.Person : CORR.Organisation);
        name(actor, p.name());
        for (String other : p.refs().subList(Math.min(1, p.refs().size()), p.refs().size()))
            add(actor, OWL.sameAs.asNode(), NodeFactory.createURI(Authorities.normalise(other)));
        return actor;
    }

    private void places(Node letter, Action action, Node property) {
        for (Place p : action.places()) {
            Node place = p.refs().isEmpty() ? local("place-" + slug(p.name())) : NodeFactory.createURI(Authorities.normalise(p.refs().get(0)));
            type(place, CORR.Place);
            name(place, p.name());
            add(letter, property, place);
        }
    }

    /** The first name seen is the label; other spellings of the same node are alternative labels. */
    private void name(Node node, String name) {
        if (name == null || name.isBlank())
            return;
        String first = labels.putIfAbsent(node, name);
        if (first == null)
            literal(node, RDFS.label.asNode(), name);
        else if (!first.equals(name))
            literal(node, SKOS.altLabel.asNode(), name);
    }

    private static List<String> names(Action action) {
        return action.parties().stream().filter(p -> !p.unknown()).map(Party::name).collect(Collectors.toList());
    }

    private Node local(String fragment) {
        return NodeFactory.createURI(base + "#" + fragment);
    }

    private static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "unnamed" : s;
    }

    private static boolean isAbsoluteIri(String s) {
        return s != null && s.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+$");
    }

    private void type(Node node, Resource cls) {
        add(node, RDF.type.asNode(), cls.asNode());
    }

    private void literal(Node s, Node p, String value) {
        if (value != null && !value.isBlank())
            add(s, p, NodeFactory.createLiteralString(value));
    }

    private void add(Node s, Node p, Node o) {
        graph.add(s, p, o);
    }


    /** Counts the bytes read, for progress. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) { super(in); }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) count += n;
            return n;
        }
    }
}
