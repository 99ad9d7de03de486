package org.corrkg.peers;

import java.util.List;
import java.util.Map;

/** A system that answers SPARQL text: an RDF4J store, a TDB2 database, a SPARQL endpoint. */
interface Target extends AutoCloseable {

    /** Runs a SELECT query and reads every row; returns how many there were. */
    long count(String query);

    /** Runs a SELECT query and returns its rows, each value as an IRI or a literal's lexical form. */
    List<Map<String, String>> select(String query);

    @Override
    void close();
}
