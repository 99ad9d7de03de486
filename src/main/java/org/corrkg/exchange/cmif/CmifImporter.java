package org.corrkg.exchange.cmif;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.corrkg.CorrkgException;
import org.corrkg.source.Prescan;
import org.corrkg.source.XmlDeclaration;
import org.corrkg.exchange.cmif.CmifDocument.Bibl;
import org.corrkg.exchange.cmif.CmifDocument.Entry;
import org.corrkg.exchange.cmif.CmifDocument.Header;

/**
 * Turns a CMIF file into one named graph in the corrkg ontology: the file and its
 * editions as source documents, each correspDesc as a letter with its evidence, persons,
 * organisations and places named by their (normalised) authority IRIs, or local to the
 * file when they have none. The graph and every node of the file are named from what the
 * file says of itself, never from where it lies on disk: the graph by the file's URL
 * ({@code publicationStmt/idno}, the identifier CMIF asks every file to carry), a letter by
 * its entry's @ref, @key in its edition, or xml:id. Importing the file again, from wherever,
 * replaces its graph with the same one.
 *
 * <p>The file is read as a stream: {@link #emit} hands each triple over as soon as its entry
 * has been read, so an import holds one letter at a time, whatever the size of the file
 * (see {@link CmifTriples} for what it remembers across letters).
 */
public final class CmifImporter {

    /** What an import produced: the graph (named by the file's URI), its letters, and what was tolerated. */
    public record Imported(Node graphName, Graph graph, int letters, List<String> warnings) {}

    /** Told of progress as entries are read. */
    @FunctionalInterface
    public interface Progress {
        void update(long bytesRead, long totalBytes, int letters);

        Progress NONE = (b, t, l) -> { };
    }

    /** Reads a whole file into a graph in memory: for small files and tests; {@link #open} streams. */
    public static Imported read(Path file, Progress progress) {
        List<String> warnings = new ArrayList<>();
        CmifImporter importer = open(file, progress, warnings::add);
        Graph graph = GraphFactory.createDefaultGraph();
        importer.emit(graph::add);
        return new Imported(importer.graphName(), graph, importer.letters(), List.copyOf(warnings));
    }

    /**
     * A CMIF file ready to be streamed by {@link #emit}. The checks that need no XML parser
     * (the file exists, is UTF-8 if it says so) are made here; the XML is read by {@code emit}.
     */
    public static CmifImporter open(Path file, Progress progress, Consumer<String> warnings) {
        Path abs = file.toAbsolutePath().normalize();
        try {
            Files.size(abs);
        } catch (NoSuchFileException e) {
            throw new CorrkgException(file + ": no such file", e);
        } catch (IOException e) {
            throw new CorrkgException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (XmlDeclaration.declaresUtf8(abs))
            Prescan.checkUtf8(file.toString(), () -> Files.newInputStream(abs), "CMIF");
        return new CmifImporter(file, abs, progress, warnings, identity(file, abs));
    }

    /** Namespace of the graphs of CMIF files that do not give their URL. */
    static final String UNNAMED = org.corrkg.vocab.CORR.GRAPH + "cmif/";

    /** Stops a reading once the header has given what is needed. */
    private static final class Enough extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Header header;

        Enough(Header header) {
            super(null, null, false, false);
            this.header = header;
        }
    }

    /**
     * The file's URL as its header gives it ({@code publicationStmt/idno}), read up to the first
     * letter (or to the end, if the header comes after the letters); null if it gives none.
     * A file that cannot be read is left to {@link #emit}, which reports where.
     */
    private static String identity(Path file, Path abs) {
        Header header;
        try (InputStream in = Files.newInputStream(abs)) {
            header = new CmifReader(file.toString(), w -> { }, new CmifReader.Handler() {
                @Override public void letters(Header sofar) { if (sofar.idno() != null) throw new Enough(sofar); }
                @Override public void bibl(Bibl bibl) { }
                @Override public void entry(Entry entry) { }
            }).read(in);
        } catch (Enough e) {
            header = e.header;
        } catch (IOException | CorrkgException e) {
            return null;
        }
        String idno = header.idno() == null ? null : header.idno().trim();
        return idno != null && !idno.contains("#") && idno.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+$") ? idno : null;
    }

