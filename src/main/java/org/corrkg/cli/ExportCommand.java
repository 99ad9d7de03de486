package org.corrkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.corrkg.CorrkgException;
import org.corrkg.exchange.ExportFormat;
import org.corrkg.exchange.rdf.RdfExport;
import org.corrkg.remote.RemoteCopy;
import org.corrkg.remote.RemoteStore;
import org.corrkg.server.Serving;
import org.corrkg.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true, description = {
        "Write the store in a format other tools read, to standard output unless --out is given.",
        "RDF (turtle, ntriples, nquads, trig, jsonld, rdfxml), CMIF for correspSearch (cmif), networks "
        + "for Gephi (gexf) and Cytoscape or yEd (graphml), or one row per communication for spreadsheets "
        + "(csv)."})
final class ExportCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin StoreOption storeOption;
    @Mixin EndpointOption endpointOption;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT", description = "One of ${COMPLETION-CANDIDATES}.")
    ExportFormat format;

    @Option(names = "--graph", paramLabel = "IRI", description = "RDF formats only: write this named graph instead of all.")
    String graph;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE (replaced only when the export succeeds).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (graph != null && !format.isRdf())
            throw new CorrkgException("--graph applies to RDF formats only, not " + format);
        Path scratch = null;
        Store store;
        var remote = endpointOption.endpoints();
        var serving = remote.isPresent() ? java.util.Optional.<Serving>empty() : storeOption.serving();
        if (remote.isPresent() && graph == null && format.isRdf() && format.rdfSyntax().quads()) {
            // Every graph in a quad syntax: written graph by graph as the rows arrive, with no copy here.
            try (var link = RemoteStore.connect(remote.get())) {
                RemoteCopy copy = new RemoteCopy(link);
                writeOut(os -> RdfExport.writeQuads(format.rdfSyntax(), copy::eachQuad, os));
            }
            return 0;
        }
        if (remote.isPresent()) {
            // Copied graph by graph through the query endpoint (any SPARQL 1.1 store can give
            // that): the one graph asked for, or all of them for the formats that read the store.
            scratch = Files.createTempDirectory("corrkg-export");
            try (var link = RemoteStore.connect(remote.get())) {
                RemoteCopy copy = new RemoteCopy(link);
                store = graph == null ? copy.unindexedInto(scratch.resolve("store"))
                                      : copy.unindexedInto(scratch.resolve("store"), NodeFactory.createURI(graph));
            } catch (RuntimeException e) {
                deleteTree(scratch);
                throw e;
            }
        } else if (serving.isPresent()) {
            // The server holds the store's lock: export a copy of what it serves.
            scratch = Files.createTempDirectory("corrkg-export");
            store = Store.copyOf(serving.get().datasetUrl(), scratch);
        } else {
            store = storeOption.readLocal(false);
        }
        try (store) {
            writeOut(os -> export(store, os));
        } finally {
            if (scratch != null)
                deleteTree(scratch);
        }
        return 0;
    }

    /** What {@code body} writes, to --out (replaced only when it succeeds) or standard output. */
    private void writeOut(OutputFile.Body body) throws IOException {
        if (out == null) {
            OutputStream stdout = new BufferedOutputStream(System.out, 1 << 16);
            body.write(stdout);
            stdout.flush();
            // System.out reports nothing when it cannot write (a full disk, a closed pipe); ask it.
            if (System.out.checkError())
                throw new CorrkgException("Cannot write the export to standard output");
        } else {
            OutputFile.write(out, body);
            spec.commandLine().getErr().println("Wrote " + format + " to " + out);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList())
                Files.deleteIfExists(p);
        }
    }

    private void export(Store store, OutputStream os) {
        Txn.executeRead(store.dataset(), () -> {
            format.write(store.dataset().asDatasetGraph(), graph == null ? null : NodeFactory.createURI(graph),
                         Instant.now().truncatedTo(ChronoUnit.SECONDS), os);
            try {
                os.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
