package org.corrkg.query;

import java.util.Locale;

import org.corrkg.CorrkgException;

/**
 * A parameter a query declares in its header, as
 * {@code # - `?actor` (actor): whose correspondence to list} or, optional,
 * {@code # - `?includeDisputed` (boolean, optional): ...}.
 */
public record Parameter(String name, Kind kind, boolean optional, String description) {

    /** What a value is and how it is turned into an RDF term. */
    public enum Kind {
        /** An actor, by IRI or by any of its names. */
        ACTOR,
        /** A topic of the concept scheme, by IRI or label. */
        TOPIC,
        /** A type of communication (letter, phone call), by IRI or label. */
        TYPE,
        /** An office (President of Iran), by IRI or label. */
        OFFICE,
        /** A place (Muscat, Frankfurt a. M.), by IRI or by any of its names. */
        PLACE,
        /** A calendar date, yyyy-mm-dd. */
        DATE,
        /** true or false. */
        BOOLEAN,
        /** A whole number. */
        INTEGER,
        /** Any IRI, or a name with a prefix the result tables print ({@code id:letter-2009-05-obama-khamenei}). */
        IRI,
        /** Plain text. */
        STRING,
        /** A name, bound as its key (see {@link org.corrkg.names.NameKey}): "Müller, Johann" as "johann muller". */
        NAME;

        static Kind parse(String word, String query) {
            try {
                return valueOf(word.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CorrkgException(query + ": unknown parameter kind '" + word + "'");
            }
        }

        public String word() { return name().toLowerCase(Locale.ROOT); }
    }

    @Override
    public String toString() {
        return "?" + name + " (" + kind.word() + (optional ? ", optional" : "") + ")";
    }
}
