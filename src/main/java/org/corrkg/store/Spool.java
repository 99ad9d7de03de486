package org.corrkg.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;

/**
 * Triples put aside while a graph of the store is being read, to be written once the reading is
 * done (TDB2's iterators must not see the indexes change under them). The first
 * {@value #IN_MEMORY} stay in memory; beyond that they go to a temporary file in RDF Thrift,
 * so memory stays bounded whatever a pass derives.
 */
final class Spool implements Consumer<Triple>, AutoCloseable {

    static final int IN_MEMORY = 200_000;

    private final Path directory;
    private final List<Triple> buffer = new ArrayList<>();
    private Path file;
    private OutputStream out;
    private StreamRDF writer;
    private long size;

    /** A spool that spills into a temporary file in {@code directory}. */
    Spool(Path directory) {
        this.directory = directory;
    }

    @Override
    public void accept(Triple t) {
        size++;
        if (writer == null && buffer.size() < IN_MEMORY) {
            buffer.add(t);
            return;
        }
        if (writer == null)
            spill();
        writer.triple(t);
    }

    private void spill() {
        try {
            file = Files.createTempFile(directory, "corrkg-spool-", ".rt");
            out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a temporary file in " + directory + ": " + e.getMessage(), e);
        }
        writer = StreamRDFWriter.getWriterStream(out, RDFFormat.RDF_THRIFT_VALUES);
        writer.start();
        buffer.forEach(writer::triple);
        buffer.clear();
    }

    /** How many triples were put aside (repeats included). */
    long size() { return size; }

    /** Hands every triple put aside to {@code to}, in order. */
    void drain(Consumer<Triple> to) {
        if (writer == null) {
            buffer.forEach(to);
            return;
        }
        writer.finish();
        try {
            out.close();
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                // Blank nodes keep their labels, which are the store's own: the same nodes again.
                RDFParser.source(in).lang(Lang.RDFTHRIFT).labelToNode(LabelToNode.createUseLabelAsGiven()).parse(new StreamRDFBase() {
                    @Override public void triple(Triple t) { to.accept(t); }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read back " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            if (out != null)
                out.close();
            if (file != null)
                Files.deleteIfExists(file);
        } catch (IOException e) {
            // A temporary file left behind is harmless; the next load makes its own.
        }
    }
}
