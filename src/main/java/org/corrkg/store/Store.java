package org.corrkg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.corrkg.CorrkgException;
import org.corrkg.infer.InferencePass;
import org.corrkg.infer.SubjectSource;
import org.corrkg.names.PreferredNames;
import org.corrkg.source.SourceFile;
import org.corrkg.vocab.CORR;

/**
 * The TDB2 database in a directory. Queries see the union of all named graphs as
 * the default graph: each source file has its own graph, and the union is the graph
 * of correspondence.
 */
public final class Store implements AutoCloseable {

    /** The full-text index lives in this subdirectory of the store. */
    static final String TEXT_INDEX = "text-index";

    private final Path directory;
    // A fresh build switches the store to a new database: these change then (switchTo).
    private Dataset tdb;
    private Dataset dataset;
    private final boolean indexed;

    private Store(Path directory, Dataset tdb, Dataset dataset, boolean indexed) {
        this.directory = directory;
        this.tdb = tdb;
        this.dataset = dataset;
        this.indexed = indexed;
    }

    /** Opens (creating if need be) the store in {@code directory}, with its full-text index. */
    public static Store open(Path directory) {
        return indexed(directory, connect(directory));
    }

    /**
     * Opens the store for queries that do not search its text ({@code text:query}): the
     * database alone, without opening or checking the full-text index, which would cost more
     * than such a query. The store must not be written through this ({@link #indexed} is false),
     * since a write would pass the index by. An empty store is opened with its index and
     * seeded, as {@link #openSeeded} does.
     */
    public static Store openSeededUnindexed(Path directory) {
        Dataset ds = connect(directory);
        boolean empty;
        try {
            empty = Txn.calculateRead(ds, () -> ds.asDatasetGraph().isEmpty());
        } catch (RuntimeException e) {
            TDBInternal.expel(ds.asDatasetGraph());
            throw e;
        }
        if (empty)
            return seeded(indexed(directory, ds));
        return new Store(directory, ds, ds, false);
    }

