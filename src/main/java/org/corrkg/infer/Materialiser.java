package org.corrkg.infer;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.corrkg.bundle.Bundle;

/**
 * Materialises what the ontology implies but the data does not state: super-classes,
 * super-properties (hence the schema.org, PROV-O and FOAF alignments), inverse links,
 * the corr:Reply class and schema:name. Each rule is a SPARQL CONSTRUCT in
 * {@code ontology/rules/}, run in file-name order, round after round until none adds a triple.
 */
public final class Materialiser {

    /** Enough rounds for the rules' chains (property, then inverse, then class); more means a rule never settles. */
    private static final int MAX_ROUNDS = 8;

    private final List<Query> rules;

    public Materialiser(List<Query> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules bundled in {@code ontology/rules/}, in file-name order. */
    public static Materialiser bundled() {
        List<Query> rules = new ArrayList<>();
        for (String name : Bundle.list("ontology/rules", ".rq"))
            rules.add(QueryFactory.create(Bundle.read(name), name));
        return new Materialiser(rules);
    }

    /**
     * The triples the rules derive from {@code data} with the classes and properties of
     * {@code schema}, none of which is already in either. Works on an in-memory copy.
     */
    public Graph infer(Graph data, Graph schema) {
        Graph working = GraphFactory.createDefaultGraph();
        data.find().forEachRemaining(working::add);
        schema.find().forEachRemaining(working::add);
        Graph inferred = GraphFactory.createDefaultGraph();
        // Each rule sees what the rules before it added, so with the rules in dependency
        // order one round derives everything and the next only confirms it.
        for (int round = 0; round < MAX_ROUNDS; round++) {
            long before = inferred.size();
            for (Query rule : rules) {
                Graph derived = QueryExec.graph(working).query(rule).construct();
                derived.find().forEachRemaining(t -> {
                    if (!working.contains(t)) {
                        working.add(t);
                        inferred.add(t);
                    }
                });
            }
            if (inferred.size() == before)
                return inferred;
        }
        throw new IllegalStateException("Inference rules did not settle after " + MAX_ROUNDS + " rounds");
    }
}
