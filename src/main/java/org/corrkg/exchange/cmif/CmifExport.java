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

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.OWL;
import org.corrkg.dates.DateBounds;
import org.corrkg.exchange.Communication;
import org.corrkg.exchange.Correspondence;
import org.corrkg.exchange.XmlOut;
import org.corrkg.vocab.CORR;

/**
 * Writes the store's letters and other messages (corr:Message and its subclasses, and
 * phone calls) as a CMIF 1.1 file for correspSearch: one correspDesc each, persons and
 * organisations with their authority IRI where the graph has one, the date at the
 * precision the source gives with the date as written as text, and one bibl per source.
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

    private CmifExport(Correspondence corr) {
        this.corr = corr;
    }

    public static void write(Correspondence corr, Header header, OutputStream out) {
        new CmifExport(corr).write(header, out);
    }

    private void write(Header header, OutputStream out) {
        Map<Node, String> sources = sources();
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
            sources.forEach((doc, id) -> x.element("bibl", corr.label(doc), "type", "online", "xml:id", id));
            x.end().end();
            x.start("profileDesc");
            for (Iterator<Communication> it = corr.communications(); it.hasNext();) {
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
    private Map<Node, String> sources() {
        Map<Node, String> sources = new LinkedHashMap<>();
        for (Iterator<Communication> it = corr.communications(); it.hasNext();) {
            Communication c = it.next();
            if (exported(c))
                document(c).ifPresent(doc -> sources.computeIfAbsent(doc, CmifExport::biblId));
        }
        return sources;
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

    private java.util.Optional<Node> document(Communication c) {
        return c.evidence().stream().flatMap(p -> corr.values(p, CORR.inDocument.asNode()).stream()).findFirst();
    }

    private void correspDesc(XmlOut x, Communication c, Map<Node, String> sources) {
        Node passage = c.evidence().isEmpty() ? null : c.evidence().get(0);
        String key = passage == null ? null : lexical(passage, CORR.entryKey);
        String ref = passage == null ? null : corr.values(passage, CORR.entryUrl.asNode()).stream().map(Node::getURI).findFirst().orElse(null);
        String source = document(c).map(d -> "#" + sources.get(d)).orElse(null);
        x.start("correspDesc", "key", key, "ref", ref, "source", source);
        action(x, "sent", c.senders(), c.sentFrom(), c);
        action(x, "received", c.recipients(), c.sentTo(), null);
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
        String edtf = c.edtf() == null ? "" : c.edtf();
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
            addIf(a, "notBefore", c.earliest());
            addIf(a, "notAfter", c.latest());
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