    /**
     * The TDB2 database in {@code directory}, created if need be; queries see the union of its
     * graphs. Holding its lock, nobody else is building, so what a crashed fresh build left
     * behind (its build directory, a generation it replaced) goes.
     */
    private static Dataset connect(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new CorrkgException("Cannot create store directory " + directory + ": " + e.getMessage(), e);
        }
        Dataset ds;
        try {
            ds = database(directory, Generations.none(directory) ? QuadIndexes.NEW_STORE : null);
        } catch (RuntimeException e) {
            throw cannotOpen(directory, writable(directory), e);
        }
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        try {
            FreshBuild.deleteTree(directory.resolve(FreshBuild.WORK));
            Generations.removeOld(directory);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(Store.class).warn("Cannot tidy the store {}: {}", directory, e.getMessage());
        }
        try {
            nameActors(ds.asDatasetGraph());
            tableKinds(ds.asDatasetGraph());
        } catch (RuntimeException e) {
            TDBInternal.expel(ds.asDatasetGraph());
            throw e;
        }
        return ds;
    }

    /**
     * The TDB2 database in {@code directory}: created with {@code params} when given, else
     * opened with its own (its {@code tdb.cfg}, or TDB2's defaults where it has none).
     */
    static Dataset database(Path directory, StoreParams params) {
        if (params == null)
            return TDB2Factory.connectDataset(directory.toString());
        return DatasetFactory.wrap(DatabaseMgr.connectDatasetGraph(Location.create(directory.toString()), params));
    }

    /**
     * Gives a store loaded by a corrkg that kept no names graph its actors' and places' names,
     * once: every query reads names from there. Costs one look when the graph is there.
     */
    private static void nameActors(DatasetGraph dsg) {
        boolean missing = Txn.calculateRead(dsg, () -> !dsg.contains(PreferredNames.GRAPH, Node.ANY, Node.ANY, Node.ANY)
                && dsg.contains(Node.ANY, Node.ANY, RDF.type.asNode(), CORR.Actor.asNode()));
        if (missing)
            Txn.executeWrite(dsg, () -> new PreferredNames(dsg, GraphUpkeep::isSource).rebuild());
    }

    /**
     * Gives a store loaded by a corrkg that kept no table of kinds ({@code corr:kindWithin}) the
     * table in its ontology graphs' companions, once, as a load would have written it: the
     * browser's type filters read it. Costs one look when it is there.
     */
    private static void tableKinds(DatasetGraph dsg) {
        List<Node> ontologies = Txn.calculateRead(dsg, () -> {
            if (dsg.contains(Node.ANY, Node.ANY, CORR.kindWithin.asNode(), Node.ANY))
                return List.<Node>of();
            return GraphUpkeep.sourceGraphNames(dsg).stream().filter(g -> GraphUpkeep.isSchema(dsg, g)).toList();
        });
        if (!ontologies.isEmpty())
            Txn.executeWrite(dsg, () -> {
                for (Node g : ontologies)
                    InferencePass.kindTable(SubjectSource.indexed(dsg.getGraph(g)),
                                            t -> dsg.add(InferredGraphs.companion(g), t.getSubject(), t.getPredicate(), t.getObject()));
            });
    }

    /** The store with the database {@code ds} wrapped by its text index. */
    private static Store indexed(Path directory, Dataset ds) {
        Dataset text;
        try {
            text = TextIndexing.wrap(ds, directory.resolve(TEXT_INDEX));
        } catch (RuntimeException e) {
            // Otherwise the next open in this process would find TDB2 still wired to the index that failed.
            TDBInternal.expel(ds.asDatasetGraph());
            throw e;
        }
        text.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new Store(directory, ds, text, true);
    }

    /**
     * Makes the database built in {@code db} (a TDB2 location, its data in {@code Data-0001}) and
     * the text index in {@code index} this store's, replacing what it held: the store closes,
     * the new data becomes its newest generation by one rename, the text index follows (marked
     * until it has), and the store opens again. See {@link FreshBuild} for what a crash leaves.
     */
    void switchTo(Path db, Path index) {
        close();
        Path textDir = directory.resolve(TEXT_INDEX);
        try {
            Files.createDirectories(textDir);
            new IndexMarker(textDir).hold();
            Generations.adopt(directory, db.resolve("Data-0001"));
            CommitSteps.reach(CommitSteps.Step.GENERATION_SWITCHED, null);
            Path old = db.resolveSibling("old-" + TEXT_INDEX);
            Files.move(textDir, old, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            CommitSteps.reach(CommitSteps.Step.INDEX_MOVED_AWAY, null);
            Files.move(index, textDir, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            org.apache.lucene.util.IOUtils.fsync(directory, true);
        } catch (java.io.IOException e) {
            throw new CorrkgException("Cannot switch the store " + directory + " to the database built for it: " + e.getMessage(), e);
        }
        Store reopened = indexed(directory, connect(directory));
        this.tdb = reopened.tdb;
        this.dataset = reopened.dataset;
    }

    /**
     * Why a store would not open, in the user's terms. TDB2 writes its lock file even to
     * read, so a directory (or lock file) this user cannot write fails to open; that is not
     * the other process it would be otherwise.
     */
    static CorrkgException cannotOpen(Path directory, boolean writable, RuntimeException e) {
        if (!writable)
            return new CorrkgException("The store " + directory + " is not writable: corrkg writes its lock file there even"
                                       + " to read; give a directory you can write, or copy the store to one", e);
        return new CorrkgException("Cannot open the store in " + directory + ": " + e.getMessage()
                                   + " (is another corrkg process, such as a running server, using it?)", e);
    }

    private static boolean writable(Path directory) {
        Path lock = directory.resolve(LOCK_FILE);
        return Files.isWritable(directory) && (!Files.exists(lock) || Files.isWritable(lock));
    }

    /** The file TDB2 locks the store with. */
    private static final String LOCK_FILE = "tdb.lock";

    /** Opens the store and, if it holds nothing yet, loads the bundled ontology and data into it. */
    public static Store openSeeded(Path directory) {
        return seeded(open(directory));
    }

    private static Store seeded(Store store) {
        if (store.isEmpty()) {
            try {
                new Loader(store).load(SourceFile.bundledGraph());
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
        }
        return store;
    }

    /**
     * A scratch store in {@code directory} holding every quad of a SPARQL server's dataset,
     * read as N-Quads from {@code datasetUrl} straight into the database, so memory does not
     * hold the copy. For commands that read the store's graphs while a server holds its lock
     * (export): like {@link #unindexedCopy}, it keeps no text index and may only be read.
     */
    public static Store copyOf(String datasetUrl, Path directory) {
        try {
            return unindexedCopy(directory, dsg -> org.apache.jena.riot.RDFParser.source(datasetUrl)
                    .acceptHeader("application/n-quads").forceLang(org.apache.jena.riot.Lang.NQUADS).parse(dsg));
        } catch (RuntimeException e) {
            throw new CorrkgException("Cannot copy the dataset from " + datasetUrl + ": " + e.getMessage(), e);
        }
    }

    /**
     * A scratch store in {@code directory} that {@code fill} writes, in one write transaction,
     * straight into the database, keeping no text index (an export of the article and the
     * Spener letters from a Fuseki here: 12.8 s with the index kept, 11.2 s without). The
     * store may only be read, and not searched: {@link #indexed} is false.
     */
    public static Store unindexedCopy(Path directory, java.util.function.Consumer<DatasetGraph> fill) {
        Dataset ds = connect(directory);
        try {
            Txn.executeWrite(ds, () -> fill.accept(ds.asDatasetGraph()));
        } catch (RuntimeException e) {
            TDBInternal.expel(ds.asDatasetGraph());
            throw e;
        }
        return new Store(directory, ds, ds, false);
    }

    /** The store: TDB2 with its text index; every read and write goes through here. */
    public Dataset dataset() { return dataset; }

    /**
     * True when the store was opened with its text index: it may be written and searched.
     * A store opened by {@link #openSeededUnindexed} may only be read.
     */
    public boolean indexed() { return indexed; }

    /** Rebuilds the full-text index from the store; returns how many literals it indexed. */
    public long reindex() {
        requireIndexed();
        return TextIndexing.rebuild(dataset);
    }

    /** Fails for a store opened without its text index, which a write would leave behind. */
    void requireIndexed() {
        if (!indexed)
            throw new IllegalStateException("The store " + directory + " was opened without its text index, for reading only");
    }

    public Path directory() { return directory; }

    /** True when the store holds no triples in any graph. */
    public boolean isEmpty() {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().isEmpty());
    }

    /** Releases the text index and the database, and their locks on the directory. */
    @Override
    public void close() {
        if (indexed)
            TextIndexing.index(dataset.asDatasetGraph()).close();
        try {
            TDBInternal.expel(tdb.asDatasetGraph());
        } catch (org.apache.jena.dboe.transaction.txn.TransactionException e) {
            // A query still running (a server stopped mid-request) keeps the database open;
            // the lock goes with the process, and nothing unwritten is at stake in a read.
            org.slf4j.LoggerFactory.getLogger(Store.class).warn("Store {} closed with a transaction still active: {}", directory, e.getMessage());
        }
    }
}
