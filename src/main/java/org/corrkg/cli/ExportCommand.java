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
        if (remote.isPresent()) {
            // Copied graph by graph through the query endpoint: any SPARQL 1.1 store can give that.
            scratch = Files.createTempDirectory("corrkg-export");
            try (var link = org.corrkg.remote.RemoteStore.connect(remote.get())) {
                store = new org.corrkg.remote.RemoteCopy(link).unindexedInto(scratch.resolve("store"));
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
            if (out == null) {
                OutputStream stdout = new BufferedOutputStream(System.out, 1 << 16);
                export(store, stdout);
                stdout.flush();
                // System.out reports nothing when it cannot write (a full disk, a closed pipe); ask it.
                if (System.out.checkError())
                    throw new CorrkgException("Cannot write the export to standard output");
            } else {
                OutputFile.write(out, os -> export(store, os));
                spec.commandLine().getErr().println("Wrote " + format + " to " + out);
            }
        } finally {
            if (scratch != null)
                deleteTree(scratch);
        }
        return 0;
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
