package org.corrkg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdfs.RDFSFactory;
import org.apache.jena.rdfs.SetupRDFS;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.corrkg.source.Parser;
import org.corrkg.source.SourceFile;
import org.corrkg.store.InferredGraphs;
import org.corrkg.store.Store;

/**
 * Materialised inference against Jena's query-time RDFS, on the same store: the time of a
 * query that needs the class and property hierarchy (schema.org messages with their
 * senders), median of repeated runs after warm-up. Run with {@code corrkg bench-inference STORE}.
 */
public final class InferenceBench {

    private static final String QUERY = """
            PREFIX schema: <https://schema.org/>
            SELECT (COUNT(*) AS ?n) WHERE { ?m a schema:Message ; schema:sender ?s }""";

    /** One way of answering: its answer and the times of the timed runs, in milliseconds, sorted. */
    public record Timing(String what, long answer, List<Double> millis) {
        public double median() { return millis.get(millis.size() / 2); }
    }

    /** Times both ways on the store in {@code dir}, {@code runs} times each after one warm-up run. */
    public static List<Timing> measure(Path dir, int runs) {
        List<Timing> timings = new ArrayList<>();
        Query query = QueryFactory.create(QUERY);
        Graph vocab = Parser.parse(SourceFile.bundled("ontology/corrkg.ttl")).getDefaultGraph();
        SetupRDFS setup = RDFSFactory.setupRDFS(vocab);
        try (Store store = Store.open(dir)) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Txn.executeRead(store.dataset(), () -> {
                List<Graph> base = new ArrayList<>();
                dsg.listGraphNodes().forEachRemaining(g -> { if (!InferredGraphs.isCompanion(g)) base.add(dsg.getGraph(g)); });
                Graph asserted = new MultiUnion(base.iterator());
                Graph rdfs = RDFSFactory.graphRDFS(asserted, setup);
                Graph materialised = dsg.getUnionGraph();
                timings.add(time("materialised (union graph with inferred companions)", () -> count(materialised, query), runs));
                timings.add(time("query-time RDFS (asserted graphs only, Jena RDFS view)", () -> count(rdfs, query), runs));
            });
        }
        return timings;
    }

    private static long count(Graph g, Query q) {
        return QueryExec.graph(g).query(q).select().next().get("n").getLiteralValue() instanceof Number n ? n.longValue() : -1;
    }

    private static Timing time(String what, java.util.function.LongSupplier run, int runs) {
        long answer = run.getAsLong();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            run.getAsLong();
            times.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(times);
        return new Timing(what, answer, List.copyOf(times));
    }

    private InferenceBench() {}
}
