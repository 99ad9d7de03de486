package org.corrkg.exchange.cmif;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.corrkg.Excerpt;
import org.corrkg.dates.DateBounds;
import org.corrkg.exchange.cmif.CmifDocument.Action;
import org.corrkg.exchange.cmif.CmifDocument.Bibl;
import org.corrkg.exchange.cmif.CmifDocument.Entry;
import org.corrkg.exchange.cmif.CmifDocument.Header;
import org.corrkg.exchange.cmif.CmifDocument.Name;
import org.corrkg.vocab.CORR;

/**
 * Turns the pieces of one CMIF file into triples as they come, handing each to a sink. It
 * remembers only what later pieces need: the editions and, for each person, organisation and
 * place, how often the file spells its name each way and what has been said of it, so that a
 * name or type said a thousand times is handed over once (the names at the end of the file),
 * and a 64-bit hash of each letter's name, so that two entries that would be named alike are
 * told apart. Memory thus grows with the distinct actors, places and
 * editions of a file, and by 16 bytes at most per letter.
 *
 * <p>Each correspAction becomes a {@code corr:Handling} of the letter, with every name as a
 * {@code corr:Mention} that keeps its spelling, {@code @cert} and {@code @evidence} as written,
 * so that a CMIF export gives back what came in; the letter's senders, addressees,
 * intermediaries, places and date are drawn from its handlings for queries.
 */
final class CmifTriples {

    private final String base;
    private final String fileName;
    /**
     * How labels name the file: its title, or its name without the directory; where the file
     * lies, or what it is called there, is no part of the graph.
     */
    private String shortName;
    private final Node file;
    private final Consumer<Triple> sink;
    private final Consumer<String> warnings;
    private final Lookahead ahead;

    private final Map<String, Node> bibls = new HashMap<>();
    private final Map<Node, Map<String, Integer>> spellings = new HashMap<>();
    private final Map<Node, String> fixed = new HashMap<>();
    private final Set<Triple> described = new HashSet<>();
    private final Set<Triple> ofThisLetter = new HashSet<>();
    private final SeenIds letterNames = new SeenIds();
    private int biblCount;
    private boolean publisherDone;
    private long emitted;

    /**
     * What the whole file says, for the rare file that says it after the letters that need it:
     * asked only when a letter cites an edition not read yet, or the first letter comes before
     * any publisher. CMIF puts fileDesc, with the publisher and the editions, before profileDesc.
     */
    interface Lookahead {
        /** Whether the file has a bibl with this xml:id. */
        boolean hasBibl(String id);

        /** The header as the whole file gives it, or null if the file cannot be read to its end. */
        Header header();
    }

    CmifTriples(String base, String fileName, Consumer<Triple> sink, Consumer<String> warnings, Lookahead ahead) {
        this.base = base;
        this.fileName = fileName;
        this.shortName = java.nio.file.Path.of(fileName).getFileName().toString();
        this.file = NodeFactory.createURI(base);
        this.sink = sink;
        this.warnings = warnings;
        this.ahead = ahead;
    }

    /** Triples handed to the sink so far (a triple said by two letters counts twice). */
    long emitted() {
        return emitted;
    }

    /**
     * The first letter begins: the publisher is given now, so that its name is the label whoever
     * else has its IRI, as the file names it so far or, if it has not yet, as the whole file does.
     * (A publisher named both before the letters and after them, in a nested TEI, is the one before.)
     */
    void letters(Header sofar) {
        if (sofar.title() != null && !sofar.title().isBlank())
            shortName = sofar.title();
        publisher(sofar.publisher() != null && !sofar.publisher().isBlank() ? sofar : ahead.header());
    }

    private void publisher(Header header) {
        if (publisherDone || header == null || header.publisher() == null || header.publisher().isBlank())
            return;
        publisherDone = true;
        Node publisher = isAbsoluteIri(header.publisherUrl()) ? NodeFactory.createURI(header.publisherUrl()) : local("publisher");
        type(publisher, CORR.Organisation);
        name(publisher, header.publisher());
        fixed.put(publisher, header.publisher());
        add(file, DCTerms.publisher.asNode(), publisher);
    }

