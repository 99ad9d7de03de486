package org.corrkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.apache.jena.atlas.iterator.Iter;
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
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.corrkg.infer.InferencePass;
import org.corrkg.infer.SubjectSource;
import org.corrkg.names.PreferredNames;
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
        // The new database keeps the indexes the store keeps: its generation takes the store's tdb.cfg.
        StoreParams params = QuadIndexes.of(store.directory());
        Dataset db = Store.database(work.resolve("db"), params);
        DatasetGraph dsg = db.asDatasetGraph();
        Map<Node, String> written;
        long inferred;
        Map<String, Long> sizes = new LinkedHashMap<>();
        try {
            written = bulkLoad(dsg, params, batch);
            CommitSteps.reach(CommitSteps.Step.BUILD_LOADED, null);
            inferred = readBack(db, params, written, work);
            CommitSteps.reach(CommitSteps.Step.BUILD_INFERRED, null);
            CommitSteps.reach(CommitSteps.Step.BUILD_INDEXED, null);
            Txn.executeRead(dsg, () -> written.keySet().forEach(g -> sizes.put(g.getURI(), (long) dsg.getGraph(g).size())));
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

    /**
     * The three reads of the loaded database, each in its own read transaction and at the same
     * time, as none changes it: validation, the inference pass (putting aside what it derives)
     * and the text index. On two cores they share the machine instead of waiting for each other.
     * A failure of one stops the others; only when all three have succeeded is what was derived
     * bulk-loaded, as the bulk loader may not write while anything reads. Returns the number of
     * triples in the companions.
     */
    private long readBack(Dataset db, StoreParams params, Map<Node, String> written, Path work) {
        DatasetGraph dsg = db.asDatasetGraph();
        AtomicBoolean stop = new AtomicBoolean();
        List<Spool> spools = new ArrayList<>();
        List<Node> companions = new ArrayList<>();
        ExecutorService helpers = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "corrkg-build");
            t.setDaemon(true);
            return t;
        });
        try {
            progress.phase("Validating, inferring and indexing the text", -1);
            Future<?> inference = helpers.submit(() -> infer(dsg, work, spools, companions, stop));
            Future<?> text = helpers.submit(() -> TextIndexing.build(db, work.resolve(Store.TEXT_INDEX), stop::get));
            ValidationReport report;
            try {
                report = Txn.calculateRead(dsg, () -> validator.validate(dsg, written, GraphUpkeep::isSource));
            } catch (RuntimeException e) {
                stop.set(true);
                throw e;
            }
            if (!report.conforms()) {
                stop.set(true);
                throw new Loader.ValidationFailed(report);
            }
            await(inference, stop);
            await(text, stop);
            long derived = writeDerived(dsg, params, spools, companions);
            progress.phase("Choosing each actor's and place's name", -1);
            Txn.executeWrite(dsg, () -> new PreferredNames(dsg, GraphUpkeep::isSource).rebuild());
            return derived;
        } finally {
            stop.set(true);
            helpers.shutdown();
            awaitQuietly(helpers);
            spools.forEach(Spool::close);
        }
    }

    /** Waits for {@code task}; its failure stops the others and is rethrown as it was. */
    private static void await(Future<?> task, AtomicBoolean stop) {
        try {
            task.get();
        } catch (ExecutionException e) {
            stop.set(true);
            if (e.getCause() instanceof RuntimeException r)
                throw r;
            if (e.getCause() instanceof Error err)
                throw err;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            stop.set(true);
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    /** Waits for the helpers to notice the stop, so nothing reads the database once it is removed. */
    private static void awaitQuietly(ExecutorService helpers) {
        try {
            while (!helpers.awaitTermination(1, TimeUnit.MINUTES)) {
                // a helper stops at its next subject or literal
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Thrown inside a helper that stops because another part of the build failed. */
    static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;
        Stopped() { super("stopped: another part of the build failed", null, false, false); }
    }

    /** The files and in-memory graphs, streamed into TDB2's phased loader. */
    private Map<Node, String> bulkLoad(DatasetGraph dsg, StoreParams params, Batch batch) {
        DataLoader loader = bulkLoader(dsg, params);
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

    /** Runs the inference pass over every source graph in one read transaction, putting aside what it derives. */
    private void infer(DatasetGraph dsg, Path work, List<Spool> spools, List<Node> companions, AtomicBoolean stop) {
        Txn.executeRead(dsg, () -> {
            List<Node> sources = GraphUpkeep.sourceGraphNames(dsg);
            Graph schema = GraphFactory.createDefaultGraph();
            for (Node g : sources)
                if (GraphUpkeep.isSchema(dsg, g))
                    dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> schema.add(q.asTriple()));
            InferencePass pass = new InferencePass(schema);
            for (Node source : sources) {
                Graph data = dsg.getGraph(source);
                Spool spool = new Spool(work);
                synchronized (spools) {
                    spools.add(spool);
                    companions.add(InferredGraphs.companion(source));
                }
                pass.companion(stoppable(inBuild(dsg, source, data), stop), source, spool);
            }
        });
    }

    /**
     * The source graph {@code g} of the new database, read subject by subject through GSPO. A
     * pattern that names no subject is read from the indexes that end with the graph (a store
     * of four indexes has no GPOS or GOSP, and TDB2 would otherwise read the whole graph through
     * GSPO for it), keeping {@code g}'s quads: the new database holds only what is being
     * loaded, so little of another graph is read and passed over.
     */
    private static SubjectSource inBuild(DatasetGraph dsg, Node g, Graph data) {
        return new SubjectSource() {
            @Override public Iterator<Triple> bySubject() { return data.find(); }
            @Override
            public Iterator<Triple> find(Node s, Node p, Node o) {
                if (s.isConcrete() || !(p.isConcrete() || o.isConcrete()))
                    return data.find(s, p, o);
                return Iter.iter(dsg.find(Node.ANY, s, p, o)).filter(q -> q.getGraph().equals(g)).map(Quad::asTriple);
            }
            @Override public boolean contains(Triple t) { return data.contains(t); }
        };
    }

    /** {@code data}, read until {@code stop} is set. */
    private static SubjectSource stoppable(SubjectSource data, AtomicBoolean stop) {
        return new SubjectSource() {
            @Override
            public Iterator<Triple> bySubject() {
                Iterator<Triple> it = data.bySubject();
                return new Iterator<>() {
                    @Override public boolean hasNext() {
                        if (stop.get())
                            throw new Stopped();
                        return it.hasNext();
                    }
                    @Override public Triple next() { return it.next(); }
                };
            }
            @Override public Iterator<Triple> find(Node s, Node p, Node o) { return data.find(s, p, o); }
            @Override public boolean contains(Triple t) { return data.contains(t); }
        };
    }

    /** What the pass put aside, bulk-loaded into the companions; returns how many triples they hold. */
    private long writeDerived(DatasetGraph dsg, StoreParams params, List<Spool> spools, List<Node> companions) {
        DataLoader loader = bulkLoader(dsg, params);
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
        return Txn.calculateRead(dsg, () -> companions.stream().mapToLong(c -> dsg.getGraph(c).size()).sum());
    }

    /**
     * TDB2's loader for a build, for the indexes of {@code params}: phased unless the system
     * property {@code corrkg.loader} names another ({@code basic}, {@code sequential},
     * {@code parallel}), for measuring them against each other (docs/performance.md).
     */
    private static DataLoader bulkLoader(DatasetGraph dsg, StoreParams params) {
        return switch (System.getProperty("corrkg.loader", "phased")) {
            case "basic" -> LoaderFactory.basicLoader(dsg, QUIET);
            case "sequential" -> LoaderFactory.sequentialLoader(dsg, QUIET);
            case "parallel" -> QuadIndexes.parallelLoader(dsg, params, QUIET);
            default -> QuadIndexes.phasedLoader(dsg, params, QUIET);
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
