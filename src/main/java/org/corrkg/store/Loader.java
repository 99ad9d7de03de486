package org.corrkg.store;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.corrkg.CorrkgException;
import org.corrkg.source.LongTerms;
import org.corrkg.source.Parser;
import org.corrkg.source.SourceFile;
import org.corrkg.validate.ValidationReport;
import org.corrkg.validate.Validator;

/**
 * Loads named graphs into the store in one write transaction, streaming: files are parsed
 * straight into the store, then the graphs written are validated and their companions
 * inferred by passes that read the store subject by subject, so memory is bounded by
 * constants (see {@code docs/performance.md}) and not by the size of the input. Each graph
 * replaces the graph of the same name, so loading the same files twice leaves the same
 * triples. Any failure (a syntax error, an IRI too long to index, a violation of the shapes)
 * aborts the transaction and leaves the store as it was.
 *
 * <p>Each source graph has a companion graph of what the ontology implies about it
 * ({@link InferredGraphs}), recomputed when the source is loaded, or for every source
 * when the ontology changes, so a load costs in proportion to what it loads.
 */
public final class Loader {

    private final Store store;
    private final Validator validator;
    private final GraphUpkeep upkeep;
    private Progress progress = Progress.NONE;

    public Loader(Store store) {
        this(store, Validator.bundled());
    }

    public Loader(Store store, Validator validator) {
        store.requireIndexed();
        this.store = store;
        this.validator = validator;
        this.upkeep = new GraphUpkeep(validator, store.directory());
    }

    /** Reports where the load has got to. */
    public Loader progress(Progress progress) {
        this.progress = progress;
        return this;
    }

    /**
     * What a load did: the graphs it (re)wrote with their sizes, how many triples the rules
     * added, and whether the store was empty so the ontology came with the user's graphs.
     */
    public record Result(Map<String, Long> graphs, long inferred, boolean ontologyAdded) {}

    /**
     * Loads a user's graphs. Into an empty store the corrkg ontology goes with them, and
     * nothing else (never the bundled article), so they are checked and inferred against it.
     */
    public Result loadUserGraphs(Batch batch) {
        if (!store.isEmpty())
            return load(batch);
        Batch withOntology = Batch.of(SourceFile.ontology());
        withOntology.entries().addAll(batch.entries());
        Result r = batch.bytes() >= freshBuildFrom ? new FreshBuild(store, validator, progress).build(withOntology)
                                                   : load(withOntology);
        return new Result(r.graphs(), r.inferred(), true);
    }

    /**
     * Into an empty store, files of at least this many bytes in all are loaded by building a new
     * database with TDB2's bulk loader ({@link FreshBuild}); smaller ones in one transaction,
     * which costs less to start. See docs/performance.md for the measurements behind it.
     */
    public static final long FRESH_BUILD_FROM = 32L << 20;

    private long freshBuildFrom = Long.getLong("corrkg.freshBuildFrom", FRESH_BUILD_FROM);

    /** Sets the size from which a load into an empty store builds a new database (for tests: 0 always does). */
    public Loader freshBuildFrom(long bytes) {
        this.freshBuildFrom = bytes;
        return this;
    }

    /** Parses and loads files; each fills its own named graph (quad files may fill several). */
    public Result load(List<SourceFile> files) {
        return load(Batch.of(files));
    }

