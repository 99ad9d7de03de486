package org.corrkg.bench;

import java.time.LocalDate;
import java.util.SplittableRandom;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.corrkg.dates.DateBounds;
import org.corrkg.vocab.CORR;

/**
 * Writes one synthetic corpus to a stream of triples: first what the letters name (the two
 * source documents, the topics, the places and the actors), then the letters one by one,
 * with now and then a meeting, a statement or a telephone call among them. The fractions
 * are in {@link SyntheticCorpus}.
 */
final class CorpusWriter {

    private static final String NS = "https://w3id.org/corrkg/synthetic/";
    private static final int RECENT = 4096;

    private final StreamRDF out;
    private final int letters;
    private final long seed;
    private final SplittableRandom random;
    private final Population population;
    private final RecentLetters recent = new RecentLetters(RECENT);
    private final Node edition = node("edition");
    private final Node chronicle = node("chronicle");
    private int paragraphs;
    private int others;

    CorpusWriter(StreamRDF out, int letters, long seed) {
        this.out = out;
        this.letters = letters;
        this.seed = seed;
        this.random = new SplittableRandom(seed);
        this.population = new Population(letters);
    }

    void write() {
        declarations();
        for (int i = 0; i < letters; i++) {
            letter(i);
            if (random.nextInt(32) == 0)
                new OtherCommunication(this).write(others++);
        }
    }

    private void declarations() {
        add(edition, RDF.type, CORR.SourceDocument);
        text(edition, RDFS.label, "Synthetic edition of " + letters + " letters (seed " + seed + ")");
        add(chronicle, RDF.type, CORR.SourceDocument);
        text(chronicle, RDFS.label, "Synthetic chronicle of the correspondence (seed " + seed + ")");
        Node scheme = node("topics");
        add(scheme, RDF.type, SKOS.ConceptScheme);
        english(scheme, RDFS.label, "Synthetic topics");
        for (int t = 0; t < Phrases.TOPICS.length; t++) {
            Node topic = topic(t);
            add(topic, RDF.type, SKOS.Concept);
            english(topic, SKOS.prefLabel, Phrases.TOPICS[t][0]);
            english(topic, RDFS.label, Phrases.TOPICS[t][0]);
            add(topic, SKOS.inScheme.asNode(), scheme);
        }
        for (int p = 0; p < population.places; p++) {
            add(place(p), RDF.type, CORR.Place);
            text(place(p), RDFS.label, Phrases.place(p));
        }
        for (int a = 0; a < population.size; a++) {
            add(actor(a), RDF.type, population.isOrganisation(a) ? CORR.Organisation : CORR.Person);
            text(actor(a), RDFS.label, population.name(a));
        }
    }

    /** Letter {@code i}: a reply to a recent letter about one time in three, else a letter between an actor and a contact. */
    private void letter(int i) {
        int slot = random.nextInt(100) < 36 ? recent.unanswered(random) : -1;
        LocalDate replyDay = slot < 0 ? null : recent.latest(slot).plusDays(SyntheticDates.replyDelay(random));
        if (replyDay != null && replyDay.getYear() <= Population.LAST_YEAR) {
            int original = recent.letter(slot);
            recent.answer(slot);
            SyntheticDates.Dated date = SyntheticDates.after(random, replyDay, recent.latest(slot).plusDays(1));
            write(i, recent.addressee(slot), recent.sender(slot), date, recent.topic(slot), original);
            return;
        }
        int rank = population.rank(random);
        int ego = population.byRank(rank);
        int contact = population.contact(random, ego);
        boolean egoWrites = random.nextBoolean();
        LocalDate day = population.activeDay(random, ego, rank);
        int sender = random.nextInt(100) == 0 ? -1 : egoWrites ? ego : contact;
        int topic = random.nextInt(5) == 0 ? -1 : random.nextInt(Phrases.TOPICS.length);
        write(i, sender, egoWrites ? contact : ego, SyntheticDates.of(random, day), topic, -1);
    }

