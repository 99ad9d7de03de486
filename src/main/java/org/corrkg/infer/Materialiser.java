package org.corrkg.infer;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.corrkg.bundle.Bundle;

/**
 * Materialises what the ontology implies but the data does not state: super-classes,
 * super-properties (hence the schema.org, PROV-O and FOAF alignments), inverse links,
 * the corr:Reply class and schema:name. Each rule is a SPARQL CONSTRUCT in
 * {@code ontology/rules/}; they run in turn until none adds a triple.
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

    /** The triples the rules add to {@code base}, none of which is already in it. */
    public Graph infer(List<Graph> base) {
        Graph inferred = GraphFactory.createDefaultGraph();
        List<Graph> all = new ArrayList<>(base);
        all.add(inferred);
        MultiUnion union = new MultiUnion(all.iterator());
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Graph fresh = GraphFactory.createDefaultGraph();
            for (Query rule : rules)
                QueryExec.graph(union).query(rule).construct()
                         .find().forEachRemaining(t -> { if (!union.contains(t)) fresh.add(t); });
            if (fresh.isEmpty())
                return inferred;
            fresh.find().forEachRemaining(inferred::add);
        }
        throw new IllegalStateException("Inference rules did not settle after " + MAX_ROUNDS + " rounds");
    }
}