    /** Loads a batch of graphs, each replacing the named graph of the same name. */
    public Result load(Batch batch) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        dsg.begin(TxnType.WRITE);
        try {
            Map<Node, String> written = new LinkedHashMap<>();
            for (Batch.Entry entry : batch.entries()) {
                if (entry instanceof Batch.FileEntry f)
                    write(dsg, f.file(), written);
                else if (entry instanceof Batch.GraphEntry g) {
                    LongTerms.refuse(g.graph(), g.file());
                    replace(dsg, g.name(), g.file(), written);
                    g.graph().find().forEachRemaining(t -> dsg.add(g.name(), t.getSubject(), t.getPredicate(), t.getObject()));
                } else if (entry instanceof Batch.StreamEntry g) {
                    replace(dsg, g.name(), g.file(), written);
                    g.source().emit(t -> {
                        LongTerms.check(t, g.file());
                        dsg.add(g.name(), t.getSubject(), t.getPredicate(), t.getObject());
                    });
                }
            }
            progress.phase("Validating", -1);
            upkeep.check(dsg, written);
            progress.phase("Inferring", -1);
            long inferred = upkeep.infer(dsg, written.keySet(), progress);
            Map<String, Long> sizes = new LinkedHashMap<>();
            written.keySet().forEach(g -> sizes.put(g.getURI(), (long) dsg.getGraph(g).size()));
            progress.phase("Committing", -1);
            dsg.commit();
            return new Result(sizes, inferred, false);
        } catch (RuntimeException e) {
            dsg.abort();
            throw e;
        } finally {
            dsg.end();
        }
    }

    /** On the first write to {@code g} in this load, empties it and its companion: the graph is replaced. */
    private static void replace(DatasetGraph dsg, Node g, String file, Map<Node, String> written) {
        if (written.containsKey(g))
            return;
        Batch.refuseReserved(g, file);
        dsg.removeGraph(g);
        dsg.removeGraph(InferredGraphs.companion(g));
        written.put(g, file);
    }

    /** Streams a file into the store: triples into its graph, quads into theirs. */
    private void write(DatasetGraph dsg, SourceFile file, Map<Node, String> written) {
        stream(file, progress, new Sink() {
            @Override public void graph(Node g) { replace(dsg, g, file.displayName(), written); }
            @Override public void triple(Node g, Triple t) { dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()); }
        });
    }

    /** Where a file's triples go: each graph is announced before its first triple. */
    interface Sink {
        void graph(Node g);

        void triple(Node g, Triple t);
    }

    /**
     * Parses a file into {@code sink}: triples (and quads of the default graph) into the file's
     * graph, quads into theirs, each term checked for length. A file of triples announces its
     * graph even when it holds none, so loading an empty file empties its graph.
     */
    static void stream(SourceFile file, Progress progress, Sink sink) {
        String name = file.displayName();
        java.util.Set<Node> announced = new java.util.HashSet<>();
        progress.phase("Reading " + name, file.size());
        long[] read = {0};
        Parser.stream(file, new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                add(file.graph(), t);
            }

            @Override
            public void quad(Quad q) {
                add(q.isTriple() || q.isDefaultGraph() ? file.graph() : q.getGraph(), q.asTriple());
            }

            private void add(Node g, Triple t) {
                LongTerms.check(t, name);
                if ((++read[0] & 0x3FFF) == 0)
                    progress.read(0x4000);
                if (announced.add(g)) {
                    Batch.refuseReserved(g, name);
                    sink.graph(g);
                }
                sink.triple(g, t);
            }
        }, in -> new Counting(in, progress));
        progress.read(read[0] & 0x3FFF);
        boolean quads = file.lang().equals(org.apache.jena.riot.Lang.NQUADS) || file.lang().equals(org.apache.jena.riot.Lang.TRIG);
        if (!quads && announced.add(file.graph()))
            sink.graph(file.graph());
    }

    /** Counts the bytes a parser reads, for the progress bar. */
    private static final class Counting extends FilterInputStream {
        private final Progress progress;
        private long read;

        Counting(InputStream in, Progress progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0)
                progress.advance(++read);
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0)
                progress.advance(read += n);
            return n;
        }
    }

    /** Validation failed: carries the report so that callers can print it. */
    public static final class ValidationFailed extends CorrkgException {
        private static final long serialVersionUID = 1L;
        private final transient ValidationReport report;

        ValidationFailed(ValidationReport report) {
            super("Validation failed with " + (report.stopped() ? "at least " : "") + report.problems().size()
                  + " problem(s); nothing was loaded.");
            this.report = report;
        }

        public ValidationReport report() { return report; }
    }
}
