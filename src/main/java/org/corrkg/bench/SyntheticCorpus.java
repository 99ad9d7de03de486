package org.corrkg.bench;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.SplittableRandom;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.corrkg.vocab.CORR;

/**
 * A deterministic synthetic corpus in the corrkg ontology, for benchmarks: letters among
 * a population of persons (one per 20 letters, activity skewed so a few write most), dated
 * at day, month or year precision between 1600 and 1900, each with evidence in a synthetic
 * edition. The same size and seed always give the same triples.
 */
public final class SyntheticCorpus {

    private static final String NS = "https://w3id.org/corrkg/synthetic/";
    private static final String[] GIVEN = {"Anna", "Johann", "Maria", "Friedrich", "Elisabeth", "Karl", "Sophie", "Georg",
                                           "Charlotte", "Wilhelm", "Dorothea", "Heinrich", "Luise", "August", "Caroline", "Ernst"};
    private static final String[] FAMILY = {"Becker", "Schmidt", "Weber", "Fischer", "Wagner", "Hoffmann", "Koch", "Richter",
                                            "Klein", "Wolf", "Neumann", "Schwarz", "Zimmermann", "Braun", "Hartmann", "Lange"};

    private final int letters;
    private final long seed;

    public SyntheticCorpus(int letters, long seed) {
        this.letters = letters;
        this.seed = seed;
    }

    /** Writes the corpus as N-Triples, streaming: memory does not grow with the size. */
    public void write(OutputStream out) {
        StreamRDF s = StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES);
        s.start();
        SplittableRandom random = new SplittableRandom(seed);
        int persons = Math.max(2, letters / 20);
        Node edition = node("edition");
        triple(s, edition, RDF.type.asNode(), CORR.SourceDocument.asNode());
        triple(s, edition, RDFS.label.asNode(), text("Synthetic edition of " + letters + " letters (seed " + seed + ")"));
        for (int p = 0; p < persons; p++) {
            Node person = person(p);
            triple(s, person, RDF.type.asNode(), CORR.Person.asNode());
            triple(s, person, RDFS.label.asNode(), text(GIVEN[p % GIVEN.length] + " " + FAMILY[(p / GIVEN.length) % FAMILY.length] + " " + (p + 1)));
        }
        for (int i = 0; i < letters; i++)
            letter(s, random, i, persons, edition);
        s.finish();
    }

    private void letter(StreamRDF s, SplittableRandom random, int i, int persons, Node edition) {
        Node letter = node("letter/" + i);
        Node passage = node("letter/" + i + "/entry");
        int sender = skewed(random, persons);
        int recipient = skewed(random, persons);
        if (recipient == sender)
            recipient = (recipient + 1) % persons;
        LocalDate day = LocalDate.of(1600, 1, 1).plusDays(random.nextInt(300 * 365));
        int precision = random.nextInt(10);
        String edtf = precision < 7 ? day.toString() : precision < 9 ? day.toString().substring(0, 7) : day.toString().substring(0, 4);
        LocalDate earliest = precision < 7 ? day : precision < 9 ? day.withDayOfMonth(1) : day.withDayOfYear(1);
        LocalDate latest = precision < 7 ? day : precision < 9 ? day.withDayOfMonth(day.lengthOfMonth()) : day.withDayOfYear(day.lengthOfYear());
        triple(s, letter, RDF.type.asNode(), CORR.Letter.asNode());
        triple(s, letter, RDFS.label.asNode(), text("Letter " + (i + 1)));
        triple(s, letter, CORR.sender.asNode(), person(sender));
        triple(s, letter, CORR.addressee.asNode(), person(recipient));
        triple(s, letter, CORR.edtf.asNode(), NodeFactory.createLiteralDT(edtf, CORR.EDTF));
        triple(s, letter, CORR.earliest.asNode(), NodeFactory.createLiteralDT(earliest.toString(), XSDDatatype.XSDdate));
        triple(s, letter, CORR.latest.asNode(), NodeFactory.createLiteralDT(latest.toString(), XSDDatatype.XSDdate));
        triple(s, letter, CORR.status.asNode(), (random.nextInt(50) == 0 ? CORR.Disputed : CORR.Attested).asNode());
        triple(s, letter, CORR.evidence.asNode(), passage);
        triple(s, passage, RDF.type.asNode(), CORR.SourcePassage.asNode());
        triple(s, passage, RDFS.label.asNode(), text("entry " + (i + 1)));
        triple(s, passage, CORR.inDocument.asNode(), edition);
        triple(s, passage, CORR.line.asNode(), NodeFactory.createLiteralDT(String.valueOf(i + 1), XSDDatatype.XSDinteger));
    }

    /** Persons with low numbers write and receive most: roughly a power law, as in real correspondence. */
    private static int skewed(SplittableRandom random, int persons) {
        double u = random.nextDouble();
        return Math.min(persons - 1, (int) (persons * u * u * u));
    }

    private static Node person(int p) {
        return node("person/" + p);
    }

    private static void triple(StreamRDF s, Node subject, Node predicate, Node object) {
        s.triple(Triple.create(subject, predicate, object));
    }

    private static Node node(String local) {
        return NodeFactory.createURI(NS + local);
    }


    private static Node text(String s) {
        return NodeFactory.createLiteralString(s);
    }
}
