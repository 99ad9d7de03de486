package org.corrkg.infer;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.corrkg.bundle.Bundle;

/**
 * Materialises what the ontology implies but the data does not state: super-classes,
 * super-properties (hence the schema.org, PROV-O and FOAF alignments), inverse links,
 * the corr:Reply class and schema:name. Each rule is a SPARQL CONSTRUCT in
 * {@code ontology/rules/}, run in file-name order, round after round until none adds a triple.
 * Then the summaries of {@code ontology/summaries/} count what overviews need (communications
 * by kind, network edges, years, each actor's activity), once. An ontology graph (one that
 * declares an owl:Ontology) gets its table of kinds too, {@code ontology/tables/kind-within.rq}.
 */
public final class Materialiser {

    /** Enough rounds for the rules' chains (property, then inverse, then class); more means a rule never settles. */
    private static final int MAX_ROUNDS = 8;

    private final List<Query> rules;
    private final List<Query> summaries;
    private final Query kindTable = QueryFactory.create(Bundle.read(KIND_TABLE), KIND_TABLE);

    /** The table of kinds an ontology graph's companion keeps (see {@code corr:kindWithin}). */
    public static final String KIND_TABLE = "ontology/tables/kind-within.rq";

    /** {@code rules} run to a fixpoint; then each of {@code summaries} runs once on the result. */
    public Materialiser(List<Query> rules, List<Query> summaries) {
        this.rules = List.copyOf(rules);
        this.summaries = List.copyOf(summaries);
    }

    /** The rules in {@code ontology/rules/}, in file-name order, and the counts in {@code ontology/summaries/}. */
    public static Materialiser bundled() {
        return new Materialiser(queries("ontology/rules"), queries("ontology/summaries"));
    }

    private static List<Query> queries(String folder) {
        List<Query> out = new ArrayList<>();
        for (String name : Bundle.list(folder, ".rq"))
            out.add(QueryFactory.create(Bundle.read(name), name));
        return out;
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
            if (inferred.size() == before) {
                // Summaries count what is there now; their blank nodes are new on every run,
                // so they are made once, after the rules have settled.
                for (Query summary : summaries)
                    QueryExec.graph(working).query(summary).construct().find().forEachRemaining(inferred::add);
                // An ontology graph's companion keeps its table of kinds, read from it alone.
                if (data.contains(Node.ANY, RDF.type.asNode(), OWL.Ontology.asNode()))
                    QueryExec.graph(data).query(kindTable).construct().find().forEachRemaining(t -> {
                        if (!working.contains(t))
                            inferred.add(t);
                    });
                return inferred;
            }
        }
        throw new IllegalStateException("Inference rules did not settle after " + MAX_ROUNDS + " rounds");
    }
}
