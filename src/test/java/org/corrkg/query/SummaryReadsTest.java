package org.corrkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.vocabulary.RDF;
import org.corrkg.vocab.CORR;
import org.junit.jupiter.api.Test;

/**
 * A query that reads an actor's counts kept at load names the kind of count it reads. Several
 * summaries name an actor (corr:ofActor) and carry sent and received counts: the activity
 * counts, one per actor and graph, and the counts per kind and per date bucket, many per
 * actor. A pattern that names none of them reads them all: who --between read some sixty
 * summaries for each of Spener and Francke, and each pair of them read Spener's letters again
 * (17.5 s for 255 rows, 1.9 s once typed).
 */
class SummaryReadsTest {

    /** Queries whose count pattern is chosen by a variable predicate in the same group, with the reason. */
    static final Map<String, String> CHOSEN = Map.of(
            "browse/view-actors", "?x is bound first by ?x ?byProperty ?byValue: the per-kind counts (rdf:type corr:ActorKindCount, "
                                  + "or corr:actorBand, which only they state), a bucket's, or a place's (corr:atPlace, which "
                                  + "only its actor counts state)",
            "browse/actors", "?x is bound first in each branch of a UNION: through corr:activityBand, which only activity counts "
                             + "state, or rdf:type corr:ActivityCount");

    @Test
    void everyReadOfAnActorsCountsNamesTheSummaryClass() {
        List<String> untyped = new ArrayList<>();
        Set<String> chosen = new TreeSet<>();
        for (NamedQuery q : QueryLibrary.bundled().all()) {
            Set<String> found = new TreeSet<>();
            OpWalker.walk(Algebra.compile(q.query()), new OpVisitorBase() {
                @Override
                public void visit(OpBGP bgp) {
                    Map<Node, List<Triple>> bySubject = new HashMap<>();
                    bgp.getPattern().forEach(t -> bySubject.computeIfAbsent(t.getSubject(), s -> new ArrayList<>()).add(t));
                    bySubject.forEach((s, ts) -> {
                        boolean counts = ts.stream().anyMatch(t -> t.getPredicate().equals(CORR.ofActor.asNode()))
                                         && ts.stream().anyMatch(t -> t.getPredicate().equals(CORR.sentCount.asNode())
                                                                      || t.getPredicate().equals(CORR.receivedCount.asNode()));
                        boolean typed = ts.stream().anyMatch(t -> t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI());
                        if (counts && !typed)
                            found.add(s.toString());
                    });
                }
            });
            if (!found.isEmpty() && CHOSEN.containsKey(q.name()))
                chosen.add(q.name());
            else if (!found.isEmpty())
                untyped.add(q.name() + " " + found);
        }
        assertEquals(List.of(), untyped, "counts read without their class");
        assertEquals(new TreeSet<>(CHOSEN.keySet()), chosen, "the queries whose counts are chosen otherwise");
    }
}
