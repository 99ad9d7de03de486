package org.corrkg.exchange.cmif;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.OWL;
import org.corrkg.dates.DateBounds;
import org.corrkg.exchange.ClaimNotes;
import org.corrkg.exchange.Communication;
import org.corrkg.exchange.Correspondence;
import org.corrkg.exchange.XmlOut;
import org.corrkg.vocab.CORR;

/**
 * Writes the store's letters and other messages (corr:Message and its subclasses, and
 * phone calls) as a CMIF 1.1 file for correspSearch: one correspDesc each, persons and
 * organisations with their authority IRI where the graph has one, the date at the
 * precision the source gives with the date as written as text, and one bibl per source.
 * CMIF has no place for what is claimed about a letter's content, so each claim comes as a
 * {@code <note type="claim">} of the correspDesc ({@link ClaimNotes}).
 *
 * <p>A letter imported from CMIF is written back as it came: its handlings
 * ({@code corr:Handling}, one per correspAction, of whatever type) in their order, each name as
 * the source wrote it with its {@code @cert} and {@code @evidence}, each date with its
 * attributes and text, the entry's xml:id, @key, @ref and @source, and each edition's bibl
 * with its xml:id, type and text. Only authority IRIs change, to their canonical spelling; a
 * date spelt loosely comes out as the ISO date it was read as, and a reference that was not an
 * authority record the source claimed does not come out at all.
 */
public final class CmifExport {

    /** The header of the file: who publishes it, where it lives, when it was made. */
    public record Header(String title, String editor, String publisher, String url, Instant date) {
        public static Header defaults(Instant date) {
            return new Header("Correspondence exported from corrkg", "corrkg", "corrkg",
                              "https://w3id.org/corrkg/cmif", date);
        }
    }

    private static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";

    private final Correspondence corr;
    private final SeenIds ids = new SeenIds();

    private CmifExport(Correspondence corr) {
        this.corr = corr;
    }

    public static void write(Correspondence corr, Header header, OutputStream out) {
        write(corr, corr::communications, header, out);
    }

    /**
     * Writes the communications {@code selection} gives (a selection of the store, such as a
     * browser view's; it is read twice, once for the sources, once for the letters).
     */
    public static void write(Correspondence corr, Supplier<Iterator<Communication>> selection, Header header, OutputStream out) {
        new CmifExport(corr).write(selection, header, out);
    }

    private void write(Supplier<Iterator<Communication>> selection, Header header, OutputStream out) {
        Map<Node, String> sources = sources(selection.get());
        try (XmlOut x = new XmlOut(out, CmifReader.TEI)) {
            x.start("TEI").namespace(CmifReader.TEI);
            x.start("teiHeader").start("fileDesc");
            x.start("titleStmt").element("title", header.title()).element("editor", header.editor()).end();
            x.start("publicationStmt")
             .element("publisher", header.publisher())
             .element("idno", header.url(), "type", "url")
             .element("date", null, "when", header.date().toString())
             .start("availability")
             .element("licence", "This file is licensed under the terms of the Creative Commons License CC-BY 4.0", "target", LICENCE)
             .end().end();
            x.start("sourceDesc");
            sources.forEach((doc, id) -> bibl(x, doc, id));
            x.end().end();
            x.start("profileDesc");
            for (Iterator<Communication> it = selection.get(); it.hasNext();) {
                Communication c = it.next();
                if (exported(c))
                    correspDesc(x, c, sources);
            }
            x.end().end();
            x.start("text").start("body").element("p", null).end().end();
            x.end();
        }
    }

    private boolean exported(Communication c) {
        return corr.hasType(c.iri(), CORR.Message.asNode()) || corr.hasType(c.iri(), CORR.PhoneCall.asNode());
    }

    /** Every source document of an exported communication, with a stable UUID for its bibl. */
    private Map<Node, String> sources(Iterator<Communication> communications) {
        Map<Node, String> sources = new LinkedHashMap<>();
        for (Iterator<Communication> it = communications; it.hasNext();) {
            Communication c = it.next();
            if (exported(c))
                document(c).ifPresent(doc -> sources.computeIfAbsent(doc, this::biblXmlId));
        }
        return sources;
    }

