package org.corrkg.store;

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

/**
 * Triples put aside while a graph of the store is being read, to be written once the reading is
 * done (TDB2's iterators must not see the indexes change under them). The first
 * {@value #IN_MEMORY} stay in memory; beyond that they go to a temporary file
 * ({@link SpoolFormat}), so memory stays bounded whatever a pass derives.
 */
final class Spool implements Consumer<Triple>, AutoCloseable {

    static final int IN_MEMORY = 200_000;

    private final Path directory;
    private final int inMemory;
    private final List<Triple> buffer = new ArrayList<>();
    private Path file;
    private OutputStream out;
    private SpoolFormat.Writer writer;
    private long size;

    /** A spool that spills into a temporary file in {@code directory}. */
    Spool(Path directory) {
        this(directory, IN_MEMORY);
    }

    /** A spool that keeps {@code inMemory} triples in memory before it spills (tests spill early). */
    Spool(Path directory, int inMemory) {
        this.directory = directory;
        this.inMemory = inMemory;
    }

    @Override
    public void accept(Triple t) {
        size++;
        if (writer == null && buffer.size() < inMemory) {
            buffer.add(t);
            return;
        }
        if (writer == null)
            spill();
        write(t);
    }

    private void write(Triple t) {
        try {
            writer.triple(t);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private void spill() {
        try {
            file = Files.createTempFile(directory, "corrkg-spool-", ".spool");
            out = Files.newOutputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a temporary file in " + directory + ": " + e.getMessage(), e);
        }
        writer = new SpoolFormat.Writer(out);
        buffer.forEach(this::write);
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
        try {
            writer.flush();
            out.close();
            try (InputStream in = Files.newInputStream(file)) {
                SpoolFormat.Reader reader = new SpoolFormat.Reader(in);
                for (Triple t = reader.next(); t != null; t = reader.next())
                    to.accept(t);
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