    private final String fileName;
    private final Path abs;
    private final Node graphName;
    private final boolean identified;
    private final Progress progress;
    private final Consumer<String> warnings;
    private int letters;
    private int warned;
    private long emitted;

    private CmifImporter(Path file, Path abs, Progress progress, Consumer<String> warnings, String identity) {
        this.fileName = file.toString();
        this.abs = abs;
        this.identified = identity != null;
        this.graphName = NodeFactory.createURI(identity != null ? identity
                : UNNAMED + java.net.URLEncoder.encode(abs.getFileName().toString(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        this.progress = progress;
        this.warnings = warnings;
    }

    /**
     * The graph the file fills: the file's URL as its header gives it, or, for a file that gives
     * none, a name made from its file name (without the directory).
     */
    public Node graphName() {
        return graphName;
    }

    /**
     * Reads the file and hands its triples to {@code sink} as it goes (a triple may come more
     * than once), and its warnings, with their lines, to the consumer given to {@link #open}. A
     * file that is not well-formed or not CMIF throws, wherever the problem is, after the
     * triples before it have been handed over.
     */
    public void emit(Consumer<Triple> sink) {
        letters = 0;
        warned = 0;
        Consumer<String> warn = w -> {
            warned++;
            warnings.accept(w);
        };
        CmifTriples triples = new CmifTriples(graphName.getURI(), fileName, sink, warn, new Lookahead());
        try (CountingStream in = new CountingStream(Files.newInputStream(abs))) {
            long total = Files.size(abs);
            Header header = new CmifReader(fileName, warn, new CmifReader.Handler() {
                @Override public void letters(Header sofar) { triples.letters(sofar); }
                @Override public void bibl(Bibl bibl) { triples.bibl(bibl); }
                @Override public void entry(Entry entry) {
                    triples.letter(entry, ++letters);
                    progress.update(in.count, total, letters);
                }
            }).read(in);
            triples.file(header);
            if (!identified)
                warn.accept(fileName + ": warning: no publicationStmt/idno with the file's URL; the file is known by its name, as <"
                            + graphName.getURI() + ">, and another file of that name replaces it");
        } catch (NoSuchFileException e) {
            throw new CorrkgException(fileName + ": no such file", e);
        } catch (IOException e) {
            throw new CorrkgException(fileName + ": cannot read: " + e.getMessage(), e);
        } finally {
            emitted = triples.emitted();
        }
    }

    /** Letters read by the last {@link #emit}. */
    public int letters() {
        return letters;
    }

    /** Warnings given by the last {@link #emit}. */
    public int warnings() {
        return warned;
    }

    /** Triples handed over by the last {@link #emit}, some of them perhaps more than once. */
    public long triplesEmitted() {
        return emitted;
    }

    /**
     * The file read once more, whole, the first time a letter needs what only comes after it.
     * A problem in the file is left to the main reading, which reports it where it is.
     */
    private final class Lookahead implements CmifTriples.Lookahead {
        private Set<String> bibls;
        private Header header;

        @Override
        public boolean hasBibl(String id) {
            read();
            return bibls.contains(id);
        }

        @Override
        public Header header() {
            read();
            return header;
        }

        private void read() {
            if (bibls != null)
                return;
            bibls = new HashSet<>();
            try (InputStream in = Files.newInputStream(abs)) {
                header = new CmifReader(fileName, w -> { }, new CmifReader.Handler() {
                    @Override public void letters(Header sofar) { }
                    @Override public void bibl(Bibl bibl) { if (bibl.id() != null) bibls.add(bibl.id()); }
                    @Override public void entry(Entry entry) { }
                }).read(in);
            } catch (IOException | CorrkgException e) {
                // The main reading meets the same problem and reports it with its line.
            }
        }
    }

    /** Counts the bytes read, for progress. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) { super(in); }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) count += n;
            return n;
        }
    }
}
