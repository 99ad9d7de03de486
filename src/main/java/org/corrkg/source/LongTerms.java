package org.corrkg.source;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.corrkg.CorrkgException;
import org.corrkg.Excerpt;

/**
 * Refuses IRIs and language tags too long to store. The full-text index keeps the IRI of
 * every node it indexes as one Lucene term, and Lucene refuses a term over 32,766 bytes
 * with an exception that quotes the whole document; 8,000 characters of at most four UTF-8
 * bytes each always fit. Literals have no such limit: the index splits their text into
 * words, and a word longer than 255 characters into pieces.
 */
public final class LongTerms {

    /** The longest IRI or language tag corrkg stores, in characters. */
    public static final int MAX_LENGTH = 8000;

    /** Fails, naming {@code file} and the start of the term, on the first IRI or language tag over {@link #MAX_LENGTH}. */
    public static void refuse(Graph graph, String file) {
        graph.find().forEachRemaining(t -> check(t, file));
    }

    /** Fails, naming {@code file} and the start of the term, when a term of {@code t} is too long. */
    public static void check(Triple t, String file) {
        check(t.getSubject(), file);
        check(t.getPredicate(), file);
        check(t.getObject(), file);
    }

    private static void check(Node n, String file) {
        if (n.isURI() && n.getURI().length() > MAX_LENGTH)
            throw tooLong(file, "an IRI", n.getURI().length(), "<" + Excerpt.of(n.getURI()) + ">");
        if (n.isLiteral() && n.getLiteralLanguage().length() > MAX_LENGTH)
            throw tooLong(file, "a language tag", n.getLiteralLanguage().length(), "@" + Excerpt.of(n.getLiteralLanguage()));
        if (n.isTripleTerm())
            check(n.getTriple(), file);
    }

    private static CorrkgException tooLong(String file, String what, int length, String excerpt) {
        return new CorrkgException(String.format(java.util.Locale.ROOT, "%s: %s of %,d characters is longer than corrkg's limit of %,d: %s",
                                                 file, what, length, MAX_LENGTH, excerpt));
    }

    private LongTerms() {}
}
