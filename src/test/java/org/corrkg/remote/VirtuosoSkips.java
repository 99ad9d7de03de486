package org.corrkg.remote;

/**
 * What Virtuoso Open Source 7.2.5 does to some of the library's queries, named once for the
 * tests that skip them there (the query cases, the page's queries through serve --endpoint).
 */
public final class VirtuosoSkips {

    /** The browser's filtered counts: communications-count, view-counts, view-actors. */
    public static final String SELID = "Virtuoso 7.2.5's SPARQL compiler fails (SP031, internal error \"ssg_print_retval(): selid is used "
                                       + "outside its scope\") on any FILTER with EXISTS over ?c, which BIND(?x AS ?c) binds in one "
                                       + "branch of a UNION (the counts kept at load or the communications)";

    /** busiest-pairs, with and without the disputed. */
    public static final String PAIRS = "Virtuoso 7.2.5's SQL optimiser fails on the query: SQ156 \"Bad dfe in sqlo_place_exp\"";

    /** browse/network under an actor. */
    public static final String NETWORK = "Virtuoso 7.2.5's SQL optimiser fails on the query: SQ156 \"unknown table for a column dfe\"";

    /** browse/map-places under an actor. */
    public static final String MAP = "Virtuoso 7.2.5's SPARQL compiler fails on the query: SP031 \"sparp_tree_full_clone_int(): orig != e_gp\"";

    private VirtuosoSkips() {}
}
