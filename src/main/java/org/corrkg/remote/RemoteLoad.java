package org.corrkg.remote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.corrkg.source.SourceFile;
import org.corrkg.store.InferredGraphs;
import org.corrkg.store.Loader;
import org.corrkg.store.Store;
import org.corrkg.vocab.CORR;

/**
 * A load into a store elsewhere, computed here: the store's graphs are copied into a scratch
 * TDB2 store, the files loaded into it as into any store (parsed, validated against the rest,
 * their inferred companions and the summaries and names recomputed), and then every graph the
 * load wrote or recomputed is sent back through the Graph Store Protocol, each replacing its
 * namesake. The store elsewhere needs no reasoner and no corrkg code. A load stopped half-way
 * leaves some graphs new and others old; running it again sends them all again, so it ends
 * with exactly what one uninterrupted load gives.
 */
public final class RemoteLoad {

    /** Triples per request; bounds what a request holds in memory (about 100 MB at most). */
    public static final int BATCH = 100_000;

    private final RemoteStore remote;
    private int batch = BATCH;
    private GraphUpload.Listener listener = GraphUpload.Listener.NONE;

    public RemoteLoad(RemoteStore remote) {
        this.remote = remote;
    }

    public RemoteLoad batch(int triples) {
        this.batch = triples;
        return this;
    }

    /** Hears of each batch sent and each retry: for a progress line, or a test. */
    public RemoteLoad listener(Listener l) {
        this.listener = new GraphUpload.Listener() {
            @Override public void sent(Node graph, long triples, long total) { l.sent(graph.getURI(), triples, total); }
            @Override public void retrying(RemoteFailure failure) { l.retrying(failure.getMessage()); }
        };
        return this;
    }

    /** What the progress of a load to a store elsewhere tells. */
    public interface Listener {
        void sent(String graph, long triples, long total);

        void retrying(String failure);
    }

    /**
     * What the load did here, the graphs it sent with their sizes, and what it read of the
     * store elsewhere first: {@code fetched} triples, {@code lookups} of them by {@code VALUES}
     * (none when it copied the whole store).
     */
    public record Result(Loader.Result load, Map<String, Long> sent, long fetched, int lookups) {}

    /** Runs {@code load} on a copy of the whole store elsewhere and sends what it changed. */
    public Result run(Function<Store, Loader.Result> load) {
        return run(null, load);
    }

    /**
     * Runs {@code load}, a load of {@code files} (null: of anything else), and sends what it
     * changed. For files that change no ontology, the store elsewhere is read only as far as
     * the load needs ({@link PartialCopy}); otherwise it is copied whole.
     */
    public Result run(List<SourceFile> files, Function<Store, Loader.Result> load) {
        remote.endpoints().requireWriting();
        Path scratch = scratch();
        try {
            Optional<Map.Entry<Store, PartialCopy.Fetched>> partial = files == null ? Optional.empty()
                    : PartialCopy.of(remote, files, scratch.resolve("store"));
            Store copy;
            long fetched;
            int lookups;
            if (partial.isPresent()) {
                copy = partial.get().getKey();
                fetched = partial.get().getValue().triples();
                lookups = partial.get().getValue().lookups();
            } else {
                RemoteCopy whole = new RemoteCopy(remote);
                Map<Node, Long> graphs = whole.graphs();
                copy = whole.into(scratch.resolve("store"), graphs);
                fetched = graphs.values().stream().mapToLong(Long::longValue).sum();
                lookups = 0;
            }
            try (copy) {
                Loader.Result result = load.apply(copy);
                DatasetGraph dsg = copy.dataset().asDatasetGraph();
                GraphUpload upload = new GraphUpload(remote, batch, listener);
                Map<String, Long> sent = new LinkedHashMap<>();
                for (Node g : changed(dsg, result))
                    sent.put(g.getURI(), upload.send(dsg, g));
                return new Result(result, sent, fetched, lookups);
            }
        } finally {
            delete(scratch);
        }
    }

    /**
     * The graphs a load wrote, their companions and the names graph, sources first; every
     * companion when an ontology was among them, since it drives the inference of all.
     */
    static Set<Node> changed(DatasetGraph dsg, Loader.Result result) {
        return Txn.calculateRead(dsg, () -> {
            Set<Node> written = new LinkedHashSet<>();
            result.graphs().keySet().forEach(g -> written.add(NodeFactory.createURI(g)));
            boolean schema = written.stream().anyMatch(g -> dsg.contains(g, Node.ANY, RDF.type.asNode(), OWL.Ontology.asNode()));
            Set<Node> changed = new LinkedHashSet<>(written);
            written.forEach(g -> changed.add(InferredGraphs.companion(g)));
            if (schema)
                dsg.listGraphNodes().forEachRemaining(g -> { if (InferredGraphs.isCompanion(g)) changed.add(g); });
            changed.remove(NodeFactory.createURI(CORR.NAMES_GRAPH));
            changed.add(NodeFactory.createURI(CORR.NAMES_GRAPH));
            return changed;
        });
    }

    private static Path scratch() {
        try {
            return Files.createTempDirectory("corrkg-remote");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList())
                Files.deleteIfExists(p);
        } catch (IOException e) {
            // A scratch directory left in the temporary directory is the system's to clear.
        }
    }
}
