package org.corrkg.remote;

/**
 * What Virtuoso Open Source 7.2.5 does to some of the library's queries, named once for the
 * tests that skip them there (the query cases, the page's queries through serve --endpoint).
 */
public final class VirtuosoSkips {

    /**
     * The browser's list total (communications-count). Written as view-counts and view-actors
     * are (an EXISTS over ?x, bound in both branches, and ?kind in both), Virtuoso compiled it
     * but answered the unfiltered total twice over when its parameters are unbound (no VALUES
     * row), so it stays in the form Virtuoso refuses: a wrong count is worse than none.
     */
    public static final String SELID = "Virtuoso 7.2.5's SPARQL compiler fails (SP031, internal error \"ssg_print_retval(): selid is used "
                                       + "outside its scope\") on a FILTER with EXISTS over ?c, which BIND(?x AS ?c) binds in one "
                                       + "branch of a UNION (the counts kept at load or the communications)";

    /** busiest-pairs, with and without the disputed. */
    public static final String PAIRS = "Virtuoso 7.2.5's SQL optimiser fails on the query: SQ156 \"Bad dfe in sqlo_place_exp\"";

    private VirtuosoSkips() {}
}
