package org.corrkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.corrkg.CorrkgException;
import org.corrkg.exchange.Correspondence;
import org.corrkg.exchange.cmif.CmifExport;
import org.corrkg.exchange.csv.CsvExport;
import org.corrkg.exchange.network.GexfExport;
import org.corrkg.exchange.network.GraphmlExport;
import org.corrkg.exchange.rdf.RdfExport;
import org.corrkg.exchange.rdf.RdfSyntax;
import org.corrkg.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", description = {
        "Write the store for other tools: RDF (turtle, ntriples, nquads, trig, jsonld, rdfxml),",
        "CMIF for correspSearch (cmif), networks for Gephi (gexf) and Cytoscape or yEd (graphml),",
        "or one row per communication for spreadsheets (csv). Writes to standard output unless --out is given."})
final class ExportCommand implements Callable<Integer> {

    static final String FORMATS = Arrays.stream(RdfSyntax.values()).map(RdfSyntax::word).collect(Collectors.joining(", "))
                                  + ", cmif, gexf, graphml, csv";

    @Spec CommandSpec spec;
    @Mixin StoreOption storeOption;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT", description = "turtle, ntriples, nquads, trig, jsonld, rdfxml, cmif, gexf, graphml or csv.")
    String format;

    @Option(names = "--graph", paramLabel = "IRI", description = "RDF formats only: write this named graph instead of all.")
    String graph;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE (replaced only when the export succeeds).")
    Path out;

    @Override
    public Integer call() throws IOException {
        RdfSyntax syntax = RdfSyntax.fromWord(format);
        if (syntax == null && !Arrays.asList("cmif", "gexf", "graphml", "csv").contains(format))
            throw new CorrkgException("Unknown export format '" + format + "': use one of " + FORMATS);
        if (graph != null && syntax == null)
            throw new CorrkgException("--graph applies to RDF formats only, not " + format);
        try (Store store = Store.openSeeded(storeOption.store)) {
            if (out == null) {
                OutputStream stdout = new BufferedOutputStream(System.out, 1 << 16);
                export(store, syntax, stdout);
                stdout.flush();
            } else {
                Path tmp = out.resolveSibling("." + out.getFileName() + ".tmp");
                try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                    export(store, syntax, os);
                } catch (RuntimeException | IOException e) {
                    Files.deleteIfExists(tmp);
                    throw e;
                }
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
                spec.commandLine().getErr().println("Wrote " + format + " to " + out);
            }
        }
        return 0;
    }

    private void export(Store store, RdfSyntax syntax, OutputStream os) {
        Txn.executeRead(store.dataset(), () -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            if (syntax != null) {
                RdfExport.write(dsg, syntax, graph == null ? null : NodeFactory.createURI(graph), os);
                return;
            }
            Correspondence corr = new Correspondence(dsg);
            switch (format) {
                case "cmif" -> CmifExport.write(corr, CmifExport.Header.defaults(Instant.now().truncatedTo(ChronoUnit.SECONDS)), os);
                case "gexf" -> GexfExport.write(corr, os);
                case "graphml" -> GraphmlExport.write(corr, os);
                case "csv" -> CsvExport.write(corr, os);
                default -> throw new IllegalStateException(format);
            }
            try {
                os.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