    /** The file as a source document, from the header as the whole file gives it. */
    void file(Header header) {
        publisher(header);
        type(file, CORR.SourceDocument);
        add(file, DCTerms.type.asNode(), org.apache.jena.vocabulary.DCTypes.Dataset.asNode());
        literal(file, RDFS.label.asNode(), header.title() != null && !header.title().isBlank() ? header.title() : shortName);
        literal(file, DCTerms.title.asNode(), header.title());
        literal(file, DCTerms.identifier.asNode(), header.idno());
        literal(file, DCTerms.rights.asNode(), header.licence());
        if (isAbsoluteIri(header.licenceUrl()))
            add(file, DCTerms.license.asNode(), NodeFactory.createURI(header.licenceUrl()));
        labels();
    }

    void bibl(Bibl b) {
        biblCount++;
        Node bibl = biblNode(b.id() != null ? b.id() : String.valueOf(biblCount));
        type(bibl, CORR.SourceDocument);
        literal(bibl, RDFS.label.asNode(), b.fullText().isBlank() ? "edition " + biblCount : b.fullText());
        literal(bibl, DCTerms.bibliographicCitation.asNode(), b.text());
        for (String[] link : b.links())
            if (isAbsoluteIri(link[0]))
                add(bibl, RDFS.seeAlso.asNode(), NodeFactory.createURI(link[0]));
        literal(bibl, DCTerms.identifier.asNode(), b.id());
        literal(bibl, CORR.editionType.asNode(), b.type());
        add(bibl, CORR.listedIn.asNode(), file);
        if (b.id() != null)
            bibls.put(b.id(), bibl);
    }

