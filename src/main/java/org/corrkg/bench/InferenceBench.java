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
 * senders), median of repeated runs after warm-up. Usage:
 * {@code java -cp corrkg.jar org.corrkg.bench.InferenceBench STORE [RUNS]}.
 */
public final class InferenceBench {

    private static final String QUERY = """
            PREFIX schema: <https://schema.org/>
            SELECT (COUNT(*) AS ?n) WHERE { ?m a schema:Message ; schema:sender ?s }""";

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
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
                report("materialised (union graph with inferred companions)", () -> count(materialised, query), runs);
                report("query-time RDFS (asserted graphs only, Jena RDFS view)", () -> count(rdfs, query), runs);
            });
        }
    }

    private static long count(Graph g, Query q) {
        return QueryExec.graph(g).query(q).select().next().get("n").getLiteralValue() instanceof Number n ? n.longValue() : -1;
    }

    private static void report(String what, java.util.function.LongSupplier run, int runs) {
        long answer = run.getAsLong();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            run.getAsLong();
            times.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(times);
        System.out.printf("%-58s answer %8d   median %9.1f ms   (min %.1f, max %.1f, %d runs)%n",
                          what, answer, times.get(times.size() / 2), times.get(0), times.get(times.size() - 1), runs);
    }

    private InferenceBench() {}
}