    /** The bibl's own xml:id if it came with one (and no other exported bibl has it), else one made from its IRI. */
    private String biblXmlId(Node doc) {
        String own = lexical(doc, org.apache.jena.vocabulary.DCTerms.identifier);
        if (own != null && own.matches(NCNAME) && ids.add(own))
            return own;
        String made = biblId(doc);
        ids.add(made);
        return made;
    }

    private static final String NCNAME = "[\\p{L}_][\\p{L}\\p{N}._-]*";

    /** The xml:id as imported, if it is one and no element written so far has it; else none. */
    private String xmlId(Node n) {
        String own = lexical(n, org.apache.jena.vocabulary.DCTerms.identifier);
        return own != null && own.matches(NCNAME) && ids.add(own) ? own : null;
    }

    /** A bibl: its text and, as links, the pages the edition named. */
    private void bibl(XmlOut x, Node doc, String id) {
        List<Node> links = corr.values(doc, org.apache.jena.vocabulary.RDFS.seeAlso.asNode()).stream().filter(Node::isURI).toList();
        if (links.isEmpty()) {
            x.element("bibl", citation(doc), "type", editionType(doc), "xml:id", id);
            return;
        }
        x.start("bibl", "type", editionType(doc), "xml:id", id).text(citation(doc));
        for (Node link : links)
            x.element("ref", link.getURI(), "target", link.getURI());
        x.end();
    }

    private String citation(Node doc) {
        String text = lexical(doc, org.apache.jena.vocabulary.DCTerms.bibliographicCitation);
        return text != null ? text : corr.label(doc);
    }

    private String editionType(Node doc) {
        String type = lexical(doc, CORR.editionType);
        return type != null && List.of("online", "print", "hybrid").contains(type) ? type : "online";
    }

    /**
     * A UUID derived from the document's IRI, so the same source keeps its id across exports.
     * xml:id must not start with a digit, so the first UUID that starts with a letter is taken.
     */
    static String biblId(Node doc) {
        for (int salt = 0; ; salt++) {
            String id = UUID.nameUUIDFromBytes((salt + " " + doc.getURI()).getBytes(StandardCharsets.UTF_8)).toString();
            if (Character.isLetter(id.charAt(0)))
                return id;
        }
    }

    /**
     * The edition an exported communication came from: the document of its first passage,
     * unless that is a CMIF file itself (a dcmitype:Dataset), whose entries named no edition.
     */
    private java.util.Optional<Node> document(Communication c) {
        return c.evidence().stream().flatMap(p -> corr.values(p, CORR.inDocument.asNode()).stream()).findFirst()
                .filter(d -> !corr.values(d, org.apache.jena.vocabulary.DCTerms.type.asNode())
                                  .contains(org.apache.jena.vocabulary.DCTypes.Dataset.asNode()));
    }

    private void correspDesc(XmlOut x, Communication c, Map<Node, String> sources) {
        Node passage = c.evidence().isEmpty() ? null : c.evidence().get(0);
        String key = passage == null ? null : lexical(passage, CORR.entryKey);
        String ref = passage == null ? null : corr.values(passage, CORR.entryUrl.asNode()).stream().map(Node::getURI).findFirst().orElse(null);
        String source = document(c).map(d -> "#" + sources.get(d)).orElse(null);
        String id = passage == null ? null : xmlId(passage);
        x.start("correspDesc", "key", key, "ref", ref, "source", source, "xml:id", id);
        List<Node> handlings = ordered(corr.values(c.iri(), CORR.handling.asNode()));
        if (handlings.isEmpty()) {
            action(x, "sent", c.senders(), c.sentFrom(), c);
            action(x, "received", c.recipients(), c.sentTo(), null);
        } else {
            for (Node h : handlings)
                handling(x, h);
        }
        for (String claim : ClaimNotes.of(corr, c.iri()))
            x.element("note", claim, "type", "claim");
        x.end();
    }

    /** Nodes in the order of their corr:position. */
    private List<Node> ordered(List<Node> nodes) {
        List<Node> out = new ArrayList<>(nodes);
        out.sort(java.util.Comparator.comparingLong(n -> {
            String p = lexical(n, CORR.position);
            return p == null ? Long.MAX_VALUE : Long.parseLong(p);
        }));
        return out;
    }

