package org.corrkg.store;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.corrkg.CorrkgException;
import org.corrkg.source.SourceFile;

/**
 * What one load writes: files, read as the load streams them into the store (never held in
 * memory), and graphs already in memory (an imported CMIF file), each with the file it came
 * from for messages.
 */
public final class Batch {

    /** One thing to load. */
    sealed interface Entry permits FileEntry, GraphEntry, StreamEntry {}

    /** A file, whose triples fill its own graph and whose quads keep theirs. */
    record FileEntry(SourceFile file) implements Entry {}

    /** A graph built in memory. */
    record GraphEntry(Node name, Graph graph, String file) implements Entry {}

    /** A graph whose triples a source hands over one by one as it reads (an imported CMIF file). */
    record StreamEntry(Node name, Triples source, String file) implements Entry {}

    /** Something that reads a graph and hands over its triples one at a time, holding none. */
    @FunctionalInterface
    public interface Triples {
        void emit(java.util.function.Consumer<org.apache.jena.graph.Triple> sink);
    }

    private final List<Entry> entries = new ArrayList<>();

    public static Batch of(List<SourceFile> files) {
        Batch batch = new Batch();
        files.forEach(batch::add);
        return batch;
    }

    /** An RDF file: its triples fill its own graph; quads of TriG or N-Quads keep their graphs. */
    public Batch add(SourceFile file) {
        entries.add(new FileEntry(file));
        return this;
    }

    /** A graph built in memory, such as an imported CMIF file. */
    public Batch add(Node graphName, Graph graph, String file) {
        refuseReserved(graphName, file);
        entries.add(new GraphEntry(graphName, graph, file));
        return this;
    }

    /**
     * A graph read as the load goes, such as a CMIF file converted entry by entry: {@code source}
     * is asked once, during the load, for its triples; whatever it throws aborts the load.
     */
    public Batch add(Node graphName, Triples source, String file) {
        refuseReserved(graphName, file);
        entries.add(new StreamEntry(graphName, source, file));
        return this;
    }

    /** Graph names a file may not fill: the default graph (the union) and the companions corrkg computes. */
    static void refuseReserved(Node graphName, String file) {
        if (Quad.isDefaultGraph(graphName) || Quad.isUnionGraph(graphName) || InferredGraphs.isCompanion(graphName))
            throw new CorrkgException(file + ": graph <" + graphName + "> is reserved for corrkg");
    }

    List<Entry> entries() { return entries; }

    /** The files of this batch when it holds files alone, not graphs built in memory or read as the load goes. */
    public java.util.Optional<List<SourceFile>> filesAlone() {
        List<SourceFile> files = new ArrayList<>();
        for (Entry e : entries) {
            if (!(e instanceof FileEntry f))
                return java.util.Optional.empty();
            files.add(f.file());
        }
        return java.util.Optional.of(files);
    }

    boolean isEmpty() { return entries.isEmpty(); }

    /** The size of the batch's files on disk, in bytes; graphs in memory count as 0. */
    public long bytes() {
        long total = 0;
        for (Entry e : entries)
            if (e instanceof FileEntry f)
                total += Math.max(0, f.file().size());
        return total;
    }
}