    /**
     * Writes a letter and its passage; {@code sender} -1 for an unknown sender, {@code topic} -1
     * for none, {@code original} -1 unless it answers that letter (of its addressee).
     */
    private void write(int i, int sender, int addressee, SyntheticDates.Dated date, int topic, int original) {
        Node c = node("letter/" + i);
        String to = population.name(addressee);
        add(c, RDF.type, CORR.Letter);
        text(c, RDFS.label, (sender < 0 ? "Unknown" : population.name(sender)) + " to " + to
                            + (date.written() == null ? "" : ", " + date.written()));
        if (sender < 0)
            add(c, CORR.senderUnknown.asNode(), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        else
            add(c, CORR.sender, actor(sender));
        add(c, CORR.addressee, actor(addressee));
        date(c, date);
        if (original >= 0)
            add(c, CORR.repliesTo, node("letter/" + original));
        int writer = sender < 0 ? addressee : sender;
        if (sender >= 0 && random.nextInt(4) > 0)
            add(c, CORR.sentFrom, place(population.home(sender)));
        if (random.nextInt(5) < 2)
            add(c, CORR.sentTo, place(population.home(addressee)));
        topics(c, topic);
        int carrier = random.nextInt(100) < 7 ? population.contact(random, writer) : -1;
        if (carrier == addressee)
            carrier = -1;
        if (carrier >= 0)
            add(c, CORR.intermediary, actor(carrier));
        int third = population.contact(random, addressee);
        text(c, CORR.summary, Phrases.summary(random, topic, original < 0 ? null : population.shortName(addressee),
                third == writer ? null : population.shortName(third), Phrases.place(population.home(third)),
                carrier < 0 ? null : population.shortName(carrier)));
        details(c);
        boolean unanswerable = replyStatus(c, original >= 0);
        status(c, i, sender, addressee);
        passage(c, node("letter/" + i + "/entry"), "entry " + (i + 1), edition, CORR.line, i + 1);
        if (sender >= 0 && !unanswerable && date.bounds().latest().isPresent())
            recent.add(i, sender, addressee, topic, date.bounds().latest().get());
    }

    private void topics(Node c, int topic) {
        if (topic < 0)
            return;
        add(c, CORR.topic, topic(topic));
        if (random.nextInt(5) == 0)
            add(c, CORR.topic, topic((topic + 1 + random.nextInt(Phrases.TOPICS.length - 1)) % Phrases.TOPICS.length));
    }

    /** Pages for one letter in five, secrecy for one in fifty. */
    private void details(Node c) {
        if (random.nextInt(5) == 0)
            add(c, CORR.pageCount.asNode(), integer(1 + (int) (-1.5 * StrictMath.log(1 - random.nextDouble()))));
        if (random.nextInt(50) == 0)
            add(c, CORR.secrecy, CORR.Secret);
    }

    /** What the source says of a reply, for letters that are not replies: none, no reply (3 in 100) or a lost reply (2). */
    private boolean replyStatus(Node c, boolean isReply) {
        int k = isReply ? 100 : random.nextInt(100);
        if (k < 3)
            add(c, CORR.replyStatus, CORR.NoReply);
        else if (k < 5)
            add(c, CORR.replyStatus, CORR.Replied);
        return k < 5;
    }

    /** Attested (94 in 100); reported only by an organisation (4); or claimed by one actor and denied by another (2). */
    private void status(Node c, int i, int sender, int addressee) {
        int k = random.nextInt(100);
        if (k < 2) {
            add(c, CORR.status, CORR.Disputed);
            int denier = sender < 0 ? addressee : sender;
            attestation(c, i, "claim", population.other(random, denier, addressee), CORR.Claimed, "Claim");
            attestation(c, i, "denial", denier, CORR.Denied, "Denial");
        } else if (k < 6) {
            add(c, CORR.status, CORR.ReportedOnly);
            int reporter = population.organisationNear(addressee);
            if (reporter == sender || reporter == addressee)
                reporter = population.other(random, addressee, sender);
            attestation(c, i, "report", reporter, CORR.Reported, "Report");
        } else {
            add(c, CORR.status, CORR.Attested);
        }
    }

    private void attestation(Node c, int i, String what, int actor, Resource stance, String label) {
        Node a = node("letter/" + i + "/" + what);
        add(a, RDF.type, CORR.Attestation);
        text(a, RDFS.label, label + " by " + population.name(actor) + " of letter " + (i + 1));
        add(a, CORR.attests, c);
        add(a, CORR.attestedBy, actor(actor));
        add(a, CORR.stance, stance);
        chroniclePassage(a);
    }

    /** Evidence for {@code c} in the next paragraph of the chronicle. */
    void chroniclePassage(Node c) {
        paragraphs++;
        passage(c, node("chronicle/" + paragraphs), "paragraph " + paragraphs, chronicle, CORR.paragraph, paragraphs);
    }

    private void passage(Node c, Node passage, String label, Node document, Property where, int number) {
        add(c, CORR.evidence, passage);
        add(passage, RDF.type, CORR.SourcePassage);
        text(passage, RDFS.label, label);
        add(passage, CORR.inDocument.asNode(), document);
        add(passage, where.asNode(), integer(number));
    }

    void date(Node c, SyntheticDates.Dated date) {
        DateBounds b = date.bounds();
        add(c, CORR.edtf.asNode(), NodeFactory.createLiteralDT(b.edtf(), CORR.EDTF));
        b.earliest().ifPresent(d -> add(c, CORR.earliest.asNode(), NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
        b.latest().ifPresent(d -> add(c, CORR.latest.asNode(), NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
        if (date.written() != null)
            text(c, CORR.dateAsWritten, date.written());
    }

    SplittableRandom random() { return random; }
    Population population() { return population; }

    Node actor(int a) {
        return node((population.isOrganisation(a) ? "organisation/" : "person/") + a);
    }

    Node place(int p) {
        return node("place/" + p);
    }

    Node topic(int t) {
        return node("topic/" + Phrases.TOPICS[t][0].replace(' ', '-'));
    }

    static Node node(String local) {
        return NodeFactory.createURI(NS + local);
    }

    void add(Node s, Property p, Resource o) {
        add(s, p.asNode(), o.asNode());
    }

    void add(Node s, Property p, Node o) {
        add(s, p.asNode(), o);
    }

    void add(Node s, Node p, Node o) {
        out.triple(Triple.create(s, p, o));
    }

    void text(Node s, Property p, String value) {
        add(s, p.asNode(), NodeFactory.createLiteralString(value));
    }

    private void english(Node s, Property p, String value) {
        add(s, p.asNode(), NodeFactory.createLiteralLang(value, "en"));
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(String.valueOf(n), XSDDatatype.XSDinteger);
    }
}