    /** A correspAction as the source wrote it: its type and id, its names in order, its date. */
    private void handling(XmlOut x, Node h) {
        x.start("correspAction", "type", lexical(h, CORR.handlingType), "xml:id", xmlId(h));
        for (Node m : ordered(corr.values(h, CORR.mention.asNode()))) {
            List<Node> targets = corr.values(m, CORR.mentionOf.asNode());
            Node target = targets.isEmpty() ? null : targets.get(0);
            String element = target == null ? "persName"
                    : corr.hasType(target, CORR.Place.asNode()) ? "placeName"
                    : corr.isPerson(target) ? "persName" : "orgName";
            x.element(element, lexical(m, CORR.nameAsWritten), "ref", target == null ? null : authority(target),
                      "cert", lexical(m, CORR.certainty), "evidence", lexical(m, CORR.basis));
        }
        List<String> attrs = new ArrayList<>(dateAttributes(lexical(h, CORR.edtf), null, null));
        String written = lexical(h, CORR.dateAsWritten);
        String cert = lexical(h, CORR.dateCertainty);
        String evidence = lexical(h, CORR.dateEvidence);
        if (!attrs.isEmpty() || written != null || cert != null || evidence != null) {
            attrs.addAll(java.util.Arrays.asList("cert", cert, "evidence", evidence));
            x.element("date", written, attrs.toArray(String[]::new));
        }
        x.end();
    }

    private void action(XmlOut x, String type, List<Node> parties, List<Node> places, Communication dated) {
        x.start("correspAction", "type", type);
        if (parties.isEmpty())
            x.element("persName", "Unknown");
        for (Node p : parties)
            x.element(corr.isPerson(p) ? "persName" : "orgName", corr.label(p), "ref", authority(p));
        for (Node place : places)
            x.element("placeName", corr.label(place), "ref", authority(place));
        if (dated != null) {
            List<String> attrs = dateAttributes(dated);
            if (!attrs.isEmpty())
                x.element("date", dated.dateAsWritten(), attrs.toArray(String[]::new));
        }
        x.end();
    }

    /** @when, @notBefore/@notAfter or @from/@to at the precision of the EDTF value; else the day bounds. */
    static List<String> dateAttributes(Communication c) {
        return dateAttributes(c.edtf(), c.earliest(), c.latest());
    }

    private static List<String> dateAttributes(String edtfValue, String earliest, String latest) {
        String edtf = edtfValue == null ? "" : edtfValue;
        List<String> a = new ArrayList<>();
        if (DateBounds.isIsoDate(edtf)) {
            a.addAll(List.of("when", edtf));
        } else if (edtf.startsWith("[") && edtf.endsWith("]") && edtf.contains("..")) {
            String[] parts = edtf.substring(1, edtf.length() - 1).split("\\.\\.", -1);
            addIf(a, "notBefore", parts[0]);
            addIf(a, "notAfter", parts.length > 1 ? parts[1] : "");
        } else if (edtf.contains("/")) {
            String[] parts = edtf.split("/", -1);
            addIf(a, "from", parts[0]);
            addIf(a, "to", parts[1]);
        }
        if (a.isEmpty()) {
            addIf(a, "notBefore", earliest);
            addIf(a, "notAfter", latest);
        }
        return a;
    }

    private static void addIf(List<String> attrs, String name, String iso) {
        if (iso != null && DateBounds.isIsoDate(iso))
            attrs.addAll(List.of(name, iso));
    }

    /** The node's IRI if it is an authority record, else an authority it is owl:sameAs; null if none. */
    private String authority(Node n) {
        if (n.isURI() && Authorities.isAuthority(n.getURI()))
            return Authorities.normalise(n.getURI());
        return corr.values(n, OWL.sameAs.asNode()).stream()
                   .filter(s -> s.isURI() && Authorities.isAuthority(s.getURI()))
                   .map(s -> Authorities.normalise(s.getURI())).findFirst().orElse(null);
    }

    private String lexical(Node s, Property p) {
        return corr.values(s, p.asNode()).stream().findFirst().map(Node::getLiteralLexicalForm).orElse(null);
    }

}