    /** The {@code position}th correspDesc as a letter with its evidence and its handlings. */
    void letter(Entry e, int position) {
        ofThisLetter.clear();
        Node bibl = source(e);
        String id = name(e, position, bibl == null ? null : e.source());
        Node letter = local(id);
        Node passage = local(id + "-entry");

        type(letter, CORR.Letter);
        List<String> from = new java.util.ArrayList<>();
        List<String> to = new java.util.ArrayList<>();
        int h = 0;
        for (Action a : e.actions()) {
            Node handling = local(id + "-h" + (++h));
            add(letter, CORR.handling.asNode(), handling);
            handling(handling, a, h);
            Node role = switch (a.type()) {
                case "sent" -> CORR.sender.asNode();
                case "received" -> CORR.addressee.asNode();
                default -> CORR.intermediary.asNode();
            };
            int m = 0;
            for (Name n : a.names()) {
                Node mention = local(id + "-h" + h + "-" + (++m));
                Node target = n.unknown() ? null : n.place() ? place(n) : actor(n);
                mention(handling, mention, n, m, target);
                if (target == null)
                    continue;
                if (n.place()) {
                    if (a.type().equals("sent"))
                        add(letter, CORR.sentFrom.asNode(), target);
                    else if (a.type().equals("received"))
                        add(letter, CORR.sentTo.asNode(), target);
                    continue;
                }
                add(letter, role, target);
                if (a.type().equals("sent"))
                    from.add(n.name());
                else if (a.type().equals("received"))
                    to.add(n.name());
                if (n.cert() != null)
                    add(letter, CORR.uncertainParty.asNode(), target);
                if (n.evidence() != null)
                    add(letter, CORR.conjecturedParty.asNode(), target);
            }
        }
        if (from.isEmpty())
            add(letter, CORR.senderUnknown.asNode(), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        String dateText = date(letter, e);
        literal(letter, RDFS.label.asNode(), (from.isEmpty() ? "Unknown" : String.join(" and ", from)) + " to "
                + (to.isEmpty() ? "unknown" : String.join(" and ", to)) + (dateText.isEmpty() ? "" : ", " + dateText));
        add(letter, CORR.status.asNode(), CORR.Attested.asNode());
        add(letter, CORR.evidence.asNode(), passage);

        type(passage, CORR.SourcePassage);
        literal(passage, RDFS.label.asNode(), "entry " + (e.key() != null ? e.key() : String.valueOf(position)) + " of " + shortName);
        if (e.source() != null && bibl == null)
            warnings.accept(fileName + ":" + e.line() + ": warning: correspDesc/@source=\"#" + Excerpt.of(e.source())
                            + "\" matches no bibl/@xml:id; the file itself is the source");
        add(passage, CORR.inDocument.asNode(), bibl != null ? bibl : file);
        add(passage, CORR.line.asNode(), NodeFactory.createLiteralDT(String.valueOf(e.line()), XSDDatatype.XSDinteger));
        literal(passage, CORR.entryKey.asNode(), e.key());
        literal(passage, DCTerms.identifier.asNode(), e.id());
        if (isAbsoluteIri(e.ref()))
            add(passage, CORR.entryUrl.asNode(), NodeFactory.createURI(e.ref()));
    }

    /**
     * The letter's name in the file's namespace, from what the file itself says of the entry:
     * its @ref (a permanent link), else its @key in the edition it cites, else its xml:id, else
     * its position. If another entry of the file has that name already, the next is taken, and
     * the duplicate is reported: two entries are never made one letter.
     */
    private String name(Entry e, int position, String edition) {
        List<String[]> candidates = new java.util.ArrayList<>();
        if (isAbsoluteIri(e.ref()))
            candidates.add(new String[] {"@ref", "letter-" + fragment(e.ref().replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", ""))});
        if (e.key() != null && !e.key().isBlank())
            candidates.add(new String[] {"@key", "letter-" + (edition == null ? "" : fragment(edition) + "-") + fragment(e.key().trim())});
        if (e.id() != null && e.id().matches("[\\p{L}_][\\p{L}\\p{N}._-]*"))
            candidates.add(new String[] {"xml:id", e.id()});
        candidates.add(new String[] {"position", "entry-" + position});
        for (int i = 0; i < candidates.size(); i++) {
            String[] c = candidates.get(i);
            if (letterNames.add(c[1])) {
                if (i > 0 && !candidates.get(0)[0].equals("position"))
                    warnings.accept(fileName + ":" + e.line() + ": warning: correspDesc has the same " + candidates.get(0)[0]
                                    + " as an earlier entry; this letter is named by its " + c[0] + " instead");
                return c[1];
            }
        }
        throw new IllegalStateException("entry-" + position + " named twice");
    }

    /** A correspAction: what happened, where it comes, its id, and its date as the source gives it. */
    private void handling(Node handling, Action a, int position) {
        type(handling, CORR.Handling);
        literal(handling, CORR.handlingType.asNode(), a.type());
        add(handling, CORR.position.asNode(), NodeFactory.createLiteralDT(String.valueOf(position), XSDDatatype.XSDinteger));
        literal(handling, DCTerms.identifier.asNode(), a.id());
        bounds(a.date()).ifPresent(b -> add(handling, CORR.edtf.asNode(), NodeFactory.createLiteralDT(b.edtf(), CORR.EDTF)));
        literal(handling, CORR.dateAsWritten.asNode(), a.dateText());
        literal(handling, CORR.dateCertainty.asNode(), a.date().get("cert"));
        literal(handling, CORR.dateEvidence.asNode(), a.date().get("evidence"));
    }

    private void mention(Node handling, Node mention, Name n, int position, Node target) {
        add(handling, CORR.mention.asNode(), mention);
        type(mention, CORR.Mention);
        add(mention, CORR.position.asNode(), NodeFactory.createLiteralDT(String.valueOf(position), XSDDatatype.XSDinteger));
        add(mention, CORR.nameAsWritten.asNode(), NodeFactory.createLiteralString(n.name()));
        literal(mention, CORR.certainty.asNode(), n.cert());
        literal(mention, CORR.basis.asNode(), n.evidence());
        if (target != null)
            add(mention, CORR.mentionOf.asNode(), target);
    }

    /** The edition an entry cites: one read already, or one the file describes further on. */
    private Node source(Entry e) {
        if (e.source() == null)
            return null;
        Node bibl = bibls.get(e.source());
        if (bibl == null && ahead.hasBibl(e.source()))
            bibl = biblNode(e.source());
        return bibl;
    }

    private Node biblNode(String idOrPosition) {
        return local("bibl-" + fragment(idOrPosition));
    }

    /** Sets the letter's date from the sent date, else bounds it by the received date; returns the date as written. */
    private String date(Node letter, Entry e) {
        Action sent = e.sent();
        Action received = e.received();
        Optional<DateBounds> bounds = bounds(sent.date());
        String written = sent.dateText();
        Map<String, String> attrs = sent.date();
        if (bounds.isEmpty()) {
            Optional<String> receipt = Stream.of("when", "notAfter", "to").map(received.date()::get)
                                             .filter(Objects::nonNull).findFirst();
            if (receipt.isPresent()) {
                bounds = Optional.of(DateBounds.between(null, receipt.get()));
                literal(letter, CORR.dateNote.asNode(), "Undated as sent: sent no later than it was received.");
                written = received.dateText();
                attrs = received.date();
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

    /**
     * The actor a persName or orgName stands for: its authority record, or, when it has no
     * reference that is one, a node for its name in this file. A reference that is not a
     * record of the authority it names is reported and not used, so that it never makes one
     * actor of strangers who carry it.
     */
    private Node actor(Name n) {
        List<String> iris = checked(n);
        Node actor = iris.isEmpty()
                ? local((n.person() ? "person-" : "org-") + slug(n.name()))
                : NodeFactory.createURI(iris.get(0));
        type(actor, n.person() ? CORR.Person : CORR.Organisation);
        name(actor, n.name());
        for (String other : iris.subList(Math.min(1, iris.size()), iris.size()))
            describe(actor, OWL.sameAs.asNode(), NodeFactory.createURI(other));
        return actor;
    }

    private Node place(Name n) {
        List<String> iris = checked(n);
        Node place = iris.isEmpty() ? local("place-" + slug(n.name())) : NodeFactory.createURI(iris.get(0));
        type(place, CORR.Place);
        name(place, n.name());
        return place;
    }

    /** The name's usable references, canonical; each unusable one is reported with its line. */
    private List<String> checked(Name n) {
        List<String> out = new java.util.ArrayList<>();
        for (String ref : n.refs()) {
            Authorities.Checked c = Authorities.check(ref);
            if (c.iri().isPresent()) {
                if (!out.contains(c.iri().get()))
                    out.add(c.iri().get());
            } else {
                warnings.accept(fileName + ":" + n.line() + ": warning: " + n.element() + "/@ref \"" + Excerpt.of(ref) + "\" "
                                + c.problem() + "; \"" + Excerpt.of(n.name()) + "\" is identified by its name instead");
            }
        }
        return out;
    }

    /** Counts a spelling of an actor's or place's name; the labels are given at the end of the file. */
    private void name(Node node, String name) {
        if (name == null || name.isBlank())
            return;
        spellings.computeIfAbsent(node, k -> new HashMap<>(2)).merge(name, 1, Integer::sum);
    }

    /**
     * Each actor's and place's names: the label (rdfs:label) is the spelling the file uses most
     * often for it, of equally frequent ones the first in Unicode order, so it does not depend on the order of the
     * letters; a publisher is called what the header calls it. Every other spelling is an
     * alternative label (skos:altLabel).
     */
    private void labels() {
        spellings.forEach((node, counts) -> {
            String label = fixed.get(node);
            if (label == null)
                label = counts.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .findFirst().orElseThrow().getKey();
            emit(Triple.create(node, RDFS.label.asNode(), NodeFactory.createLiteralString(label)));
            for (String other : new java.util.TreeSet<>(counts.keySet()))
                if (!other.equals(label))
                    describe(node, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(other));
        });
        spellings.clear();
    }

    private Node local(String fragment) {
        return NodeFactory.createURI(base + "#" + fragment);
    }

    /** The text as part of an IRI's fragment: letters, digits, '-', '.', '_', '~' and '/' as they are, the rest percent-encoded. */
    static String fragment(String text) {
        StringBuilder b = new StringBuilder();
        for (byte c : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0)
                b.append((char) c);
            else
                b.append('%').append(String.format("%02X", c & 0xff));
        }
        return b.toString();
    }

    private static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "unnamed" : s;
    }

    private static boolean isAbsoluteIri(String s) {
        return s != null && s.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+$");
    }

    /** Types an actor, place or document; an actor's or place's type is said once for the file. */
    private void type(Node node, Resource cls) {
        if (cls.equals(CORR.Person) || cls.equals(CORR.Organisation) || cls.equals(CORR.Place))
            describe(node, RDF.type.asNode(), cls.asNode());
        else
            add(node, RDF.type.asNode(), cls.asNode());
    }

    private void literal(Node s, Node p, String value) {
        if (value != null && !value.isBlank())
            add(s, p, NodeFactory.createLiteralString(value));
    }

    /** A triple about an actor or a place, handed over the first time only. */
    private void describe(Node s, Node p, Node o) {
        Triple t = Triple.create(s, p, o);
        if (described.add(t))
            emit(t);
    }

    /** A triple of the letter being converted (or of the file), handed over once per letter. */
    private void add(Node s, Node p, Node o) {
        Triple t = Triple.create(s, p, o);
        if (ofThisLetter.add(t))
            emit(t);
    }

    private void emit(Triple t) {
        emitted++;
        sink.accept(t);
    }
}
