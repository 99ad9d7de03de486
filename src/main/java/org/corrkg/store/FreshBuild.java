package org.corrkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.corrkg.infer.InferencePass;
import org.corrkg.infer.SubjectSource;
import org.corrkg.infer.Summaries;
import org.corrkg.validate.ValidationReport;
import org.corrkg.validate.Validator;

/**
 * A load into an empty store, built as a new database beside it with TDB2's phased bulk loader
 * and switched to when complete. TDB2's bulk loaders are fast but not transactional, so the
 * promise that a load happens whole or not at all is kept by where they write: everything
 * (the files, the companions, the text index) is built in {@value #WORK} inside the store's
 * directory, and the store becomes the new database only by renaming its directory into the
 * store as the next TDB2 generation ({@code Data-NNNN}, the highest of which TDB2 opens),
 * followed by the text index. A crash before that rename leaves the store as it was; after it,
 * the store is the new one, and a text index that may not match it is marked to be rebuilt.
 */
final class FreshBuild {

    /** The directory, inside the store's, where the new database is built. */
    static final String WORK = ".loading";

    /** TDB2's loaders report to this; corrkg reports its own progress instead. */
    private static final MonitorOutput QUIET = (format, args) -> { };

    private final Store store;
    private final Validator validator;
    private final Progress progress;

    FreshBuild(Store store, Validator validator, Progress progress) {
        this.store = store;
        this.validator = validator;
        this.progress = progress;
    }

    /** Builds the store anew from {@code batch}; the store must be empty. */
    Loader.Result build(Batch batch) {
        Path work = store.directory().resolve(WORK);
        deleteTree(work);
        Dataset db = TDB2Factory.connectDataset(work.resolve("db").toString());
        DatasetGraph dsg = db.asDatasetGraph();
        Map<Node, String> written;
        long inferred;
        Map<String, Long> sizes = new LinkedHashMap<>();
        try {
            written = bulkLoad(dsg, batch);
            CommitSteps.reach(CommitSteps.Step.BUILD_LOADED, null);
            progress.phase("Validating", -1);
            ValidationReport report = Txn.calculateRead(dsg, () -> validator.validate(dsg, written, GraphUpkeep::isSource));
            if (!report.conforms())
                throw new Loader.ValidationFailed(report);
            inferred = infer(dsg, work);
            CommitSteps.reach(CommitSteps.Step.BUILD_INFERRED, null);
            Txn.executeRead(dsg, () -> written.keySet().forEach(g -> sizes.put(g.getURI(), (long) dsg.getGraph(g).size())));
            progress.phase("Indexing text", -1);
            TextIndexing.build(db, work.resolve(Store.TEXT_INDEX));
            CommitSteps.reach(CommitSteps.Step.BUILD_INDEXED, null);
        } catch (RuntimeException e) {
            TDBInternal.expel(dsg);
            deleteTree(work);
            throw e;
        }
        TDBInternal.expel(dsg);
        progress.phase("Switching the store to the new database", -1);
        store.switchTo(work.resolve("db"), work.resolve(Store.TEXT_INDEX));
        deleteTree(work);
        return new Loader.Result(sizes, inferred, false);
    }

    /** The files and in-memory graphs, streamed into TDB2's phased loader. */
    private Map<Node, String> bulkLoad(DatasetGraph dsg, Batch batch) {
        DataLoader loader = bulkLoader(dsg);
        Map<Node, String> written = new LinkedHashMap<>();
        loader.startBulk();
        try {
            StreamRDF into = loader.stream();
            into.start();
            for (Batch.Entry entry : batch.entries()) {
                if (entry instanceof Batch.FileEntry f)
                    Loader.stream(f.file(), progress, new Loader.Sink() {
                        @Override public void graph(Node g) { written.putIfAbsent(g, f.file().displayName()); }
                        @Override public void triple(Node g, Triple t) { into.quad(Quad.create(g, t)); }
                    });
                else if (entry instanceof Batch.GraphEntry g) {
                    org.corrkg.source.LongTerms.refuse(g.graph(), g.file());
                    written.putIfAbsent(g.name(), g.file());
                    g.graph().find().forEachRemaining(t -> into.quad(Quad.create(g.name(), t)));
                } else if (entry instanceof Batch.StreamEntry g) {
                    written.putIfAbsent(g.name(), g.file());
                    g.source().emit(t -> {
                        org.corrkg.source.LongTerms.check(t, g.file());
                        into.quad(Quad.create(g.name(), t));
                    });
                }
            }
            into.finish();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        progress.phase("Building the indexes", -1);
        loader.finishBulk();
        return written;
    }

    /** The companions of every source graph: the pass reads in one read transaction, the phased loader writes. */
    private long infer(DatasetGraph dsg, Path work) {
        List<Node> sources = Txn.calculateRead(dsg, () -> GraphUpkeep.sourceGraphNames(dsg));
        List<Spool> spools = new ArrayList<>();
        List<Node> companions = new ArrayList<>();
        try {
            Txn.executeRead(dsg, () -> {
                Graph schema = GraphFactory.createDefaultGraph();
                for (Node g : sources)
                    if (GraphUpkeep.isSchema(dsg, g))
                        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> schema.add(q.asTriple()));
                InferencePass pass = new InferencePass(schema);
                for (Node source : sources) {
                    progress.phase("Inferring " + source.getURI(), -1);
                    Graph data = dsg.getGraph(source);
                    Spool spool = new Spool(work);
                    spools.add(spool);
                    companions.add(InferredGraphs.companion(source));
                    Summaries summaries = new Summaries();
                    pass.run(SubjectSource.indexed(data), spool, summaries);
                    summaries.emit(source, spool);
                    pass.fromSchema().forEach(t -> { if (!data.contains(t)) spool.accept(t); });
                }
            });
            DataLoader loader = bulkLoader(dsg);
            loader.startBulk();
            try {
                StreamRDF into = loader.stream();
                into.start();
                long total = spools.stream().mapToLong(Spool::size).sum();
                progress.phase("Writing what the rules derive", total);
                long[] done = {0};
                for (int i = 0; i < spools.size(); i++) {
                    Node companion = companions.get(i);
                    spools.get(i).drain((Triple t) -> {
                        into.quad(Quad.create(companion, t));
                        progress.advance(++done[0]);
                    });
                }
                into.finish();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            loader.finishBulk();
        } finally {
            spools.forEach(Spool::close);
        }
        return Txn.calculateRead(dsg, () -> companions.stream().mapToLong(c -> dsg.getGraph(c).size()).sum());
    }

    /**
     * TDB2's loader for a build: phased unless the system property {@code corrkg.loader} names
     * another ({@code basic}, {@code sequential}, {@code parallel}), for measuring them against
     * each other (docs/performance.md).
     */
    private static DataLoader bulkLoader(DatasetGraph dsg) {
        return switch (System.getProperty("corrkg.loader", "phased")) {
            case "basic" -> LoaderFactory.basicLoader(dsg, QUIET);
            case "sequential" -> LoaderFactory.sequentialLoader(dsg, QUIET);
            case "parallel" -> LoaderFactory.parallelLoader(dsg, QUIET);
            default -> LoaderFactory.phasedLoader(dsg, QUIET);
        };
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir))
            return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator)
                Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + dir + ": " + e.getMessage(), e);
        }
    }
}
