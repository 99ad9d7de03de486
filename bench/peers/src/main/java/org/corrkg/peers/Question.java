package org.corrkg.peers;

import java.util.List;

/**
 * The questions corrkg answers, each asked two ways: of the asserted triples, as any SPARQL
 * store can answer it (the .rq files in this module's queries/), and through corrkg's own
 * query (queries/ at the repository's root), which reads what corrkg infers at load
 * (corr:recipient from corr:addressee, corr:Communication from corr:Letter, corr:kind).
 * Each parameter names the query variable and the pick (see {@link Picks}) bound to it.
 */
enum Question {
    FROM("letters from actor X", "letters-from.rq", "who.rq", 0, List.of(p("sender", "actor"))),
    TO("letters to actor X", "letters-to.rq", "who.rq", 0, List.of(p("recipient", "actor"))),
    BETWEEN("letters between X and Y", "between.rq", "who.rq", 0, List.of(p("party1", "actor"), p("party2", "other"))),
    TIES("X's ties with counts", "actor-ties.rq", "ties.rq", 0, List.of(p("actor", "actor"))),
    CHRONOLOGY("chronology page: a date range, by date, first 50", "chronology-page.rq", "who.rq", 50,
               List.of(p("after", "after"), p("before", "before"))),
    BUSIEST("busiest 20 sender/recipient pairs", "busiest-pairs.rq", "who-wrote-to-whom.rq", 20, List.of()),
    SEARCH("text search over labels", "search.rq", "search.rq", 0, List.of(p("q", "term")));

    record Parameter(String variable, String pick) {}

    final String description;
    final String assertedFile;
    final String corrkgFile;
    /** A LIMIT to add to corrkg's query, which lists everything; the asserted query carries its own. */
    final long corrkgLimit;
    final List<Parameter> parameters;

    Question(String description, String assertedFile, String corrkgFile, long corrkgLimit, List<Parameter> parameters) {
        this.description = description;
        this.assertedFile = assertedFile;
        this.corrkgFile = corrkgFile;
        this.corrkgLimit = corrkgLimit;
        this.parameters = parameters;
    }

    String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    private static Parameter p(String variable, String pick) {
        return new Parameter(variable, pick);
    }
}
